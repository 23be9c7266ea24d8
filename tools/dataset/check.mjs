// Verifies the reference dataset: exact headers, required sources, referential integrity,
// enum values, ISO dates, booleans, numbers and the design's cardinality rules.
// Usage: node check.mjs   (exit code 1 on any error)
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseCsv } from './csv.mjs';

const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../src/main/resources/dataset');
const errors = [];
const err = (f, line, msg) => errors.push(`${f}:${line}: ${msg}`);

const nodeSpecs = {
  Source: ['id,title,publisher,url,publishedOn,reliability,licence', 'id'],
  State: ['iso2,iso3,name,nameNl,nameFr,region,subregion,source,credibility', 'iso2'],
  Bloc: ['code,name,source,credibility', 'code'],
  Index: ['code,name,publisher,source,credibility', 'code'],
  Port: ['locode,name,latitude,longitude,source,credibility', 'locode'],
  Treaty: ['id,title,kind,status,signedOn,inForceFrom,terminatedOn,source,credibility', 'id'],
  Clause: ['id,type,article,binding,summary,source,credibility', 'id'],
  Agency: ['code,name,kind,source,credibility', 'code'],
  Post: ['id,name,kind,onDrugRoute,source,credibility', 'id'],
  LiaisonOfficer: ['id,role,name,since,until,source,credibility', 'id'],
  SanctionMeasure: ['id,kind,status,adoptedOn,liftedOn,reviewBy,legalBasis,reason,source,credibility', 'id'],
  TraffickingRoute: ['id,name,commodity,modality,active,source,credibility', 'id'],
  Seizure: ['id,seizedOn,drug,quantityKg,concealment,source,credibility', 'id'],
};
// [header, fromLabels, toLabels]
const relSpecs = {
  MEMBER_OF: ['from,to,since,source', ['State'], ['Bloc']],
  IN_STATE: ['fromLabel,from,to,source', ['Port', 'Post'], ['State']],
  PARTY_TO: ['fromLabel,from,to,since,source', ['State', 'Bloc'], ['Treaty']],
  HAS_CLAUSE: ['from,to,source', ['Treaty'], ['Clause']],
  POSTED_AT: ['from,to,source', ['LiaisonOfficer'], ['Port']],
  ACCREDITED_TO: ['from,to,source', ['LiaisonOfficer'], ['State']],
  SENT_BY: ['from,to,source', ['LiaisonOfficer'], ['Agency']],
  ATTACHED_TO: ['from,to,source', ['LiaisonOfficer'], ['Post']],
  COVERS: ['from,to,source', ['Post'], ['Port']],
  BELONGS_TO: ['from,toLabel,to,source', ['Agency'], ['State', 'Bloc']],
  PARTICIPATES_IN: ['fromLabel,from,to,since,staff,source', ['State', 'Agency'], ['Agency']],
  SHARES_INFORMATION_WITH: ['from,to,since,legalBasis,source', ['Agency'], ['Agency']],
  TARGETS: ['from,to,source', ['SanctionMeasure'], ['State']],
  IMPOSED_BY: ['from,toLabel,to,source', ['SanctionMeasure'], ['State', 'Bloc']],
  CALLS_AT: ['from,to,seq,role,source', ['TraffickingRoute'], ['Port']],
  AT: ['from,to,source', ['Seizure'], ['Port']],
  SHIPPED_FROM: ['from,to,source', ['Seizure'], ['Port']],
  ON_ROUTE: ['from,to,source', ['Seizure'], ['TraffickingRoute']],
  NATIONALS_CONVICTED: ['from,to,year,count,source', ['State'], ['State']],
  RATED: ['from,to,year,score,source', ['State'], ['Index']],
};
const enums = {
  'Treaty.kind': ['BILATERAL', 'MULTILATERAL', 'EU_AGREEMENT', 'MEMORANDUM'],
  'Treaty.status': ['NEGOTIATING', 'SIGNED', 'IN_FORCE', 'SUSPENDED', 'TERMINATED'],
  'Clause.type': ['DRUG_TRAFFICKING_COOPERATION', 'ANTI_MONEY_LAUNDERING', 'OPERATIONAL_INFORMATION_EXCHANGE',
    'CUSTOMS_COOPERATION', 'JUDICIAL_COOPERATION', 'READMISSION', 'MARITIME_INTERDICTION', 'EXTRADITION',
    'MUTUAL_LEGAL_ASSISTANCE', 'SANCTIONS_ENFORCEMENT'],
  'Agency.kind': ['CUSTOMS', 'POLICE', 'DEFENCE', 'DIPLOMATIC', 'JUDICIAL', 'MULTINATIONAL_CENTRE'],
  'Post.kind': ['EMBASSY', 'CONSULATE', 'LIAISON_OFFICE'],
  'LiaisonOfficer.role': ['DIPLOMAT', 'CUSTOMS_EXPERT', 'SECURITY_ATTACHE', 'POLICE_LIAISON', 'DEFENCE_LIAISON'],
  'SanctionMeasure.kind': ['DIPLOMATIC_DEMARCHE', 'FUNDING_WITHDRAWAL', 'PARTNERSHIP_SUSPENSION', 'TRADE_RESTRICTION', 'VISA_RESTRICTION', 'ASSET_FREEZE'],
  'SanctionMeasure.status': ['PROPOSED', 'ADOPTED', 'LIFTED'],
  'TraffickingRoute.commodity': ['COCAINE', 'HEROIN', 'CANNABIS', 'SYNTHETIC', 'PRECURSORS'],
  'TraffickingRoute.modality': ['CONTAINER', 'BULK', 'YACHT', 'SEMI_SUBMERSIBLE', 'AIR'],
  'Source.reliability': ['A', 'B', 'C', 'D', 'E', 'F'],
  'CALLS_AT.role': ['ORIGIN', 'TRANSIT', 'DESTINATION'],
};
const dateCols = new Set(['publishedOn', 'signedOn', 'inForceFrom', 'terminatedOn', 'since', 'until', 'adoptedOn', 'liftedOn', 'reviewBy', 'seizedOn']);
const boolCols = new Set(['binding', 'onDrugRoute', 'active']);
const numCols = { latitude: [-90, 90], longitude: [-180, 180], quantityKg: [0, 1e7], score: [0, 100], staff: [0, 1e4], year: [1900, 2100], count: [0, 1e6], seq: [0, 100] };
const intCols = new Set(['year', 'count', 'seq', 'staff', 'score']);

