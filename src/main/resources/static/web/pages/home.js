// What the home page shows above the treaty gaps: the alerts of the coming days (everyone), and the
// annual report to download in Dutch or French (analysts and above, as the server allows).
import { can, gql } from '../api.js';
import { t } from '../i18n.js';
import { el, errorBox, number, provenance } from '../ui.js';

const HORIZON_DAYS = 30;

const ALERTS = `query($horizonDays: Int!) { alerts(horizonDays: $horizonDays) {
  kind on entityType entityKey subject amount illustrative } }`;

/** Today's alerts (the server's today) for the next days, one line each; never delays the page on an error. */
export async function alertsPanel() {
  const panel = el('section', { id: 'alerts', class: 'panel' }, el('h2', {}, t('alerts.title', { days: HORIZON_DAYS })));
  try {
    const { alerts } = await gql(ALERTS, { horizonDays: HORIZON_DAYS });
    panel.dataset.count = alerts.length;
    panel.append(alerts.length
      ? el('ul', { id: 'alerts-list' }, alerts.map(a => el('li', { 'data-kind': a.kind, 'data-key': a.entityKey },
        el('time', { datetime: a.on }, a.on), ' ', el('strong', {}, t('alert.' + a.kind)), ' — ', a.subject || a.entityKey,
        a.amount !== null ? ` (${number(a.amount, 1)}${a.kind === 'SEIZURE_FROM_UNCOVERED_PORT' ? ' kg' : ''})` : '',
        ' ', provenance(a))))
      : el('p', { class: 'note', id: 'alerts-none' }, t('alerts.none')));
  }
  catch (error) {
    panel.append(errorBox(error));
  }
  return panel;
}

/** Links to the annual report of a year as PDF and HTML, for analysts and above; null for others. */
export function reportPanel() {
  if (!can('ANALYST')) return null;
  const lastYear = new Date().getFullYear() - 1;
  const year = el('select', { id: 'report-year' },
    Array.from({ length: 10 }, (_, i) => el('option', { value: lastYear - i }, lastYear - i)));
  const language = el('select', { id: 'report-lang' },
    el('option', { value: 'nl' }, 'Nederlands'), el('option', { value: 'fr' }, 'Français'));
  const pdf = el('a', { id: 'report-pdf', class: 'button' }, t('report.pdf'));
  const html = el('a', { id: 'report-html', class: 'button', target: '_blank' }, t('report.html'));
  const links = () => {
    pdf.href = `/reports/${year.value}.pdf?lang=${language.value}`;
    pdf.download = `report-${year.value}-${language.value}.pdf`;
    html.href = `/reports/${year.value}.html?lang=${language.value}`;
  };
  year.addEventListener('change', links);
  language.addEventListener('change', links);
  links();
  return el('section', { id: 'report', class: 'panel' }, el('h2', {}, t('report.title')),
    el('label', {}, t('year'), ' ', year), ' ', el('label', {}, t('report.language'), ' ', language), ' ', pdf, ' ', html);
}
