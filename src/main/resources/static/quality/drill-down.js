/*
 * The complaints behind one figure (/staff/quality/complaints?figure=...&<the dashboard's filters>):
 * reads GET /api/quality/complaints with the page's parameters, newest first, each complaint
 * linking to its printable audit timeline; 500 a page, with the CSV of the same list.
 */
import {
  FILTERS, element, fetchJson, figureLabel, pageParameters, showProblem, table, withParameters
} from './quality.js';

const PAGE = 500;
const list = pageParameters([...FILTERS, 'figure', 'key', 'by']);
const offset = Math.max(0, Number.parseInt(pageParameters(['offset']).get('offset') || '0', 10) || 0);
const filters = pageParameters(FILTERS);

function received(at) {
  // The API gives the desk's local time with its offset: read as the desk reads it.
  return at ? at.substring(0, 16).replace('T', ' ') : '';
}

function pageLink(text, from) {
  return element('a', { href: '/staff/quality/complaints?' + withParameters(list, { offset: from || null }) }, text);
}

function show(json) {
  const figure = list.get('figure') || '';
  const key = list.get('key');
  document.getElementById('title').textContent = 'Complaints: ' + figureLabel(figure)
    + (key !== null ? ` (${list.get('by') || 'type'} ${key})` : '');
  document.title = 'Quality of service · ' + figureLabel(figure);
  const shown = json.complaints.length;
  document.getElementById('summary').replaceChildren(element('span', { class: 'total' }, String(json.total)),
    json.total === 1 ? ' complaint' : ' complaints',
    shown < json.total ? `, ${offset + 1} to ${offset + shown} shown` : '',
    filters.has('from') || filters.has('to') ? '' : ' · received in the last 30 days',
    filters.toString() ? ' · ' + [...filters].map(([name, value]) => `${name} ${value}`).join(', ') : '');
  document.getElementById('complaints').replaceChildren(table('complaints',
    ['Reference', 'Received', 'Type', 'Channel', 'Severity', 'Agent', 'Team', 'Status'],
    json.complaints.map(complaint => [
      element('a', { href: complaint.timeline, class: 'reference' }, complaint.reference),
      received(complaint.receivedAt), complaint.type, complaint.channel, complaint.severity, complaint.agent,
      complaint.team, complaint.status]),
    'No complaint behind this figure.'));
  const pages = [];
  if (offset > 0) {
    pages.push(pageLink('Newer', Math.max(0, offset - PAGE)));
  }
  if (offset + shown < json.total) {
    pages.push(pageLink('Older', offset + PAGE));
  }
  document.getElementById('pages').replaceChildren(...pages);
  document.body.dataset.loaded = 'true';
}

document.getElementById('back').href = '/staff/quality?' + withParameters(filters, { by: list.get('by') });
document.getElementById('csv').href = '/api/quality/complaints.csv?' + list;

fetchJson('/api/quality/complaints?' + withParameters(list, { limit: PAGE, offset }))
  .then(show)
  .catch(failure => {
    document.getElementById('summary').textContent = '';
    showProblem(failure);
    document.body.dataset.loaded = 'failed';
  });