function isDate(s) {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(s + 'T00:00:00Z');
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

function load(name) {
  const file = name + '.csv';
  const text = readFileSync(path.join(dir, file), 'utf8');
  if (/\n\s*\n/.test(text) || /^\s*\n/.test(text)) err(file, '-', 'blank line');
  if (!text.endsWith('\n')) err(file, '-', 'no final newline');
  const [header, ...rows] = parseCsv(text.replace(/\n$/, ''));
  return { file, header, rows: rows.map((r, i) => ({ line: i + 2, cells: r, obj: Object.fromEntries(header.map((h, k) => [h, r[k]])) })) };
}

function checkCells(label, t) {
  for (const { line, cells, obj } of t.rows) {
    if (cells.length !== t.header.length) err(t.file, line, `expected ${t.header.length} cells, got ${cells.length}`);
    for (const [k, v] of Object.entries(obj)) {
      if (v === undefined || v === '') continue;
      if (v !== v.trim()) err(t.file, line, `${k} has surrounding whitespace`);
      if (dateCols.has(k) && !isDate(v)) err(t.file, line, `${k} not an ISO date: ${v}`);
      if (boolCols.has(k) && v !== 'true' && v !== 'false') err(t.file, line, `${k} not a boolean: ${v}`);
      if (numCols[k]) {
        const n = Number(v);
        if (!Number.isFinite(n) || n < numCols[k][0] || n > numCols[k][1]) err(t.file, line, `${k} out of range: ${v}`);
        if (intCols.has(k) && !Number.isInteger(n)) err(t.file, line, `${k} not an integer: ${v}`);
      }
      if (k === 'credibility' && !/^[1-6]$/.test(v)) err(t.file, line, `credibility not 1-6: ${v}`);
      const e = enums[`${label}.${k}`];
      if (e && !e.includes(v)) err(t.file, line, `${k} not in enum: ${v}`);
    }
  }
}

const keys = {};
const nodes = {};
for (const [label, [header, key]] of Object.entries(nodeSpecs)) {
  const t = load(label);
  nodes[label] = t;
  if (t.header.join(',') !== header) err(t.file, 1, `header must be "${header}"`);
  checkCells(label, t);
  keys[label] = new Set();
  for (const { line, obj } of t.rows) {
    const k = obj[key];
    if (!k) err(t.file, line, `empty key ${key}`);
    if (keys[label].has(k)) err(t.file, line, `duplicate key ${k}`);
    keys[label].add(k);
  }
}
// node-level rules
for (const { line, obj } of nodes.Source.rows) if (!obj.title || !obj.reliability) err('Source.csv', line, 'title and reliability required');
const ill = nodes.Source.rows.find((r) => r.obj.id === 'illustrative');
if (!ill || ill.obj.reliability !== 'F') err('Source.csv', '-', 'source "illustrative" with reliability F required');
for (const label of Object.keys(nodeSpecs)) {
  if (label === 'Source') continue;
  for (const { line, obj } of nodes[label].rows) {
    if (!obj.source) err(nodes[label].file, line, 'source required');
    else if (!keys.Source.has(obj.source)) err(nodes[label].file, line, `unknown source ${obj.source}`);
  }
}
for (const { line, obj } of nodes.State.rows) {
  if (!/^[A-Z]{2}$/.test(obj.iso2) || !/^[A-Z]{3}$/.test(obj.iso3)) err('State.csv', line, 'bad ISO code');
  if (!obj.name) err('State.csv', line, 'name required');
}
for (const { line, obj } of nodes.Port.rows) {
  if (!/^[A-Z]{2}[A-Z2-9]{3}$/.test(obj.locode)) err('Port.csv', line, `bad UN/LOCODE ${obj.locode}`);
  if (!keys.State.has(obj.locode.slice(0, 2))) err('Port.csv', line, `state of ${obj.locode} unknown`);
  if (obj.latitude === '' || obj.longitude === '') err('Port.csv', line, 'coordinates required');
}
for (const { line, obj } of nodes.Treaty.rows) {
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(obj.id)) err('Treaty.csv', line, `id not a lowercase slug: ${obj.id}`);
  if (obj.status === 'TERMINATED' && !obj.terminatedOn) err('Treaty.csv', line, 'TERMINATED needs terminatedOn');
  if (obj.terminatedOn && obj.status !== 'TERMINATED') err('Treaty.csv', line, 'terminatedOn set but status not TERMINATED');
  if (obj.status === 'NEGOTIATING' && (obj.signedOn || obj.inForceFrom)) err('Treaty.csv', line, 'NEGOTIATING treaty has dates');
  if (obj.signedOn && obj.inForceFrom && obj.inForceFrom < obj.signedOn) err('Treaty.csv', line, 'in force before signature');
}

