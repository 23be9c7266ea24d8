// Task-force priorities: the ranking as bars stacked by factor, each factor's reason in words;
// analysts move the weights (a what-if: the weights are query arguments, nothing is written).
import { can, gql, STATE } from '../api.js';
import { setParams } from '../app.js';
import { stateName, t } from '../i18n.js';
import { el, errorBox, number, svg, svgExportButton, table } from '../ui.js';

const FACTORS = [
  ['ROUTE_EXPOSURE', 'routeExposure', 3, '#5a6fa8'],
  ['SEIZED_SHIPPED_FROM', 'seizedShippedFrom', 3, '#c0392b'],
  ['CORRUPTION', 'corruption', 2, '#8e6c8a'],
  ['TREATY_GAPS', 'treatyGaps', 2, '#e08a00'],
  ['READMISSION_GAP', 'readmissionGap', 2, '#2e8b57'],
  ['LIAISON_GAP', 'liaisonGap', 1, '#6b8e23'],
  ['SANCTIONS', 'sanctions', 1, '#7f8c8d'],
];

const QUERY = `query Priorities($weights: PriorityWeights!, $year: Int, $asOf: Date, $illustrative: Boolean!) {
  countryPriorities(weights: $weights, year: $year, asOf: $asOf, limit: 20, includeIllustrative: $illustrative) {
    rank score year state { ${STATE} }
    components { factor raw normalised weight contribution note }
  }
}`;

export async function render(root, argument, params) {
  const analyst = can('ANALYST');
  const weights = Object.fromEntries(FACTORS.map(([, name, standard]) => [name, Number(params.get(name) ?? standard)]));
  const chosen = { year: params.get('year') || '', asOf: params.get('asOf') || '', illustrative: params.get('illustrative') === 'true' };
  const result = el('div', { id: 'priorities-result' });
  const sliders = el('fieldset', { class: 'weights', id: 'weights' }, el('legend', {}, analyst ? t('prio.weights') : t('prio.viewerWeights')),
    FACTORS.map(([factor, name, , colour]) => analyst
      ? el('label', {}, el('span', { class: 'legend' }, el('span', { style: `background:${colour}` })), t('factor.' + factor),
        el('input', { type: 'range', min: 0, max: 10, step: 0.5, value: weights[name], 'data-weight': name,
          oninput: e => { weights[name] = Number(e.target.value); e.target.nextSibling.textContent = e.target.value; schedule(); } }),
        el('output', {}, weights[name]))
      : el('span', { class: 'legend' }, el('span', { style: `background:${colour}` }), `${t('factor.' + factor)} ×${weights[name]} `)),
    analyst ? el('button', { type: 'button', id: 'weights-reset', onclick: () => {
      FACTORS.forEach(([, name, standard]) => { weights[name] = standard; });
      sliders.querySelectorAll('input[type=range]').forEach(i => { i.value = weights[i.dataset.weight]; i.nextSibling.textContent = i.value; });
      schedule();
    } }, t('prio.reset')) : '');
  const year = el('input', { id: 'year', type: 'number', min: 1990, max: 2100, value: chosen.year, onchange: e => { chosen.year = e.target.value; schedule(); } });
  const asOf = el('input', { id: 'asof', type: 'date', value: chosen.asOf, onchange: e => { chosen.asOf = e.target.value; schedule(); } });
  const illustrative = el('input', { id: 'include-illustrative', type: 'checkbox', checked: chosen.illustrative,
    onchange: e => { chosen.illustrative = e.target.checked; schedule(); } });
  root.append(el('h1', {}, t('nav.priorities')),
    el('p', {}, el('label', {}, t('year'), ' ', year), el('label', {}, t('asOf'), ' ', asOf),
      el('label', {}, illustrative, ' ', t('prio.illustrative'))), sliders, result);

  let timer;
  let generation = 0;
  function schedule() {
    clearTimeout(timer);
    result.dataset.loaded = 'false';
    timer = setTimeout(() => run().catch(error => result.replaceChildren(errorBox(error))), 150);
  }

  async function run() {
    const mine = ++generation;
    const p = new URLSearchParams();
    if (chosen.year) p.set('year', chosen.year);
    if (chosen.asOf) p.set('asOf', chosen.asOf);
    if (chosen.illustrative) p.set('illustrative', 'true');
    if (analyst) FACTORS.forEach(([, name, standard]) => { if (weights[name] !== standard) p.set(name, weights[name]); });
    setParams(p);
    const { countryPriorities } = await gql(QUERY, {
      weights: analyst ? weights : {}, year: chosen.year ? Number(chosen.year) : null, asOf: chosen.asOf || null,
      illustrative: chosen.illustrative,
    });
    if (mine !== generation) return;
    result.replaceChildren(...draw(countryPriorities));
    result.dataset.loaded = 'true';
  }
  await run();
}

function draw(ranking) {
  const max = Math.max(1e-9, ...ranking.map(r => r.score));
  const width = 560, rowHeight = 22, labelWidth = 170;
  const chart = svg('svg', { id: 'priorities-chart', width: labelWidth + width + 60, height: ranking.length * rowHeight + 10, role: 'img' },
    ranking.map((r, i) => {
      let x = labelWidth;
      const y = 5 + i * rowHeight;
      return svg('g', { 'data-iso2': r.state.iso2, 'data-rank': r.rank },
        svg('text', { x: 0, y: y + 14 }, `${r.rank}. ${stateName(r.state)}`),
        r.components.filter(c => c.contribution > 0).map(c => {
          const w = width * c.contribution / max;
          const colour = FACTORS.find(f => f[0] === c.factor)[3];
          const rect = svg('rect', { x, y, width: w, height: rowHeight - 6, fill: colour, 'data-factor': c.factor },
            svg('title', {}, `${t('factor.' + c.factor)}: ${number(c.contribution, 2)}${c.note ? ' — ' + c.note : ''}`));
          x += w;
          return rect;
        }),
        svg('text', { x: x + 4, y: y + 14 }, number(r.score, 2)));
    }));
  return [
    el('p', { class: 'legend' }, FACTORS.map(([factor, , , colour]) => [el('span', { style: `background:${colour}` }), t('factor.' + factor)]),
      ' ', svgExportButton(chart, 'priorities')),
    chart,
    table('priorities-table', [
      { label: t('rank'), cell: r => r.rank },
      { label: t('state'), cell: r => el('a', { href: '#/state/' + r.state.iso2 }, stateName(r.state)), csv: r => stateName(r.state) },
      { label: t('score'), cell: r => number(r.score, 3), csv: r => r.score },
      { label: t('reason'), cell: r => r.components.filter(c => c.contribution > 0)
        .map(c => el('div', {}, el('b', {}, t('factor.' + c.factor)), ` (${number(c.contribution, 2)}): `, c.note || '')),
        csv: r => r.components.filter(c => c.contribution > 0).map(c => `${c.factor} ${c.contribution.toFixed(3)}: ${c.note || ''}`).join(' | ') },
    ], ranking, 'priorities'),
  ];
}
