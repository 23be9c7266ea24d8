// The editor's form for a treaty with its parties and clauses. The server checks everything (the
// model's rules, one home for each); every problem it reports is shown beside its field, and a
// version conflict is explained in words.
import { can, gql, GraphQlError } from '../api.js';
import { t } from '../i18n.js';
import { el, errorBox } from '../ui.js';

const KINDS = ['BILATERAL', 'MULTILATERAL', 'EU_AGREEMENT', 'MEMORANDUM'];
const STATUSES = ['NEGOTIATING', 'SIGNED', 'IN_FORCE', 'SUSPENDED', 'TERMINATED'];

const TREATY = `query($id: ID!) { treaty(id: $id) { id version title kind status signedOn inForceFrom terminatedOn
  parties { code since } clauses { id version type article binding summary } sources { source { id } } } clauseTypes { type } }`;

export async function render(root, id) {
  root.append(el('h1', {}, t('nav.editor')));
  if (!can('EDITOR')) {
    root.append(el('p', { class: 'note' }, t('edit.forbidden')));
    return;
  }
  const { clauseTypes } = await gql('{ clauseTypes { type } }');
  const types = clauseTypes.map(c => c.type);
  let treaty = null;
  if (id) {
    treaty = (await gql(TREATY, { id })).treaty;
  }
  const form = el('form', { id: 'treaty-form', class: 'form-grid', novalidate: true });
  const message = el('div', { id: 'form-message' });
  const idInput = el('input', { id: 'load-id', value: id || '' });
  root.append(el('p', {},
    el('label', {}, t('treaty'), ' ', idInput),
    el('button', { type: 'button', id: 'load', onclick: () => { location.hash = '#/edit/' + encodeURIComponent(idInput.value.trim()); } }, t('edit.load')),
    ' ', el('a', { href: '#/edit', id: 'new-treaty' }, t('edit.new'))), message, form);
  fill(form, treaty, types);
  form.addEventListener('submit', async event => {
    event.preventDefault();
    await save(form, message, treaty, types);
  });
}

const field = (name, label, input) => el('label', { 'data-field': 'input.' + name }, label, ' ', input);

function fill(form, treaty, types) {
  const v = treaty || { id: '', title: '', kind: 'BILATERAL', status: 'SIGNED', parties: [{ code: '', since: null }, { code: '', since: null }], clauses: [] };
  const select = (name, values, value) => el('select', { name }, values.map(x => el('option', { value: x, selected: x === value }, x)));
  const parties = el('div', { id: 'parties' });
  const clauses = el('div', { id: 'clauses-edit' });
  const partyRow = p => el('div', { class: 'row-edit party', 'data-field': `input.parties[${parties.children.length}]` },
    el('input', { name: 'party', value: p.code || '', size: 10, 'aria-label': 'party' }), ' ', t('since'), ' ',
    el('input', { name: 'since', type: 'date', value: p.since || '' }),
    el('button', { type: 'button', onclick: e => e.target.parentNode.remove() }, t('edit.remove')));
  const clauseRow = c => el('div', { class: 'row-edit clause', 'data-clause-id': c.id || '', 'data-version': c.version ?? '' },
    el('input', { name: 'clause-id', value: c.id || '', size: 22, placeholder: 'id' }), ' ',
    select('clause-type', types, c.type), ' ',
    el('input', { name: 'article', value: c.article || '', size: 10, placeholder: t('article') }), ' ',
    el('label', {}, el('input', { name: 'binding', type: 'checkbox', checked: c.binding !== false }), ' ', t('edit.binding')),
    el('input', { name: 'summary', value: c.summary || '', size: 30 }),
    el('span', { class: 'problems' }));
  (v.parties || []).forEach(p => parties.append(partyRow(p)));
  (v.clauses || []).forEach(c => clauses.append(clauseRow(c)));
  form.replaceChildren(
    field('id', t('edit.id'), el('input', { name: 'id', value: v.id, readonly: treaty ? true : null })),
    treaty ? el('p', {}, t('edit.version'), ': ', el('input', { name: 'version', id: 'version', type: 'number', value: treaty.version, size: 4 })) : '',
    field('title', t('edit.title'), el('input', { name: 'title', value: v.title, size: 60 })),
    field('kind', t('kind'), select('kind', KINDS, v.kind)),
    field('status', t('status'), select('status', STATUSES, v.status)),
    field('signedOn', t('edit.signedOn'), el('input', { name: 'signedOn', type: 'date', value: v.signedOn || '' })),
    field('inForceFrom', t('inForceFrom'), el('input', { name: 'inForceFrom', type: 'date', value: v.inForceFrom || '' })),
    field('terminatedOn', t('edit.terminatedOn'), el('input', { name: 'terminatedOn', type: 'date', value: v.terminatedOn || '' })),
    el('fieldset', { 'data-field': 'input.parties' }, el('legend', {}, t('edit.parties')), parties,
      el('button', { type: 'button', id: 'add-party', onclick: () => parties.append(partyRow({})) }, t('edit.addParty'))),
    el('fieldset', {}, el('legend', {}, t('clauses')), clauses,
      el('button', { type: 'button', id: 'add-clause', onclick: () => clauses.append(clauseRow({ binding: true })) }, t('edit.addClause'))),
    field('source', t('edit.source'), el('input', { name: 'source', value: treaty && treaty.sources[0] ? treaty.sources[0].source.id : '' })),
    el('button', { type: 'submit', id: 'save' }, t('edit.save')));
}

