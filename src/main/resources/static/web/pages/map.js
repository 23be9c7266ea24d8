// The map: Natural Earth land and borders shipped in the jar, drawn with an equirectangular
// projection of our own; ports coloured by liaison coverage and sized by seizures; route legs
// along their sea paths; routes between two ports highlighted; a port's exposure by year on click;
// on demand, the stretches of the sea legs watched and unwatched by deployed assets in a period,
// over all routes or inside a named sea area (seaCoverage, seaAreaCoverage).
import { gql, STATE } from '../api.js';
import { stateName, t } from '../i18n.js';
import { barChart, el, number, svg, svgExportButton, table } from '../ui.js';

const WIDTH = 1000, HEIGHT = 500;
const x = lon => (lon + 180) / 360 * WIDTH;
const y = lat => (90 - lat) / 180 * HEIGHT;

const PORTS = `{
  ports(filter: { onActiveRoute: true }, first: 100) { nodes { locode name latitude longitude state { ${STATE} }
    seizures { quantityKg } seizuresShippedFrom { quantityKg } liaisonOfficers { id } } }
  liaisonCoverageGaps { port { locode } routeCount }
}`;

const LEGS = `{ routes(filter: { active: true }, first: 100) { nodes { id name illustrative
  legs { seq distanceNm geometry from { locode latitude longitude } to { locode latitude longitude } } } } }`;

const STRETCH = 'nm geometry';
const LEG_COVERAGE = `from { locode } to { locode } watched { ${STRETCH} } unwatched { ${STRETCH} }`;
const SEA_AREAS = ['CARIBBEAN', 'GULF_OF_GUINEA_APPROACHES', 'EASTERN_ATLANTIC', 'NORTH_SEA_APPROACHES'];

let world;

/** The SVG path of [longitude, latitude] points; a path crossing the antimeridian starts a new stroke there. */
function pathOf(points) {
  return points.map(([lon, lat], i) => `${i > 0 && Math.abs(lon - points[i - 1][0]) <= 180 ? 'L' : 'M'}${x(lon).toFixed(1)},${y(lat).toFixed(1)}`).join(' ');
}

async function land() {
  if (!world) {
    world = await (await fetch('/web/map/countries-110m.json')).json();
  }
  return world;
}

/** The SVG path of a TopoJSON object's polygons, its arcs decoded from their quantized deltas. */
function topoPath(topology, object) {
  const [sx, sy] = topology.transform.scale;
  const [tx, ty] = topology.transform.translate;
  const arcs = topology.arcs.map(arc => {
    let a = 0, b = 0;
    return arc.map(([dx, dy]) => { a += dx; b += dy; return [a * sx + tx, b * sy + ty]; });
  });
  const ring = indices => indices.flatMap((i, n) => {
    const points = i >= 0 ? arcs[i] : arcs[~i].slice().reverse();
    return n ? points.slice(1) : points;
  });
  const line = points => {
    let d = '';
    points.forEach(([lon, lat], i) => {
      // A jump across the antimeridian starts a new piece instead of a streak across the map.
      const jump = i && Math.abs(lon - points[i - 1][0]) > 180;
      d += `${i && !jump ? 'L' : 'M'}${x(lon).toFixed(1)},${y(lat).toFixed(1)}`;
    });
    return d + 'Z';
  };
  return object.geometries.map(g => {
    const polygons = g.type === 'Polygon' ? [g.arcs] : g.type === 'MultiPolygon' ? g.arcs : [];
    return polygons.map(rings => rings.map(r => line(ring(r))).join('')).join('');
  });
}

