// Building blocks of the pages: elements, tables that export CSV, charts that export SVG, and the
// provenance of a fact (its grade, and a visible mark when it is illustrative).
import { t } from './i18n.js';

/** An element with attributes (on* are listeners) and children (strings become text). */
export function el(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (name.startsWith('on')) element.addEventListener(name.slice(2), value);
    else if (name === 'class') element.className = value;
    else element.setAttribute(name, value === true ? '' : value);
  }
  append(element, children);
  return element;
}

function append(element, children) {
  for (const child of children.flat(Infinity)) {
    if (child === undefined || child === null || child === false) continue;
    element.append(child instanceof Node ? child : String(child));
  }
}

const SVG_NS = 'http://www.w3.org/2000/svg';

export function svg(tag, attributes = {}, ...children) {
  const element = document.createElementNS(SVG_NS, tag);
  for (const [name, value] of Object.entries(attributes || {})) {
    if (value === undefined || value === null) continue;
    if (name.startsWith('on')) element.addEventListener(name.slice(2), value);
    else element.setAttribute(name, value);
  }
  append(element, children);
  return element;
}

export function download(name, content, type) {
  const link = el('a', { href: URL.createObjectURL(new Blob([content], { type })), download: name });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}

function csvCell(value) {
  const text = value === undefined || value === null ? '' : String(value);
  return /[",\r\n;]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** CSV as spreadsheets open it: a byte-order mark for UTF-8, CRLF line ends, quoted cells. */
export function toCsv(header, rows) {
  return '\ufeff' + [header, ...rows].map(row => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/**
 * A table of rows with an "Export CSV" button. Each column: { label, cell(row) -> node or text,
 * csv(row) -> text (default: the cell's text) }.
 */
export function table(id, columns, rows, fileName) {
  const body = el('tbody', {}, rows.map(row => el('tr', {}, columns.map(c => el('td', {}, c.cell(row))))));
  const tableElement = el('table', { id, class: 'data' },
    el('thead', {}, el('tr', {}, columns.map(c => el('th', {}, c.label)))), body);
  const exportButton = el('button', {
    type: 'button', class: 'export', 'data-export': id,
    onclick: () => {
      const texts = rows.map((row, i) => columns.map((c, j) =>
        c.csv ? c.csv(row) : body.rows[i].cells[j].textContent.trim()));
      download(`${fileName || id}.csv`, toCsv(columns.map(c => c.label), texts), 'text/csv;charset=utf-8');
    },
  }, t('export.csv'));
  return el('div', { class: 'table-block' }, exportButton, tableElement);
}

/** The SVG document of a chart or map, standalone (namespaced, its styles inlined). */
export function svgDocument(svgElement) {
  const copy = svgElement.cloneNode(true);
  copy.setAttribute('xmlns', SVG_NS);
  const style = document.createElementNS(SVG_NS, 'style');
  style.textContent = SVG_STYLE;
  copy.prepend(style);
  return '<?xml version="1.0" encoding="UTF-8"?>\n' + new XMLSerializer().serializeToString(copy);
}

const SVG_STYLE = `text{font:11px sans-serif;fill:#222}.land{fill:#e8e4d8;stroke:#b9b3a0;stroke-width:.4}
.leg{fill:none;stroke:#5a6fa8;stroke-width:1.2;opacity:.7}.leg.hl{stroke:#e08a00;stroke-width:3;opacity:1}
.sea-watched{fill:none;stroke:#1e8449;stroke-width:3}.sea-unwatched{fill:none;stroke:#c0392b;stroke-width:2.5;stroke-dasharray:4 3}
.sea-boundary{fill:#1e8449;fill-opacity:.06;stroke:#1e8449;stroke-width:.8;stroke-dasharray:2 2}.port.covered{fill:#2e8b57}.port.uncovered{fill:#c0392b}.axis{stroke:#999}.bar{fill:#5a6fa8}.line{fill:none;stroke:#5a6fa8;stroke-width:2}`;

export function svgExportButton(svgElement, name) {
  return el('button', {
    type: 'button', class: 'export', 'data-export-svg': name,
    onclick: () => download(`${name}.svg`, svgDocument(svgElement), 'image/svg+xml'),
  }, t('export.svg'));
}

/** A fact's grade, and "illustrative, not real" in the user's language when it is invented. */
export function provenance(fact) {
  if (!fact) return '';
  return el('span', { class: 'prov' },
    fact.grade ? el('span', { class: 'grade', title: t('grade') }, fact.grade) : '',
    fact.illustrative ? el('span', { class: 'illustrative' }, t('illustrative')) : '');
}

/** The sources of a fact, each with its reliability and a link to the original. */
export function sources(refs) {
  return (refs || []).map(ref => el('span', { class: 'source' },
    ref.source.url ? el('a', { href: ref.source.url, rel: 'noreferrer', target: '_blank' }, ref.source.title) : ref.source.title,
    ref.source.reliability ? ` [${ref.source.reliability}${ref.credibility || ''}]` : ''));
}

export function number(value, digits = 0) {
  return value === null || value === undefined ? '' : Number(value).toLocaleString(undefined, { maximumFractionDigits: digits });
}

/** A small bar chart of values by year. */
export function barChart(id, points, label) {
  const width = 320, height = 120, pad = 24;
  const max = Math.max(1, ...points.map(p => p.value));
  const step = points.length ? (width - 2 * pad) / points.length : 0;
  const chart = svg('svg', { id, class: 'chart', width, height, viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': label },
    svg('line', { class: 'axis', x1: pad, y1: height - pad, x2: width - pad, y2: height - pad }),
    points.map((p, i) => {
      const h = (height - 2 * pad) * p.value / max;
      return [svg('rect', { class: 'bar', x: pad + i * step + 2, y: height - pad - h, width: Math.max(2, step - 4), height: h },
        svg('title', {}, `${p.x}: ${p.value}`)),
      svg('text', { x: pad + i * step + step / 2, y: height - 8, 'text-anchor': 'middle' }, String(p.x).slice(-2)),
      svg('text', { x: pad + i * step + step / 2, y: height - pad - h - 3, 'text-anchor': 'middle' }, p.value)];
    }));
  return el('figure', {}, el('figcaption', {}, label, ' ', svgExportButton(chart, id)), chart);
}

/** A small line chart of values by year, on a 0-100 scale (the CPI's). */
export function lineChart(id, points, label) {
  const width = 320, height = 120, pad = 24;
  const xs = points.map(p => p.x);
  const minX = Math.min(...xs), maxX = Math.max(...xs);
  const x = v => pad + (maxX === minX ? 0.5 : (v - minX) / (maxX - minX)) * (width - 2 * pad);
  const y = v => height - pad - v / 100 * (height - 2 * pad);
  const chart = svg('svg', { id, class: 'chart', width, height, viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': label },
    svg('line', { class: 'axis', x1: pad, y1: height - pad, x2: width - pad, y2: height - pad }),
    points.length ? svg('polyline', { class: 'line', points: points.map(p => `${x(p.x)},${y(p.value)}`).join(' ') }) : '',
    points.map(p => svg('circle', { cx: x(p.x), cy: y(p.value), r: 2.5, class: 'bar' }, svg('title', {}, `${p.x}: ${p.value}`))),
    points.length ? [svg('text', { x: pad, y: height - 8 }, minX), svg('text', { x: width - pad, y: height - 8, 'text-anchor': 'end' }, maxX),
      svg('text', { x: x(maxX), y: y(points[points.length - 1].value) - 5, 'text-anchor': 'end' }, points[points.length - 1].value)] : '');
  return el('figure', {}, el('figcaption', {}, label, ' ', svgExportButton(chart, id)), chart);
}

export function errorBox(error) {
  return el('p', { class: 'error' }, `${t('error')}: ${error.message}`);
}