function value(form, name) {
  const input = form.elements[name];
  return input && input.value.trim() ? input.value.trim() : null;
}

async function save(form, message, treaty, types) {
  form.querySelectorAll('.field-problem').forEach(p => p.remove());
  message.replaceChildren();
  const source = { id: value(form, 'source') };
  const input = {
    id: value(form, 'id') || '', title: form.elements.title.value.trim(), kind: value(form, 'kind'), status: value(form, 'status'),
    signedOn: value(form, 'signedOn'), inForceFrom: value(form, 'inForceFrom'), terminatedOn: value(form, 'terminatedOn'),
    parties: [...form.querySelectorAll('.party')].map(row => ({
      party: row.querySelector('[name=party]').value.trim(), since: row.querySelector('[name=since]').value || null,
    })).filter(p => p.party),
    source,
  };
  const readVersion = treaty ? Number(form.elements.version.value) : null;
  try {
    let written;
    if (treaty) {
      written = (await gql(`mutation($input: UpdateTreatyInput!) { updateTreaty(input: $input) { treaty { id version } } }`,
        { input: { ...input, version: readVersion } })).updateTreaty.treaty;
    }
    else {
      written = (await gql(`mutation($input: AddTreatyInput!) { addTreaty(input: $input) { treaty { id version } } }`, { input })).addTreaty.treaty;
    }
    for (const row of form.querySelectorAll('.clause')) {
      await saveClause(row, written.id, source);
    }
    message.replaceChildren(el('p', { class: 'note', id: 'saved' }, t('edit.saved', { v: written.version })));
    if (!treaty) location.hash = '#/edit/' + encodeURIComponent(written.id);
    else form.elements.version.value = written.version;
  }
  catch (error) {
    if (!(error instanceof GraphQlError)) {
      message.replaceChildren(errorBox(error));
      return;
    }
    showProblems(form, message, error.errors, readVersion);
  }
}

async function saveClause(row, treatyId, source) {
  const read = name => row.querySelector(`[name=${name}]`);
  const clause = {
    id: read('clause-id').value.trim(), type: read('clause-type').value, article: read('article').value.trim() || null,
    binding: read('binding').checked, summary: read('summary').value.trim() || null, source,
  };
  try {
    if (row.dataset.clauseId) {
      const { updateClause } = await gql(`mutation($input: UpdateClauseInput!) { updateClause(input: $input) { clause { version } } }`,
        { input: { ...clause, version: Number(row.dataset.version) } });
      row.dataset.version = updateClause.clause.version;
    }
    else {
      const { addClause } = await gql(`mutation($input: AddClauseInput!) { addClause(input: $input) { clause { id version } } }`,
        { input: { ...clause, treaty: treatyId } });
      row.dataset.clauseId = addClause.clause.id;
      row.dataset.version = addClause.clause.version;
    }
  }
  catch (error) {
    if (error instanceof GraphQlError) {
      row.querySelector('.problems').replaceChildren(...error.errors.map(e => el('span', { class: 'field-problem' }, e.message)));
    }
    throw error;
  }
}

/** Each problem beside the field it names (input.parties[1].party beside that party), a conflict in words. */
function showProblems(form, message, errors, readVersion) {
  const unplaced = [];
  for (const error of errors) {
    const ext = error.extensions || {};
    if (ext.classification === 'CONFLICT') {
      message.append(el('p', { class: 'error', id: 'conflict' }, t('edit.conflict', { v: readVersion }), el('br'), el('small', {}, error.message)));
      continue;
    }
    const name = ext.field || '';
    const target = placeFor(form, name);
    if (target) target.append(el('span', { class: 'field-problem', 'data-problem': name }, error.message));
    else unplaced.push(error.message);
  }
  if (errors.some(e => (e.extensions || {}).classification !== 'CONFLICT')) {
    message.prepend(el('p', { class: 'error', id: 'problems' }, t('edit.problems'), unplaced.map(m => el('span', { class: 'field-problem' }, m))));
  }
}

function placeFor(form, name) {
  // input.parties[1].party -> the second party row; input.source.id -> the source field.
  const party = /^input\.parties\[(\d+)\]/.exec(name);
  if (party) return form.querySelectorAll('.party')[Number(party[1])] || form.querySelector('[data-field="input.parties"]');
  const top = name.split(/[.[]/).slice(0, 2).join('.');
  return form.querySelector(`[data-field="${name}"]`) || form.querySelector(`[data-field="${top}"]`);
}
