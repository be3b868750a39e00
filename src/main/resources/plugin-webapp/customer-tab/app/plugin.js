/*
 * Tasklist's "Customer" tab (plugin point tasklist.task.detail): for the open task's complaint, the
 * communication log (newest first), the attachments with download links, and the form "Customer
 * called" that records an answer the customer gave on the phone (below them: agents read first), and
 * a link to the complaint's printable audit timeline, in a new tab. The data comes from our endpoint
 * /staff/tasks/{taskId}/..., which reads the Tasklist login of this browser session; the POST
 * carries the webapps' CSRF token (api.CSRFToken) as the X-XSRF-TOKEN header, as Camunda's own API
 * calls do. Every value is put in the page as text (textContent), never as HTML: the log holds what
 * customers wrote.
 */
const ANSWERS = {
  CustomerInformationReceived: 'the information we asked for',
  CustomerChoseSolution: 'the solution they chose',
  CustomerDeclinedOptions: 'that none of the options suits them',
  CustomerFeedbackReceived: 'their feedback (score and comment)',
  ComplaintWithdrawn: 'that they withdraw the complaint',
  ComplaintReopenRequested: 'that they ask us to reopen the complaint'
};

function element(name, attributes = {}, ...children) {
  const node = document.createElement(name);
  Object.entries(attributes).forEach(([key, value]) => node.setAttribute(key, value));
  children.forEach(child => node.append(child === null || child === undefined ? '' : child));
  return node;
}

function when(value) {
  return value ? new Date(value).toLocaleString() : '';
}

function logTable(entries) {
  if (!entries.length) {
    return element('p', { class: 'customer-tab-empty' }, 'Nothing sent or received yet.');
  }
  const head = element('tr', {}, ...['When', '', 'What', 'To / from', 'Subject or answer', 'Language', 'Channel',
    'Recorded by'].map(title => element('th', {}, title)));
  const rows = entries.map(entry => element('tr', { class: 'customer-tab-entry', title: entry.messageId || '' },
    element('td', {}, when(entry.at)),
    element('td', {}, entry.direction === 'SENT' ? 'sent' : 'received'),
    element('td', {}, entry.kind),
    element('td', {}, entry.counterpart),
    element('td', {}, entry.subject),
    element('td', {}, entry.language),
    element('td', {}, entry.channel),
    element('td', {}, entry.recordedBy)));
  return element('table', { class: 'table table-condensed customer-tab-log' },
    element('thead', {}, head), element('tbody', {}, ...rows));
}

function attachmentList(attachments) {
  if (!attachments.length) {
    return element('p', { class: 'customer-tab-empty' }, 'No attachments.');
  }
  return element('ul', { class: 'customer-tab-attachments' }, ...attachments.map(attachment =>
    element('li', {}, element('a', { href: attachment.download, download: attachment.name || 'attachment' },
      attachment.name || 'attachment'), ' ', attachment.type || '', attachment.description
      ? ' · ' + attachment.description : '')));
}

/** The fields of one answer, each with its process variable's name. */
function answerFields(message, view) {
  const text = (name, label) => element('label', {}, label,
    element('textarea', { class: 'form-control', name, rows: '3', maxlength: '4000' }));
  switch (message) {
    case 'CustomerInformationReceived':
      return [text('informationReply', 'What the customer told us')];
    case 'CustomerChoseSolution':
      return [element('label', {}, 'The option chosen', element('select', { class: 'form-control', name: 'chosenOption' },
        ...view.options.map(option => element('option', { value: option.key },
          option.key + ': ' + (option.description || option.type)))))];
    case 'CustomerDeclinedOptions':
      return [text('choiceComment', 'Why none suits them (required)')];
    case 'CustomerFeedbackReceived':
      return [element('label', {}, 'Score (1 to 5)', element('select', { class: 'form-control', name: 'feedbackScore',
        'data-number': 'true' }, element('option', { value: '' }, '(no score)'), ...[5, 4, 3, 2, 1].map(score => element('option', { value: String(score) },
        String(score))))), text('feedbackComment', 'Comment')];
    case 'ComplaintWithdrawn':
      return [text('withdrawalReason', 'Reason')];
    case 'ComplaintReopenRequested':
      return [text('reopenReason', 'Why they want it looked at again')];
    default:
      return [];
  }
}

function callForm(view, submit) {
  if (!view.waitingFor.length) {
    return element('p', { class: 'customer-tab-empty' }, 'The complaint waits for no answer from the customer.');
  }
  const choice = element('select', { class: 'form-control', name: 'message' },
    ...view.waitingFor.map(message => element('option', { value: message }, ANSWERS[message] || message)));
  const fields = element('div', { class: 'customer-tab-fields' });
  const showFields = () => fields.replaceChildren(...answerFields(choice.value, view));
  choice.addEventListener('change', showFields);
  showFields();
  const form = element('form', { class: 'customer-tab-call' },
    element('label', {}, 'The customer told us', choice), fields,
    element('button', { type: 'submit', class: 'btn btn-primary' }, 'Record the answer'));
  form.addEventListener('submit', event => {
    event.preventDefault();
    const answer = {};
    fields.querySelectorAll('[name]').forEach(field => {
      if (field.value !== '') {
        answer[field.name] = field.dataset.number ? Number(field.value) : field.value;
      }
    });
    submit({ message: choice.value, answer });
  });
  return form;
}

function show(node, view, api, taskId, notice) {
  const submit = body => fetch(`/staff/tasks/${encodeURIComponent(taskId)}/customer-call`, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'X-XSRF-TOKEN': api.CSRFToken },
    body: JSON.stringify(body)
  }).then(answer => answer.json().then(json => answer.ok
    ? show(node, json, api, taskId, { ok: true, text: 'The answer was recorded.' })
    : show(node, view, api, taskId, { ok: false, text: json.detail || answer.statusText })));
  node.replaceChildren(element('div', { class: 'customer-tab' },
    element('h4', {}, 'Complaint ' + view.reference, ' ',
      element('a', { href: `/staff/complaints/${encodeURIComponent(view.reference)}/timeline.html`, target: '_blank',
        rel: 'noopener', class: 'customer-tab-timeline' }, 'Audit timeline')),
    notice ? element('div', { class: 'alert ' + (notice.ok ? 'alert-success' : 'alert-danger'),
      role: 'alert' }, notice.text) : '',
    element('h5', {}, 'Communication log'), logTable(view.log),
    element('h5', {}, 'Attachments'), attachmentList(view.attachments),
    element('h5', {}, 'Customer called'), callForm(view, submit)));
}

export default {
  id: 'customer-tab',
  pluginPoint: 'tasklist.task.detail',
  label: 'Customer',
  priority: 50,
  render(node, { api, taskId }) {
    node.replaceChildren(element('p', {}, 'Loading…'));
    fetch(`/staff/tasks/${encodeURIComponent(taskId)}/customer`, {
      credentials: 'same-origin', headers: { Accept: 'application/json' }
    }).then(answer => answer.json().then(json => answer.ok
      ? show(node, json, api, taskId)
      : node.replaceChildren(element('div', { class: 'alert alert-danger' }, json.detail || answer.statusText))))
      .catch(failure => node.replaceChildren(element('div', { class: 'alert alert-danger' },
        'The Customer tab could not load: ' + failure)));
  }
};
