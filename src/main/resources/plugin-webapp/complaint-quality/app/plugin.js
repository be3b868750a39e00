/*
 * Cockpit's dashboard plugin "Complaints today" (plugin point cockpit.dashboard): today's key
 * figures of the complaint desk and the open complaints with a breached deadline, each linking to
 * its printable audit timeline, and a link to the quality dashboard (/staff/quality). The data
 * comes from our endpoint GET /api/quality/today, which reads the Cockpit login of this browser
 * session (managers, analysts, administrators); anyone else sees the endpoint's refusal sentence.
 * A GET outside /camunda/api needs no CSRF token; the token Cockpit hands to render is sent anyway
 * as the webapps' own calls send it. Every value goes into the page as text, never as HTML.
 */
function element(name, attributes = {}, ...children) {
  const node = document.createElement(name);
  Object.entries(attributes).forEach(([key, value]) => node.setAttribute(key, value));
  children.forEach(child => node.append(child === null || child === undefined ? '' : child));
  return node;
}

const FIGURES = [
  ['receivedToday', 'Received today'], ['closedToday', 'Closed today'], ['open', 'Open'],
  ['openBreached', 'Open with a breached deadline'], ['openWarned', 'Open and warned'],
  ['brokenPromisesOpen', 'Open with a broken promise'], ['escalationsOpen', 'Open and escalated']];
const DEADLINES = { firstResponse: 'first response', resolution: 'resolution', finalResponse: 'final response' };

function show(node, today) {
  const figures = element('div', { class: 'complaint-quality-figures' }, ...FIGURES.map(([key, title]) =>
    element('div', { class: 'complaint-quality-figure', 'data-figure': key },
      element('div', { class: 'complaint-quality-value' }, String(today[key])),
      element('div', { class: 'complaint-quality-title' }, title))));
  const breaches = today.breaches.length
    ? element('table', { class: 'table table-condensed complaint-quality-breaches' },
      element('thead', {}, element('tr', {}, ...['Complaint', 'Received', 'Type', 'Severity', 'Agent', 'Breached']
        .map(title => element('th', {}, title)))),
      element('tbody', {}, ...today.breaches.map(complaint => element('tr', {},
        element('td', {}, element('a', { href: complaint.timeline, target: '_blank', rel: 'noopener' },
          complaint.reference)),
        element('td', {}, (complaint.receivedAt || '').substring(0, 16).replace('T', ' ')),
        element('td', {}, complaint.type), element('td', {}, complaint.severity), element('td', {}, complaint.agent),
        element('td', {}, complaint.breached.map(deadline => DEADLINES[deadline] || deadline).join(', '))))))
    : element('p', { class: 'complaint-quality-none' }, 'No open complaint has a breached deadline.');
  node.replaceChildren(element('div', { class: 'complaint-quality' },
    element('h4', {}, 'Complaints today, ' + today.day, ' ',
      element('a', { href: '/staff/quality', target: '_blank', rel: 'noopener', class: 'complaint-quality-dashboard' },
        'Quality dashboard')),
    figures, element('h5', {}, 'Open complaints with a breached deadline'), breaches));
}

export default {
  id: 'complaint-quality',
  pluginPoint: 'cockpit.dashboard',
  priority: 10,
  render(node, { api }) {
    node.replaceChildren(element('p', {}, 'Loading…'));
    fetch('/api/quality/today', {
      credentials: 'same-origin', headers: { Accept: 'application/json', 'X-XSRF-TOKEN': (api && api.CSRFToken) || '' }
    }).then(answer => answer.json().then(json => answer.ok
      ? show(node, json)
      : node.replaceChildren(element('div', { class: 'alert alert-danger complaint-quality-refused' },
        json.detail || answer.statusText))))
      .catch(failure => node.replaceChildren(element('div', { class: 'alert alert-danger complaint-quality-refused' },
        'The complaint figures could not load: ' + failure)));
  }
};