// relationships
const rels = {};
for (const [type, [header, fromLabels, toLabels]] of Object.entries(relSpecs)) {
  const t = load(type);
  rels[type] = t;
  if (t.header.join(',') !== header) err(t.file, 1, `header must be "${header}"`);
  checkCells(type, t);
  const seen = new Set();
  for (const { line, obj, cells } of t.rows) {
    const fl = obj.fromLabel ?? fromLabels[0];
    const tl = obj.toLabel ?? toLabels[0];
    if (!fromLabels.includes(fl)) err(t.file, line, `bad fromLabel ${fl}`);
    if (!toLabels.includes(tl)) err(t.file, line, `bad toLabel ${tl}`);
    if (!keys[fl]?.has(obj.from)) err(t.file, line, `unknown ${fl} ${obj.from}`);
    if (!keys[tl]?.has(obj.to)) err(t.file, line, `unknown ${tl} ${obj.to}`);
    if (!obj.source) err(t.file, line, 'source required');
    else if (!keys.Source.has(obj.source)) err(t.file, line, `unknown source ${obj.source}`);
    const sig = cells.join('\u0001');
    if (seen.has(sig)) err(t.file, line, 'duplicate row');
    seen.add(sig);
  }
}
// cardinality rules
const count = (type, side) => rels[type].rows.reduce((m, r) => m.set(r.obj[side], (m.get(r.obj[side]) ?? 0) + 1), new Map());
const inState = count('IN_STATE', 'from');
for (const p of keys.Port) if (inState.get(p) !== 1) err('IN_STATE.csv', '-', `Port ${p} needs exactly one IN_STATE (has ${inState.get(p) ?? 0})`);
for (const p of keys.Post) if (inState.get(p) !== 1) err('IN_STATE.csv', '-', `Post ${p} needs exactly one IN_STATE (has ${inState.get(p) ?? 0})`);
for (const r of rels.IN_STATE.rows) if (r.obj.fromLabel === 'Port' && r.obj.to !== r.obj.from.slice(0, 2)) err('IN_STATE.csv', r.line, `port ${r.obj.from} in wrong state`);
const hasClause = count('HAS_CLAUSE', 'to');
for (const c of keys.Clause) if (hasClause.get(c) !== 1) err('HAS_CLAUSE.csv', '-', `Clause ${c} must belong to exactly one treaty`);
const parties = count('PARTY_TO', 'to');
for (const t of nodes.Treaty.rows) {
  const n = parties.get(t.obj.id) ?? 0;
  if (n < 2) err('PARTY_TO.csv', '-', `treaty ${t.obj.id} has ${n} parties`);
  if (t.obj.kind === 'BILATERAL' && n !== 2) err('PARTY_TO.csv', '-', `bilateral treaty ${t.obj.id} has ${n} parties`);
}
// routes: seq 0..n-1 contiguous, ORIGIN at 0, DESTINATION last
const routes = new Map();
for (const r of rels.CALLS_AT.rows) (routes.get(r.obj.from) ?? routes.set(r.obj.from, []).get(r.obj.from)).push(r.obj);
for (const id of keys.TraffickingRoute) {
  const legs = (routes.get(id) ?? []).sort((a, b) => a.seq - b.seq);
  if (legs.length < 2) { err('CALLS_AT.csv', '-', `route ${id} needs at least 2 ports`); continue; }
  legs.forEach((l, i) => {
    if (Number(l.seq) !== i) err('CALLS_AT.csv', '-', `route ${id} seq not contiguous from 0`);
    const want = i === 0 ? 'ORIGIN' : i === legs.length - 1 ? 'DESTINATION' : 'TRANSIT';
    if (l.role !== want) err('CALLS_AT.csv', '-', `route ${id} seq ${i} should be ${want}`);
  });
}
const at = count('AT', 'from');
for (const s of keys.Seizure) if (at.get(s) !== 1) err('AT.csv', '-', `Seizure ${s} needs exactly one AT`);
// RATED: no CPI values before 2017
for (const r of rels.RATED.rows) if (Number(r.obj.year) < 2017 || Number(r.obj.year) > 2024) err('RATED.csv', r.line, 'CPI year outside 2017-2024');

const files = new Set(readdirSync(dir).filter((f) => f.endsWith('.csv')));
for (const name of [...Object.keys(nodeSpecs), ...Object.keys(relSpecs)]) files.delete(name + '.csv');
for (const f of files) err(f, '-', 'unexpected file in dataset folder');

const total = (o) => Object.values(o).reduce((s, t) => s + t.rows.length, 0);
if (errors.length) {
  console.error(errors.join('\n'));
  console.error(`${errors.length} error(s)`);
  process.exit(1);
}
console.log(`dataset OK: ${total(nodes)} node rows in ${Object.keys(nodes).length} files, ${total(rels)} relationship rows in ${Object.keys(rels).length} files`);
