/*
 * Cockpit's "Audit timeline" tab (plugin point cockpit.processInstance.runtime.tab): for the
 * complaint of the process instance, every step with who did it and when, the mails sent and
 * answers received, the decisions with their inputs, the promises, the escalations, the form values
 * each completion changed and the quality review's scores per checklist step, and a link
 * to the printable page. The data comes from our endpoint /staff/process-instances/{id}/timeline,
 * which reads the Cockpit login of this browser session (managers, analysts, administrators).
 * Every value goes into the page as text (textContent), never as HTML: the log holds what
 * customers wrote.
 */
function element(name, attributes = {}, ...children) {
  const node = document.createElement(name);
  Object.entries(attributes).forEach(([key, value]) => node.setAttribute(key, value));
  children.forEach(child => node.append(child === null || child === undefined ? '' : child));
  return node;
}

function when(value) {
  return value ? new Date(value).toLocaleString() : '';
}

function table(className, titles, rows, empty) {
  if (!rows.length) {
    return element('p', { class: 'complaint-timeline-empty' }, empty);
  }
  return element('table', { class: 'table table-condensed ' + className },
    element('thead', {}, element('tr', {}, ...titles.map(title => element('th', {}, title)))),
    element('tbody', {}, ...rows.map(cells => element('tr', {}, ...cells.map(cell => element('td', {}, cell))))));
}

function values(list) {
  return list.map(value => value.name + ': ' + value.value).join('; ');
}

/** The entry "Form values changed" under a step: who, and each value's before and after. */
function changes(changed) {
  return element('div', { class: 'complaint-timeline-changes' },
    element('strong', {}, 'Form values changed'), ' by ' + changed.by + ', ' + when(changed.at),
    element('ul', {}, ...changed.values.map(value => element('li', {},
      value.name + ': ' + (value.from ?? '(none)') + ' → ' + (value.to ?? '(none)')))));
}

function review(done) {
  if (!done) {
    return element('p', { class: 'complaint-timeline-empty' }, 'Not reviewed.');
  }
  return element('div', { class: 'complaint-timeline-review' },
    element('p', {}, 'Reviewed ' + when(done.at) + (done.by ? ' by ' + done.by : '') + ' · overall '
      + (done.overall ?? '–') + ' of 5'),
    table('complaint-timeline-scores', ['Checklist step', 'Score (1 to 5)'],
      done.steps.map(score => [score.label, String(score.score ?? '–')]), ''),
    done.notes ? element('p', {}, 'What we learn: ' + done.notes) : '');
}

function show(node, timeline) {
  const printable = `/staff/complaints/${encodeURIComponent(timeline.reference)}/timeline.html`;
  node.replaceChildren(element('div', { class: 'complaint-timeline' },
    element('h4', {}, 'Complaint ' + timeline.reference, ' ',
      element('a', { href: printable, target: '_blank', rel: 'noopener', class: 'complaint-timeline-print' },
        'Printable timeline')),
    element('h5', {}, 'Steps'),
    table('complaint-timeline-steps', ['Started', 'Ended', 'Step', 'Assignee', 'Completed by', ''],
      timeline.steps.map(step => [when(step.startedAt), step.endedAt ? when(step.endedAt) : 'open',
        step.formValuesChanged ? element('div', {}, step.name, changes(step.formValuesChanged)) : step.name,
        step.assignee, step.completedBy, step.canceled ? 'interrupted' : step.escalation ? 'escalation' : '']),
      'No step yet.'),
    element('h5', {}, 'Communication log'),
    table('complaint-timeline-log', ['When', '', 'What', 'To / from', 'Subject or answer', 'Channel'],
      timeline.communication.map(entry => [when(entry.at), entry.direction === 'SENT' ? 'sent' : 'received',
        entry.kind, entry.counterpart, entry.subject, entry.channel]),
      'Nothing sent or received yet.'),
    element('h5', {}, 'Decisions'),
    table('complaint-timeline-decisions', ['When', 'Decision', 'Inputs', 'Outputs'],
      timeline.decisions.map(decision => [when(decision.evaluatedAt), decision.name || decision.key,
        values(decision.inputs), values(decision.outputs)]),
      'No decision was evaluated.'),
    element('h5', {}, 'Promises'),
    table('complaint-timeline-promises', ['Promise', 'Due', 'Kept'],
      timeline.promises.map(promise => [promise.description, promise.due,
        promise.kept === null ? 'open' : promise.kept ? 'kept' : 'broken']),
      'No promise was made.'),
    element('h5', {}, 'Quality review'), review(timeline.review),
    element('h5', {}, 'Escalations'),
    table('complaint-timeline-escalations', ['When', 'Step'],
      timeline.escalations.map(step => [when(step.startedAt), step.name]), 'None.')));
}

export default {
  id: 'complaint-timeline',
  pluginPoint: 'cockpit.processInstance.runtime.tab',
  label: 'Audit timeline',
  priority: 5,
  render(node, { processInstanceId }) {
    node.replaceChildren(element('p', {}, 'Loading…'));
    fetch(`/staff/process-instances/${encodeURIComponent(processInstanceId)}/timeline`, {
      credentials: 'same-origin', headers: { Accept: 'application/json' }
    }).then(answer => answer.json().then(json => answer.ok
      ? show(node, json)
      : node.replaceChildren(element('div', { class: 'alert alert-danger' }, json.detail || answer.statusText))))
      .catch(failure => node.replaceChildren(element('div', { class: 'alert alert-danger' },
        'The audit timeline could not load: ' + failure)));
  }
};
