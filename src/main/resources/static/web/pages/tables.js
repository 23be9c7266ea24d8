// The analyses that answer with a list: sanction candidates (with their thresholds), readmission
// gaps and liaison coverage gaps, each a table with its reasons that exports as CSV.
import { can, gql, STATE } from '../api.js';
import { setParams } from '../app.js';
import { stateName, t } from '../i18n.js';
import { el, number, provenance, table } from '../ui.js';

const stateLink = s => s ? el('a', { href: '#/state/' + s.iso2 }, stateName(s)) : '';

export async function sanctions(root, argument, params) {
  const chosen = { maxCorruptionScore: Number(params.get('maxCpi') || 30), minSeizedKg: Number(params.get('minKg') || 1000), year: params.get('year') || '' };
  const { sanctionCandidates } = await gql(`query($max: Float!, $min: Float!, $year: Int) {
    sanctionCandidates(maxCorruptionScore: $max, minSeizedKg: $min, year: $year) {
      state { ${STATE} } year seizedKg rating { year score grade illustrative }
      treatiesChecked { title } proposedMeasures { kind status reason grade illustrative } } }`,
  { max: chosen.maxCorruptionScore, min: chosen.minSeizedKg, year: chosen.year ? Number(chosen.year) : null });
  const input = (id, key, value) => el('input', { id, type: 'number', value, onchange: e => {
    const p = new URLSearchParams(params); p.set(key, e.target.value); setParams(p); location.reload();
  } });
  root.append(el('h1', {}, t('nav.sanctions')),
    el('p', { id: 'thresholds' }, t('sanctions.thresholds', { c: chosen.maxCorruptionScore, k: number(chosen.minSeizedKg) })),
    el('p', {}, el('label', {}, t('maxCpi'), ' ', input('max-cpi', 'maxCpi', chosen.maxCorruptionScore)),
      el('label', {}, t('minKg'), ' ', input('min-kg', 'minKg', chosen.minSeizedKg))),
    table('sanction-candidates', [
      { label: t('state'), cell: c => stateLink(c.state), csv: c => stateName(c.state) },
      { label: t('year'), cell: c => c.year },
      { label: t('cpi'), cell: c => [`${c.rating.score} (${c.rating.year})`, provenance(c.rating)], csv: c => c.rating.score },
      { label: t('seizedKg'), cell: c => number(c.seizedKg), csv: c => c.seizedKg },
      { label: t('treatiesChecked'), cell: c => c.treatiesChecked.map(tr => tr.title).join('; ') || t('none') },
      { label: t('proposed'), cell: c => c.proposedMeasures.map(m => el('div', {}, `${m.kind} (${m.status})`, provenance(m))),
        csv: c => c.proposedMeasures.map(m => `${m.kind} ${m.status}${m.illustrative ? ' illustrative' : ''}`).join(' | ') },
    ], sanctionCandidates, 'sanction-candidates'));
}

export async function readmission(root) {
  const { readmissionGaps } = await gql(`{ readmissionGaps {
    state { ${STATE} } referenceDate covered detained { count grade illustrative }
    obligations { treaty { title } kind clause { article } via } } }`);
  root.append(el('h1', {}, t('nav.readmission')),
    table('readmission-gaps', [
      { label: t('state'), cell: g => stateLink(g.state), csv: g => stateName(g.state) },
      // a prison population on the reference date, not convictions; no published figure is unknown, not 0
      { label: t('inPrison'), cell: g => g.detained ? el('div', {}, `${g.detained.count}`, provenance(g.detained)) : t('unknown'),
        csv: g => g.detained ? `${g.detained.count}${g.detained.illustrative ? ' illustrative' : ''}` : '' },
      { label: t('referenceDate'), cell: g => g.referenceDate || '' },
      { label: t('covered'), cell: g => g.covered ? t('yes') : t('no') },
      { label: t('obligations'), cell: g => g.obligations.map(o => el('div', {}, o.treaty.title, o.clause.article ? ` (${o.clause.article})` : '',
        o.via.length ? ` via ${o.via.join(', ')}` : '')),
        csv: g => g.obligations.map(o => o.treaty.title).join(' | ') },
    ], readmissionGaps, 'readmission-gaps'));
  root.querySelectorAll('#readmission-gaps tbody tr').forEach((row, i) => {
    if (!readmissionGaps[i].covered) row.cells[3].classList.add('gap');
  });
}

export async function coverage(root) {
  const cleared = can('ANALYST');
  const { liaisonCoverageGaps } = await gql(`{ liaisonCoverageGaps {
    port { locode name } state { ${STATE} } routeCount seizedKgShippedFrom routes { name illustrative }
    officersAtOtherTimes { role ${cleared ? 'name' : ''} since until } } }`);
  root.append(el('h1', {}, t('nav.coverage')),
    table('coverage-gaps', [
      { label: t('port'), cell: g => `${g.port.name} (${g.port.locode})` },
      { label: t('state'), cell: g => stateLink(g.state), csv: g => stateName(g.state) },
      { label: t('routeCount'), cell: g => g.routeCount },
      { label: t('routes'), cell: g => g.routes.map(r => el('div', {}, r.name, provenance(r))), csv: g => g.routes.map(r => r.name).join(' | ') },
      { label: t('seizedKg'), cell: g => number(g.seizedKgShippedFrom), csv: g => g.seizedKgShippedFrom },
      { label: t('officersOther'), cell: g => g.officersAtOtherTimes.map(o => [o.role, o.name].filter(Boolean).join(' ') + ` ${o.since || ''}–${o.until || ''}`).join('; ') },
    ], liaisonCoverageGaps, 'liaison-coverage-gaps'));
}