export async function render(root) {
  const [topology, ports, legs] = await Promise.all([land(), gql(PORTS), gql(LEGS)]);
  const gaps = new Map(ports.liaisonCoverageGaps.map(g => [g.port.locode, g]));
  const nodes = ports.ports.nodes.filter(p => p.latitude !== null && p.longitude !== null);
  const seized = p => p.seizures.reduce((s, z) => s + z.quantityKg, 0) + p.seizuresShippedFrom.reduce((s, z) => s + z.quantityKg, 0);
  const maxSeized = Math.max(1, ...nodes.map(seized));

  const legLayer = svg('g', { id: 'legs' }, legs.routes.nodes.flatMap(route => route.legs.map(leg => {
    const points = leg.geometry && leg.geometry.length > 1 ? leg.geometry
      : [[leg.from.longitude, leg.from.latitude], [leg.to.longitude, leg.to.latitude]];
    return svg('path', { class: 'leg', 'data-route': route.id, 'data-from': leg.from.locode, 'data-to': leg.to.locode, d: pathOf(points) },
    svg('title', {}, `${route.name}: ${leg.from.locode} → ${leg.to.locode}${leg.distanceNm ? ` (${number(leg.distanceNm)} nm)` : ''}`));
  })));
  const seaLayer = svg('g', { id: 'sea' });
  const exposure = el('div', { id: 'exposure' });
  // The largest first, so that a small port next to a large one stays on top and clickable.
  const bySize = [...nodes].sort((a, b) => seized(b) - seized(a));
  const portLayer = svg('g', { id: 'ports' }, bySize.map(p => svg('circle', {
    class: 'port ' + (gaps.has(p.locode) ? 'uncovered' : p.liaisonOfficers.length ? 'covered' : 'neutral'),
    'data-locode': p.locode, cx: x(p.longitude).toFixed(1), cy: y(p.latitude).toFixed(1),
    r: (2.5 + 9 * Math.sqrt(seized(p) / maxSeized)).toFixed(1),
    onclick: () => showExposure(exposure, p.locode),
  }, svg('title', {}, `${p.name} (${p.locode}) ${stateName(p.state)} — ${number(seized(p))} kg`))));

  // The view frames the ports, with a margin, in the map's proportions.
  const xs = nodes.map(p => x(p.longitude)), ys = nodes.map(p => y(p.latitude));
  const minX = Math.max(0, Math.min(...xs) - 60), maxX = Math.min(WIDTH, Math.max(...xs) + 60);
  const minY = Math.max(0, Math.min(...ys) - 40), maxY = Math.min(HEIGHT, Math.max(...ys) + 40);
  const map = svg('svg', { id: 'map-svg', viewBox: `${minX} ${minY} ${maxX - minX} ${maxY - minY}`, width: 1100, height: Math.round(1100 * (maxY - minY) / (maxX - minX)) },
    svg('rect', { x: 0, y: 0, width: WIDTH, height: HEIGHT, fill: '#cfe3f3' }),
    svg('g', { id: 'land' }, topoPath(topology, topology.objects.countries).map(d => svg('path', { class: 'land', d }))),
    legLayer, seaLayer, portLayer);

  const sorted = [...nodes].sort((a, b) => a.locode.localeCompare(b.locode));
  const choice = id => el('select', { id }, el('option', { value: '' }, '—'), sorted.map(p => el('option', { value: p.locode }, `${p.locode} ${p.name}`)));
  const from = choice('route-from'), to = choice('route-to');
  const pathInfo = el('span', { id: 'paths-found' });
  const highlight = async () => {
    legLayer.querySelectorAll('.leg').forEach(l => l.classList.remove('hl'));
    if (!from.value || !to.value) return;
    const { routesBetween } = await gql(`query($from: String!, $to: String!) { routesBetween(from: $from, to: $to, maxLegs: 4, first: 20) {
      truncated paths { legs { from { locode } to { locode } route { id } } } } }`, { from: from.value, to: to.value });
    routesBetween.paths.flatMap(p => p.legs).forEach(leg => legLayer
      .querySelectorAll(`.leg[data-route="${leg.route.id}"][data-from="${leg.from.locode}"][data-to="${leg.to.locode}"]`)
      .forEach(l => l.classList.add('hl')));
    pathInfo.textContent = t(routesBetween.truncated ? 'map.pathsTruncated' : 'map.paths', { n: routesBetween.paths.length });
  };

  root.append(el('h1', {}, t('nav.map')),
    el('p', { class: 'legend' }, t('map.legend'), ' ', svgExportButton(map, 'map')),
    el('p', {}, el('label', {}, t('map.from'), ' ', from), el('label', {}, t('map.to'), ' ', to),
      el('button', { type: 'button', id: 'highlight', onclick: highlight }, t('map.highlight')), ' ', pathInfo),
    seaControls(seaLayer), map, exposure);
}

/**
 * The toggle of the sea surveillance layer: a period (the last full year by default), all routes or
 * one named sea area, and a legend with what the period's deployments watched.
 */
