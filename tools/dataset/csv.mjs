// Minimal RFC 4180 CSV reader/writer for convert.mjs.
import { readFileSync, writeFileSync } from 'node:fs';

export function parseCsv(text) {
  const rows = [];
  let row = [], field = '', i = 0, quoted = false;
  if (text.charCodeAt(0) === 0xfeff) i = 1;
  for (; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') { field += '"'; i++; } else quoted = false;
      } else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; }
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field); rows.push(row); row = []; field = '';
    } else field += c;
  }
  if (field !== '' || row.length) { row.push(field); rows.push(row); }
  return rows;
}

export function readCsv(path) {
  const [header, ...rows] = parseCsv(readFileSync(path, 'utf8'));
  return { header, rows: rows.map((r) => Object.fromEntries(header.map((h, k) => [h, r[k] ?? '']))), raw: rows };
}

const cell = (v) => {
  const s = v === undefined || v === null ? '' : String(v);
  return /[",\r\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
};

export function writeCsv(path, header, rows) {
  const lines = [header.join(',')].concat(rows.map((r) => header.map((h) => cell(r[h])).join(',')));
  writeFileSync(path, lines.join('\n') + '\n', 'utf8');
}
