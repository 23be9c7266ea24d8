// Treaty gaps: states (a region, subregion, bloc or list) by the clause types the user requires,
// each cell the treaty in force that covers it or a gap, on the date asOf.
import { gql, STATE } from '../api.js';
import { setParams } from '../app.js';
import { stateName, t } from '../i18n.js';
import { el, errorBox, provenance, table } from '../ui.js';
import { alertsPanel, reportPanel } from './home.js';

// The UN M49 regions and subregions the reference dataset's states carry.
const REGIONS = {
  Africa: ['Northern Africa', 'Eastern Africa', 'Middle Africa', 'Southern Africa', 'Western Africa'],
  Americas: ['Caribbean', 'Central America', 'South America', 'Northern America'],
  Asia: ['Central Asia', 'Eastern Asia', 'South-eastern Asia', 'Southern Asia', 'Western Asia'],
  Europe: ['Eastern Europe', 'Northern Europe', 'Southern Europe', 'Western Europe'],
  Oceania: ['Australia and New Zealand', 'Melanesia', 'Micronesia', 'Polynesia'],
};

const PRESETS = [
  { key: 'preset.latam', region: 'Americas', subregion: ['South America', 'Central America', 'Caribbean'] },
  { key: 'preset.africa', region: 'Africa' },
  { key: 'preset.asia', region: 'Asia' },
  { key: 'preset.europe', region: 'Europe' },
  { key: 'preset.oceania', region: 'Oceania' },
];

const QUERY = `query Gaps($states: [String!], $region: String, $subregion: [String!], $bloc: String, $required: [ClauseType!], $asOf: Date) {
  treatyGaps(states: $states, region: $region, subregion: $subregion, bloc: $bloc, required: $required, asOf: $asOf) {
    state { ${STATE} } hasBilateralTreaty covered missing
    treaties { treaty { id title grade illustrative inForceFrom } covers clauseTypes }
  }
}`;

const TYPES = `{ clauseTypes { type requiredByDefault } blocs { code name } }`;

