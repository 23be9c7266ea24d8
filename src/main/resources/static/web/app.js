// The application shell: who is logged in, the language, the navigation offered to the role, and
// the page of the address (#/page/argument?parameters), each page a module loaded when first opened.
import { currentSession, can } from './api.js';
import { lang, setLang, t, translate } from './i18n.js';
import { el, errorBox } from './ui.js';

const PAGES = {
  '': () => import('./pages/gaps.js'),
  state: () => import('./pages/state.js'),
  priorities: () => import('./pages/priorities.js'),
  map: () => import('./pages/map.js'),
  sanctions: () => import('./pages/tables.js').then(m => ({ render: m.sanctions })),
  readmission: () => import('./pages/tables.js').then(m => ({ render: m.readmission })),
  coverage: () => import('./pages/tables.js').then(m => ({ render: m.coverage })),
  search: () => import('./pages/search.js'),
  edit: () => import('./pages/edit.js'),
};

/** The parts of the address: page name, its argument, and the query parameters. */
export function route() {
  const [path, query] = location.hash.replace(/^#\/?/, '').split('?');
  const [page, ...rest] = path.split('/');
  return { page, argument: rest.map(decodeURIComponent).join('/'), params: new URLSearchParams(query || '') };
}

/** Changes the parameters of the current page's address without reloading it. */
export function setParams(params) {
  const { page, argument } = route();
  const path = '#/' + [page, argument].filter(Boolean).map(encodeURIComponent).join('/');
  const query = params.toString();
  history.replaceState(null, '', path + (query ? '?' + query : ''));
}

async function render() {
  const main = document.getElementById('main');
  const { page, argument, params } = route();
  document.querySelectorAll('#nav a').forEach(a => a.classList.toggle('active', (a.dataset.page === 'gaps' ? '' : a.dataset.page) === page));
  const load = PAGES[page] || PAGES[''];
  main.replaceChildren(el('p', { class: 'note' }, t('loading')));
  try {
    const module = await load();
    const content = el('div', { id: 'page', 'data-page': page || 'gaps' });
    main.replaceChildren(content);
    await module.render(content, argument, params);
    content.dataset.ready = 'true';
    performance.mark('page-ready');
  }
  catch (error) {
    main.replaceChildren(errorBox(error));
    main.firstChild.dataset.ready = 'true';
  }
}

async function start() {
  const session = await currentSession();
  document.getElementById('lang').value = lang();
  document.getElementById('lang').addEventListener('change', event => {
    setLang(event.target.value);
    translate();
    showUser(session);
    render();
  });
  const csrf = document.getElementById('logout-csrf');
  csrf.name = '_csrf';
  csrf.value = session.csrfToken;
  document.querySelectorAll('[data-role]').forEach(e => { e.hidden = !can(e.dataset.role); });
  document.getElementById('search').addEventListener('submit', event => {
    event.preventDefault();
    location.hash = '#/search?q=' + encodeURIComponent(document.getElementById('search-text').value);
  });
  translate();
  showUser(session);
  window.addEventListener('hashchange', render);
  await render();
}

function showUser(session) {
  const user = document.getElementById('user');
  user.replaceChildren(el('span', { id: 'user-name' }, session.name), ' (', el('span', { id: 'user-role', 'data-user-role': session.role }, t('role.' + session.role)), ')');
}

start();