function seaControls(layer) {
  const year = new Date().getFullYear() - 1;
  const show = el('input', { id: 'sea-layer', type: 'checkbox' });
  const from = el('input', { id: 'sea-from', type: 'date', value: `${year}-01-01` });
  const to = el('input', { id: 'sea-to', type: 'date', value: `${year}-12-31` });
  const area = el('select', { id: 'sea-area' }, el('option', { value: '' }, t('map.seaAllRoutes')),
    SEA_AREAS.map(a => el('option', { value: a }, t('seaArea.' + a))));
  const legend = el('p', { id: 'sea-legend', class: 'legend', hidden: true });
  let drawing = 0;
  const draw = async () => {
    const mine = ++drawing;
    layer.dataset.loaded = 'false';
    layer.replaceChildren();
    legend.hidden = !show.checked;
    if (!show.checked || !from.value || !to.value) return;
    const coverage = await seaCoverage(area.value, from.value, to.value);
    // A later change drew meanwhile, or will.
    if (mine !== drawing) return;
    if (coverage.boundary) {
      layer.append(svg('path', { id: 'sea-boundary', class: 'sea-boundary', d: pathOf(coverage.boundary) + 'Z' }));
    }
    const seen = new Set();
    for (const leg of coverage.legs) {
      // A leg sailed by several routes is drawn once.
      const key = leg.from.locode + '>' + leg.to.locode;
      if (seen.has(key)) continue;
      seen.add(key);
      for (const [kind, stretches] of [['watched', leg.watched], ['unwatched', leg.unwatched]]) {
        stretches.forEach(s => layer.append(svg('path', { class: 'sea-' + kind, 'data-from': leg.from.locode, 'data-to': leg.to.locode, d: pathOf(s.geometry) },
          svg('title', {}, `${leg.from.locode} → ${leg.to.locode}: ${t('map.sea.' + kind)} ${number(s.nm)} nm`))));
      }
    }
    const period = t('map.seaPeriod', { from: from.value, to: to.value });
    legend.replaceChildren(el('span', { class: 'sea-watched-key' }), t('map.sea.watched'),
      el('span', { class: 'sea-unwatched-key' }), t('map.sea.unwatched'), ' — ', period,
      coverage.share === null ? '' : ' — ' + t('map.seaShare', { watched: number(coverage.watchedNm), sea: number(coverage.seaNm), share: number(coverage.share * 100) }),
      coverage.leftOut ? ' — ' + t('map.seaLeftOut', { n: coverage.leftOut }) : '');
    layer.dataset.loaded = 'true';
  };
  [show, from, to, area].forEach(input => input.addEventListener('change', draw));
  return el('div', { id: 'sea-controls' },
    el('p', {}, el('label', {}, show, ' ', t('map.sea')), ' ', el('label', {}, t('map.seaFrom'), ' ', from), ' ',
      el('label', {}, t('map.seaTo'), ' ', to), ' ', el('label', {}, t('map.seaArea'), ' ', area)),
    legend);
}

/** The legs' watched and unwatched stretches of all routes, or of the legs inside a named sea area with its share. */
async function seaCoverage(area, from, to) {
  if (area) {
    const { seaAreaCoverage: c } = await gql(`query($area: SeaArea, $from: Date!, $to: Date!) {
      seaAreaCoverage(area: $area, from: $from, to: $to) { boundary seaNm watchedNm watchedShare leftOut legs { ${LEG_COVERAGE} } } }`, { area, from, to });
    return { boundary: c.boundary, legs: c.legs, seaNm: c.seaNm, watchedNm: c.watchedNm, share: c.watchedShare, leftOut: c.leftOut };
  }
  const { seaCoverage: routes } = await gql(`query($from: Date!, $to: Date!) {
    seaCoverage(from: $from, to: $to) { leftOut legs { ${LEG_COVERAGE} } } }`, { from, to });
  return { legs: routes.flatMap(r => r.legs), share: null, leftOut: routes.length ? routes[0].leftOut : 0 };
}

async function showExposure(target, locode) {
  const { portExposure: e } = await gql(`query($locode: String!) { portExposure(locode: $locode) {
    port { locode name } state { ${STATE} } originStates { ${STATE} } calls { route { name } }
    seizuresByYear { year seizedAtKg shippedFromKg totalKg } liaisonOfficers { id role } treaties { title } } }`, { locode });
  target.replaceChildren(
    el('h2', {}, `${t('map.exposure')} ${e.port.name} (${e.port.locode}), `, el('a', { href: '#/state/' + e.state.iso2 }, stateName(e.state))),
    barChart('exposure-chart', e.seizuresByYear.map(s => ({ x: s.year, value: Math.round(s.totalKg) })), t('seizedKg')),
    table('exposure-table', [
      { label: t('year'), cell: s => s.year },
      { label: t('seizedAt'), cell: s => number(s.seizedAtKg), csv: s => s.seizedAtKg },
      { label: t('state.seizures'), cell: s => number(s.shippedFromKg), csv: s => s.shippedFromKg },
    ], e.seizuresByYear, `exposure-${locode}`),
    el('p', {}, `${t('routes')}: `, e.calls.map(c => c.route.name).join(', ')),
    el('p', {}, `${t('state.officers')}: ${e.liaisonOfficers.length}; ${t('treaty')}: `, e.treaties.map(tr => tr.title).join('; ')));
  target.dataset.locode = locode;
}
