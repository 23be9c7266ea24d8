// One search over states, ports, treaties, agencies, sources and officers, through the API's
// search(text) and its full-text index; states are named in the user's language.
import { gql, STATE } from '../api.js';
import { stateName, t } from '../i18n.js';
import { el, errorBox, provenance } from '../ui.js';

// Where a hit of each kind opens.
const LINK = {
  STATE: key => '#/state/' + key,
  PORT: () => '#/map',
  TREATY: key => '#/edit/' + encodeURIComponent(key),
};

export async function render(root, argument, params) {
  const text = params.get('q') || '';
  document.getElementById('search-text').value = text;
  root.append(el('h1', {}, `${t('search.title')}: ${text}`));
  if (!text.trim()) return;
  let result;
  try {
    ({ search: result } = await gql(`query($text: String!) { search(text: $text, first: 50) {
      totalCount nodes { kind key label grade illustrative } } }`, { text }));
  }
  catch (error) {
    root.append(errorBox(error));
    return;
  }
  const stateKeys = result.nodes.filter(h => h.kind === 'STATE').map(h => h.key);
  const names = new Map();
  if (stateKeys.length) {
    const { states } = await gql(`query($iso2: [String!]) { states(filter: { iso2: $iso2 }, first: 100) { nodes { ${STATE} } } }`, { iso2: stateKeys });
    states.nodes.forEach(s => names.set(s.iso2, stateName(s)));
  }
  const list = el('ul', { id: 'search-results' }, result.nodes.map(hit => {
    const label = hit.kind === 'STATE' ? names.get(hit.key) || hit.label : hit.label;
    const link = LINK[hit.kind];
    return el('li', { 'data-kind': hit.kind, 'data-key': hit.key },
      `${hit.kind}: `, link ? el('a', { href: link(hit.key) }, label) : label, ` (${hit.key})`, provenance(hit));
  }));
  root.append(result.nodes.length ? list : el('p', { id: 'search-none' }, t('search.none')));
}
