/*
 * What the quality dashboard (dashboard.js) and its drill-down list (drill-down.js) share: the
 * filters of the quality API, how a figure reads, links to the complaints behind a figure, and
 * calls to the API in the browser session of the Camunda webapps. Every value goes into the page as
 * text, never as HTML: keys such as a root cause or an agent's name are data.
 */

/** The filters of every quality endpoint (contract: from, to, type, channel, severity, team, agent). */
export const FILTERS = ['from', 'to', 'type', 'channel', 'severity', 'team', 'agent'];

export function element(name, attributes = {}, ...children) {
  const node = document.createElement(name);
  Object.entries(attributes).forEach(([key, value]) => {
    if (value !== null && value !== undefined) {
      node.setAttribute(key, value);
    }
  });
  children.forEach(child => node.append(child === null || child === undefined ? '' : child));
  return node;
}

/**
 * The named parameters of the page's own address that have a value: an empty field of the filter
 * form means "any", whereas the API reads an empty value as a value that matches nothing.
 */
export function pageParameters(names) {
  const page = new URLSearchParams(window.location.search);
  const chosen = new URLSearchParams();
  names.forEach(name => {
    const value = page.get(name);
    if (value !== null && value.trim() !== '') {
      chosen.set(name, value.trim());
    }
  });
  return chosen;
}

/** The parameters joined with more (name to value; null values left out). */
export function withParameters(parameters, more = {}) {
  const joined = new URLSearchParams(parameters);
  Object.entries(more).forEach(([name, value]) => {
    if (value !== null && value !== undefined) {
      joined.set(name, value);
    }
  });
  return joined;
}

const DASH = '–';

/** How each kind of figure reads; the browser tests read the page by the same rules. */
export const FORMATS = {
  count: value => value === null || value === undefined ? DASH : String(value),
  hours: value => value === null || value === undefined ? DASH : value + ' h',
  share: value => value === null || value === undefined ? DASH : Number((value * 100).toFixed(2)) + ' %',
  average: value => value === null || value === undefined ? DASH : String(value),
  amount: (value, currency) => value === null || value === undefined ? DASH
    : new Intl.NumberFormat('en-GB', { style: 'currency', currency }).format(value)
};

const LABELS = {
  received: 'Received', open: 'Open', closed: 'Closed', withdrawn: 'Withdrawn', reopened: 'Reopened',
  firstResponseBreached: 'First response deadline breached', resolutionBreached: 'Resolution deadline breached',
  finalResponseBreached: 'Final response deadline breached', warned: 'Warned before a deadline',
  escalated: 'Escalated to the head of service', promisesBroken: 'With a broken promise',
  feedbackLow: 'Low satisfaction (score 1 or 2)', referralRightsGiven: 'Told their referral rights',
  reviewed: 'Reviewed for quality', upheld: 'upheld', partlyUpheld: 'partly upheld', notUpheld: 'not upheld',
  within3BusinessDays: 'within 3 business days', within8Weeks: 'within 8 weeks', later: 'later'
};

/** A figure name of the contract in words: "closure:within8Weeks" reads "Closed within 8 weeks". */
export function figureLabel(figure) {
  const [name, value] = figure.split(/:(.*)/s);
  switch (name) {
    case 'feedbackScore': return 'Satisfaction score ' + value;
    case 'outcome': return 'Outcome ' + (LABELS[value] || value);
    case 'rootCause': return 'Root cause ' + value;
    case 'closure': return 'Closed ' + (LABELS[value] || value);
    case 'compensation': return 'Compensation ' + value;
    case 'agent': return 'Handled by ' + value;
    default: return LABELS[name] || figure;
  }
}

/** The drill-down page that lists the complaints behind a figure, with the same filters. */
export function drillDown(filters, figure, more = {}) {
  return '/staff/quality/complaints?' + withParameters(filters, { figure, ...more });
}

/** The JSON of a quality endpoint, or an Error with the problem document's sentence. */
export async function fetchJson(path) {
  const answer = await fetch(path, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
  const text = await answer.text();
  let json = null;
  try {
    json = JSON.parse(text);
  } catch (notJson) {
    // A proxy's page or an empty answer: the status says what happened.
  }
  if (!answer.ok) {
    throw new Error((json && json.detail) || `The quality figures could not load (${answer.status}).`);
  }
  return json;
}

export function showProblem(failure) {
  const problem = document.getElementById('problem');
  problem.textContent = failure.message || String(failure);
  problem.hidden = false;
}

/** A table of rows of cells (text or nodes); numeric columns aligned right. */
export function table(className, titles, rows, empty, numeric = () => false) {
  if (!rows.length) {
    return element('p', { class: 'empty' }, empty);
  }
  const cell = (tag, content, index) => element(tag, numeric(index) ? { class: 'number' } : {}, content);
  return element('table', { class: className },
    element('thead', {}, element('tr', {}, ...titles.map((title, index) => cell('th', title, index)))),
    element('tbody', {}, ...rows.map(cells => element('tr', {}, ...cells.map((content, index) =>
      cell('td', content, index))))));
}
