// A state: its treaties with the home side in force and not (clauses and articles), CPI and
// convictions over the years, seizures shipped from its ports, ports, posts and officers (names
// only for cleared roles), sanction measures, and every fact's source and grade.
import { can, gql, SOURCES, STATE } from '../api.js';
import { stateName, t } from '../i18n.js';
import { barChart, el, lineChart, number, provenance, sources, table } from '../ui.js';
import { clauseLabel } from './gaps.js';

const TREATY = `treaty { id title kind status signedOn inForceFrom terminatedOn grade illustrative ${SOURCES}
  clauses { id type article binding summary grade illustrative } }`;

function query(cleared) {
  return `query StatePage($iso2: String!, $asOf: Date) {
  state(iso2: $iso2) { ${STATE} iso3 region subregion grade illustrative ${SOURCES}
    memberships { bloc { code name } since grade illustrative }
    ratings(index: "TI-CPI") { year score grade illustrative source { title } }
    convictionsAbroad { convictedIn { iso2 } year count grade illustrative source { title url reliability } }
    ports { locode name grade illustrative ${SOURCES}
      seizuresShippedFrom { id seizedOn drug quantityKg grade illustrative at { locode name } ${SOURCES} }
      liaisonOfficers { id role ${cleared ? 'name' : ''} since until grade illustrative post { name kind } } }
  }
  treatyGaps(states: [$iso2], asOf: $asOf, includeMultilateral: true) {
    treaties { ${TREATY} covers via } notInForce { id title kind status signedOn inForceFrom terminatedOn grade illustrative ${SOURCES}
      clauses { id type article binding summary grade illustrative } }
    multilateral { ${TREATY} via }
  }
  liaisonOfficers(filter: { accreditedTo: $iso2 }, first: 100) { nodes { id role ${cleared ? 'name' : ''} since until grade illustrative
    post { name kind grade illustrative } port { locode } ${SOURCES} } }
  sanctionMeasures(filter: { target: $iso2 }, first: 100) { nodes { id kind status adoptedOn liftedOn reviewBy legalBasis reason grade illustrative ${SOURCES} } }
}`;
}

export async function render(root, iso2, params) {
  const asOf = params.get('asOf') || new Date().toISOString().slice(0, 10);
  const cleared = can('ANALYST');
  const data = await gql(query(cleared), { iso2, asOf });
  const state = data.state;
  if (!state) {
    root.append(el('p', { class: 'error' }, `${iso2}?`));
    return;
  }
  const gaps = data.treatyGaps[0] || { treaties: [], notInForce: [], multilateral: [] };
  const inForce = [...gaps.treaties, ...gaps.multilateral].map(c => c.treaty);
  const officers = data.liaisonOfficers.nodes;
  const seizures = state.ports.flatMap(p => p.seizuresShippedFrom.map(s => ({ ...s, from: p })));

  root.append(
    el('h1', { id: 'state-name' }, stateName(state), ` (${state.iso2})`, provenance(state)),
    el('p', {}, [state.region, state.subregion].filter(Boolean).join(' · '), ' · ',
      state.memberships.map(m => el('span', { class: 'source' }, m.bloc.name, m.since ? ` (${m.since})` : '', provenance(m))),
      ' ', sources(state.sources)),
    el('div', { class: 'charts' },
      lineChart('cpi-chart', state.ratings.map(r => ({ x: r.year, value: r.score })).sort((a, b) => a.x - b.x), t('state.cpi')),
      barChart('convictions-chart', state.convictionsAbroad.map(c => ({ x: c.year, value: c.count })).sort((a, b) => a.x - b.x),
        t('state.convictions') + (state.convictionsAbroad.some(c => c.illustrative) ? ` — ${t('illustrative')}` : ''))),
    el('h2', {}, t('state.inForce'), ` (${asOf})`),
    treatyTable('treaties-in-force', inForce),
    el('h2', {}, t('state.notInForce')),
    treatyTable('treaties-not-in-force', gaps.notInForce),
    el('h2', {}, t('state.seizures')),
    table('seizures', [
      { label: t('date'), cell: s => s.seizedOn },
      { label: t('port'), cell: s => `${s.from.name} (${s.from.locode})` },
      { label: t('seizedAt'), cell: s => s.at ? `${s.at.name} (${s.at.locode})` : '' },
      { label: t('drug'), cell: s => s.drug },
      { label: t('quantityKg'), cell: s => number(s.quantityKg), csv: s => s.quantityKg },
      { label: t('grade'), cell: s => provenance(s), csv: s => s.grade + (s.illustrative ? ' illustrative' : '') },
      { label: t('source'), cell: s => sources(s.sources) },
    ], seizures, `seizures-${iso2}`),
    el('h2', {}, t('state.ports')),
    table('ports', [
      { label: 'UN/LOCODE', cell: p => p.locode },
      { label: t('name'), cell: p => p.name },
      { label: t('state.officers'), cell: p => p.liaisonOfficers.length },
      { label: t('grade'), cell: p => provenance(p), csv: p => p.grade + (p.illustrative ? ' illustrative' : '') },
      { label: t('source'), cell: p => sources(p.sources) },
    ], state.ports, `ports-${iso2}`),
    el('h2', {}, t('state.officers')),
    table('officers', [
      { label: t('role'), cell: o => o.role },
      ...(cleared ? [{ label: t('name'), cell: o => o.name || '' }] : []),
      { label: t('post'), cell: o => o.post ? o.post.name : '' },
      { label: t('port'), cell: o => o.port ? o.port.locode : '' },
      { label: t('since'), cell: o => [o.since, o.until].filter(Boolean).join(' – ') },
      { label: t('grade'), cell: o => provenance(o), csv: o => o.grade + (o.illustrative ? ' illustrative' : '') },
      { label: t('source'), cell: o => sources(o.sources) },
    ], officers, `officers-${iso2}`),
    el('h2', {}, t('state.sanctions')),
    table('sanctions', [
      { label: t('kind'), cell: m => m.kind },
      { label: t('status'), cell: m => m.status },
      { label: t('date'), cell: m => [m.adoptedOn, m.liftedOn, m.reviewBy].filter(Boolean).join(' / ') },
      { label: t('reason'), cell: m => m.reason || '' },
      { label: t('grade'), cell: m => provenance(m), csv: m => m.grade + (m.illustrative ? ' illustrative' : '') },
      { label: t('source'), cell: m => sources(m.sources) },
    ], data.sanctionMeasures.nodes, `sanctions-${iso2}`),
  );
}

function treatyTable(id, treaties) {
  return table(id, [
    { label: t('treaty'), cell: tr => tr.title },
    { label: t('kind'), cell: tr => tr.kind },
    { label: t('status'), cell: tr => tr.status },
    { label: t('inForceFrom'), cell: tr => tr.inForceFrom || '' },
    { label: t('clauses'), cell: tr => tr.clauses.map(c => el('div', { class: 'clause' },
      clauseLabel(c.type), c.article ? ` — ${t('article')} ${c.article}` : '', c.binding ? '' : ' (non-binding)', provenance(c))),
      csv: tr => tr.clauses.map(c => `${c.type}${c.article ? ' ' + c.article : ''}`).join(' | ') },
    { label: t('grade'), cell: tr => provenance(tr), csv: tr => tr.grade + (tr.illustrative ? ' illustrative' : '') },
    { label: t('source'), cell: tr => sources(tr.sources) },
  ], treaties, id);
}