export async function render(root, argument, params) {
  const [{ clauseTypes, blocs }, alerts] = await Promise.all([gql(TYPES), alertsPanel()]);
  const today = new Date().toISOString().slice(0, 10);
  const chosen = {
    region: params.get('region') || '',
    subregion: params.getAll('subregion'),
    bloc: params.get('bloc') || '',
    states: params.get('states') || '',
    required: params.getAll('required'),
    asOf: params.get('asOf') || today,
  };
  const result = el('div', { id: 'gaps-result' });

  const update = () => {
    const p = new URLSearchParams();
    for (const [name, value] of Object.entries(chosen)) {
      (Array.isArray(value) ? value : [value]).filter(Boolean).forEach(v => p.append(name, v));
    }
    setParams(p);
    draw();
    run().catch(error => { result.replaceChildren(errorBox(error)); result.dataset.loaded = 'true'; });
  };

  const presets = el('div', { id: 'presets' });
  const regionSelect = el('select', { id: 'region' });
  const subregions = el('span', { id: 'subregions' });
  const blocSelect = el('select', { id: 'bloc' }, el('option', { value: '' }, '—'), blocs.map(b => el('option', { value: b.code }, b.name)));
  const list = el('input', { id: 'state-list', size: 24, value: chosen.states });
  const clauses = el('div', { id: 'clauses' });
  const asOf = el('input', { id: 'asof', type: 'date', value: chosen.asOf });

  function draw() {
    presets.replaceChildren(...PRESETS.map(p => el('button', {
      type: 'button', class: 'preset' + (chosen.region === p.region && sameSet(chosen.subregion, p.subregion || []) ? ' chosen' : ''),
      'data-preset': p.key,
      onclick: () => Object.assign(chosen, { region: p.region, subregion: p.subregion || [], bloc: '', states: '' }) && update(),
    }, t(p.key))));
    regionSelect.replaceChildren(el('option', { value: '' }, '—'),
      Object.keys(REGIONS).map(r => el('option', { value: r }, r)));
    regionSelect.value = chosen.region;
    subregions.replaceChildren(...(REGIONS[chosen.region] || []).map(s => el('label', { class: 'chip' + (chosen.subregion.includes(s) ? ' chosen' : '') },
      el('input', { type: 'checkbox', value: s, checked: chosen.subregion.includes(s), onchange: e => {
        chosen.subregion = e.target.checked ? [...chosen.subregion, s] : chosen.subregion.filter(x => x !== s);
        update();
      } }), ' ', s)));
    blocSelect.value = chosen.bloc;
    list.value = chosen.states;
    clauses.replaceChildren(...clauseTypes.map(c => el('label', { class: 'chip' + (chosen.required.includes(c.type) ? ' chosen' : ''), 'data-clause': c.type },
      el('input', { type: 'checkbox', value: c.type, checked: chosen.required.includes(c.type), onchange: e => {
        chosen.required = e.target.checked ? [...chosen.required, c.type] : chosen.required.filter(x => x !== c.type);
        update();
      } }), ' ', clauseLabel(c.type), c.requiredByDefault ? '' : ' ·')));
  }

  regionSelect.addEventListener('change', () => { Object.assign(chosen, { region: regionSelect.value, subregion: [] }); update(); });
  blocSelect.addEventListener('change', () => { chosen.bloc = blocSelect.value; update(); });
  list.addEventListener('change', () => { chosen.states = list.value; update(); });
  asOf.addEventListener('change', () => { chosen.asOf = asOf.value || today; update(); });

  root.append(
    ...[alerts, reportPanel()].filter(Boolean),
    el('h1', {}, t('nav.gaps')),
    el('p', { class: 'note' }, t('gaps.intro')),
    presets,
    el('fieldset', {}, el('legend', {}, t('states')),
      el('label', {}, t('gaps.region'), ' ', regionSelect), subregions, ' ',
      el('label', {}, t('gaps.bloc'), ' ', blocSelect),
      el('label', {}, t('gaps.list'), ' ', list)),
    el('fieldset', {}, el('legend', {}, t('gaps.clauses')), clauses),
    el('label', {}, t('asOf'), ' ', asOf),
    result);

  let generation = 0;
  async function run() {
    const mine = ++generation;
    const states = chosen.states.split(/[\s,;]+/).map(s => s.trim().toUpperCase()).filter(Boolean);
    if (!chosen.region && !chosen.bloc && !states.length) {
      result.replaceChildren(el('p', { class: 'note', id: 'gaps-choose' }, t('gaps.choose')));
      result.dataset.loaded = 'true';
      return;
    }
    result.dataset.loaded = 'false';
    const required = chosen.required.length ? chosen.required : clauseTypes.filter(c => c.requiredByDefault).map(c => c.type);
    const { treatyGaps } = await gql(QUERY, {
      states: states.length ? states : null, region: chosen.region || null,
      subregion: chosen.subregion.length ? chosen.subregion : null, bloc: chosen.bloc || null,
      required, asOf: chosen.asOf,
    });
    if (mine !== generation) return;
    const lacking = treatyGaps.filter(g => g.missing.length).length;
    const columns = [
      { label: t('state'), cell: g => stateName(g.state), csv: g => stateName(g.state) },
      { label: 'ISO', cell: g => g.state.iso2 },
      ...required.map(type => ({
        label: clauseLabel(type),
        cell: g => {
          const covering = g.treaties.filter(c => c.covers.includes(type));
          return covering.length
            ? covering.map(c => el('div', {}, c.treaty.title, provenance(c.treaty)))
            : t('gap');
        },
        csv: g => g.treaties.filter(c => c.covers.includes(type)).map(c => c.treaty.title).join(' | ') || t('gap'),
      })),
    ];
    const block = table('gaps-table', columns, treatyGaps, `treaty-gaps-${chosen.asOf}`);
    const body = block.querySelector('tbody');
    treatyGaps.forEach((g, i) => {
      const row = body.rows[i];
      row.dataset.iso2 = g.state.iso2;
      row.dataset.missing = g.missing.length;
      row.cells[0].addEventListener('click', () => { location.hash = '#/state/' + g.state.iso2; });
      required.forEach((type, j) => row.cells[j + 2].classList.add(g.missing.includes(type) ? 'gap' : 'covered'));
    });
    result.replaceChildren(
      el('p', { class: 'summary', id: 'gaps-summary', 'data-lacking': lacking, 'data-total': treatyGaps.length },
        t('gaps.summary', { n: lacking, m: treatyGaps.length, d: chosen.asOf })),
      block);
    result.dataset.loaded = 'true';
  }

  draw();
  await run();
}

function sameSet(a, b) {
  return a.length === b.length && a.every(x => b.includes(x));
}

/** A clause type in the user's language; a type the labels do not know yet in words (NEW_TYPE -> New type). */
export function clauseLabel(type) {
  const label = t('clause.' + type);
  if (label !== 'clause.' + type) return label;
  const words = type.toLowerCase().replaceAll('_', ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
