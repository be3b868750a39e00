/*
 * The quality dashboard (/staff/quality): reads GET /api/quality/figures with the page's filters and
 * shows the key figures as tiles, five charts (Chart.js from its webjar) and the tables, each with
 * its CSV twin from the API. Every number that has a figure name links to the complaints behind it.
 * Each shown number carries the JSON Pointer of its value in the API's answer (data-pointer) and how
 * it reads (data-format), so that one test can check every figure on the page against the API.
 */
import {
  FILTERS, FORMATS, drillDown, element, fetchJson, figureLabel, pageParameters, showProblem, table, withParameters
} from './quality.js';

const filters = pageParameters(FILTERS);
const by = pageParameters(['by']).get('by') || 'type';
const currency = document.body.dataset.currency;
const charts = [];

const STEP_LABELS = {
  reviewActedQuickly: 'Act as soon as possible', reviewListened: 'Listen carefully',
  reviewGathered: 'Gather the information', reviewRecorded: 'Record the complaint',
  reviewEmpathy: 'Show empathy', reviewThanked: 'Thank the customer', reviewApologised: 'Apologise',
  reviewOffered: 'Offer a solution', reviewDiscussed: 'Discuss the solutions',
  reviewKeptPromises: 'Keep our promises', reviewAskedFeedback: 'Ask for feedback and thank again'
};
const OUTCOMES = ['upheld', 'partlyUpheld', 'notUpheld'];
const CLOSURES = ['within3BusinessDays', 'within8Weeks', 'later'];
const SCORES = ['1', '2', '3', '4', '5'];

function at(root, pointer) {
  return pointer.split('/').slice(1).reduce((node, key) => node?.[key], root);
}

/**
 * One number of the answer: a link to the complaints behind it when the contract names its figure
 * (more: the breakdown row's key and dimension), else plain text.
 */
function figure(root, pointer, format, name = null, more = {}) {
  const attributes = { class: 'figure', 'data-pointer': pointer, 'data-format': format };
  const text = FORMATS[format](at(root, pointer), currency);
  if (!name) {
    return element('span', attributes, text);
  }
  return element('a', { ...attributes, 'data-figure': name, href: drillDown(filters, name, more),
    title: figureLabel(name) }, text);
}

function tile(title, main, ...details) {
  return element('div', { class: 'tile' }, element('h3', {}, title), element('div', { class: 'value' }, main),
    ...details.map(detail => element('div', { class: 'detail' }, ...detail)));
}

function link(text, name) {
  return element('a', { href: drillDown(filters, name), 'data-figure': name }, text);
}

function tiles(json) {
  const f = (pointer, format, name) => figure(json, '/totals/' + pointer, format, name);
  const sla = (title, deadline, breached) => tile(title, f(`sla/${deadline}/share`, 'share'),
    [f(`sla/${deadline}/within`, 'count'), ' of ', f(`sla/${deadline}/measured`, 'count'), ' measured · ',
      link('breached', breached)]);
  const hours = (title, measure) => tile(title, f(`${measure}/median`, 'hours'),
    ['90th percentile ', f(`${measure}/p90`, 'hours')], ['of ', f(`${measure}/count`, 'count'), ' complaints']);
  return [
    tile('Received', f('received', 'count', 'received')),
    tile('Open', f('open', 'count', 'open')),
    tile('Closed', f('closed', 'count', 'closed')),
    tile('Withdrawn', f('withdrawn', 'count', 'withdrawn')),
    tile('Reopened', f('reopened', 'count', 'reopened')),
    hours('First response, median', 'firstResponseHours'),
    hours('Resolution, median', 'resolutionHours'),
    sla('First response within SLA', 'firstResponse', 'firstResponseBreached'),
    sla('Resolution within SLA', 'resolution', 'resolutionBreached'),
    sla('Final response within SLA', 'finalResponse', 'finalResponseBreached'),
    tile('Warnings', f('warnings', 'count', 'warned')),
    tile('Escalations', f('escalations', 'count', 'escalated')),
    tile('Promises broken', f('promises/broken', 'count', 'promisesBroken'),
      [f('promises/made', 'count'), ' made, ', f('promises/keptOnTime', 'count'), ' kept on time']),
    tile('Options offered', f('options/offered', 'count'),
      ['chosen by the customer ', f('options/choices/customer', 'count'), ', the agent ',
        f('options/choices/agent', 'count'), ', by default ', f('options/choices/default', 'count')]),
    tile('Satisfaction', f('satisfaction/average', 'average'),
      [f('satisfaction/responses', 'count'), ' answers to ', f('satisfaction/surveys', 'count'), ' surveys (',
        f('satisfaction/responseRate', 'share'), ')'], [link('low scores (1 or 2)', 'feedbackLow')]),
    tile('Satisfaction scores', element('span', {}, ...SCORES.flatMap(score =>
      [score + ': ', f('satisfaction/distribution/' + score, 'count', 'feedbackScore:' + score), ' ']))),
    tile('Outcome', f('outcome/upheld', 'count', 'outcome:upheld'),
      ['upheld; partly ', f('outcome/partlyUpheld', 'count', 'outcome:partlyUpheld'), ', not upheld ',
        f('outcome/notUpheld', 'count', 'outcome:notUpheld')]),
    tile('Closed within 3 business days', f('closure/within3BusinessDays', 'count', 'closure:within3BusinessDays'),
      ['within 8 weeks ', f('closure/within8Weeks', 'count', 'closure:within8Weeks'), ', later ',
        f('closure/later', 'count', 'closure:later')]),
    tile('Referral rights given', f('referralRightsGiven', 'count', 'referralRightsGiven')),
    tile('Quality reviews', f('review/count', 'count', 'reviewed'), ['average score ', f('review/average', 'average')])
  ];
}

function breakdownTable(json) {
  const columns = [
    ['received', 'count', 'received', 'Received'], ['open', 'count', 'open', 'Open'],
    ['closed', 'count', 'closed', 'Closed'], ['withdrawn', 'count', 'withdrawn', 'Withdrawn'],
    ['reopened', 'count', 'reopened', 'Reopened'],
    ['firstResponseHours/median', 'hours', null, 'First response median'],
    ['firstResponseHours/p90', 'hours', null, 'First response p90'],
    ['resolutionHours/median', 'hours', null, 'Resolution median'],
    ['resolutionHours/p90', 'hours', null, 'Resolution p90'],
    ['sla/firstResponse/share', 'share', null, 'First response in SLA'],
    ['sla/resolution/share', 'share', null, 'Resolution in SLA'],
    ['sla/finalResponse/share', 'share', null, 'Final response in SLA'],
    ['warnings', 'count', 'warned', 'Warnings'], ['escalations', 'count', 'escalated', 'Escalations'],
    ['promises/broken', 'count', 'promisesBroken', 'Promises broken'],
    ['satisfaction/average', 'average', null, 'Satisfaction'],
    ['outcome/upheld', 'count', 'outcome:upheld', 'Upheld'],
    ['outcome/partlyUpheld', 'count', 'outcome:partlyUpheld', 'Partly upheld'],
    ['outcome/notUpheld', 'count', 'outcome:notUpheld', 'Not upheld'],
    ['referralRightsGiven', 'count', 'referralRightsGiven', 'Referral rights'],
    ['review/average', 'average', null, 'Review score']];
  // The row of complaints without a value (no agent yet) has no filter and no drill-down of its own.
  const rows = json.breakdown.rows.map((row, index) => [
    row.key === null ? element('span', { class: 'key' }, '(none)')
      : element('a', { href: '/staff/quality?' + withParameters(filters, { [by]: row.key, by }), class: 'key' },
        row.key),
    ...columns.map(([pointer, format, name]) => figure(json, `/breakdown/rows/${index}/figures/${pointer}`, format,
      row.key === null ? null : name, { key: row.key, by }))]);
  return table('breakdown', [by, ...columns.map(column => column[3])], rows, 'No complaints in this period.',
    index => index > 0);
}

function agentsTable(json) {
  const rows = json.agents.map((agent, index) => {
    const f = (pointer, format, name) => figure(json, `/agents/${index}/${pointer}`, format, name);
    return [element('a', { href: drillDown(filters, 'agent:' + agent.agent), 'data-figure': 'agent:' + agent.agent },
      agent.agent), agent.team, f('handled', 'count', 'agent:' + agent.agent),
    f('firstResponseWithinSla', 'share'), f('resolutionWithinSla', 'share'), f('promisesMade', 'count'),
    f('promisesKeptOnTime', 'count'), f('satisfaction', 'average'), f('feedbackResponses', 'count'),
    f('reviewScore', 'average'), f('reviews', 'count')];
  });
  return table('agents', ['Agent', 'Team', 'Handled', 'First response in SLA', 'Resolution in SLA',
    'Promises made', 'Kept on time', 'Satisfaction', 'Answers', 'Review score', 'Reviews'], rows,
  'No agent handled a complaint in this period.', index => index > 1);
}

function rootCausesTable(json) {
  return table('rootCauses', ['Root cause', 'Complaints'], json.rootCauses.map((cause, index) => [cause.rootCause,
    figure(json, `/rootCauses/${index}/count`, 'count', 'rootCause:' + cause.rootCause)]),
  'No root cause recorded in this period.', index => index > 0);
}

function compensationTable(json) {
  return table('compensation', ['Remedy', 'Chosen', 'Amount'], json.compensation.map((remedy, index) => [remedy.type,
    figure(json, `/compensation/${index}/count`, 'count', 'compensation:' + remedy.type),
    figure(json, `/compensation/${index}/amount`, 'amount')]),
  'No solution chosen in this period.', index => index > 0);
}

function reviewStepsTable(json) {
  return table('reviewSteps', ['Step', 'Checklist', 'Average score', 'Reviews'], json.reviewSteps.map((step, index) => [
    String(step.checklistStep), element('span', { title: step.step }, STEP_LABELS[step.step] || step.step),
    figure(json, `/reviewSteps/${index}/average`, 'average'), figure(json, `/reviewSteps/${index}/count`, 'count')]),
  'No quality review in this period.', index => index > 1);
}

/** A chart whose bars (or slices) open the complaints behind them, when they have a figure name. */
function chart(id, type, labels, datasets, figures = null, options = {}) {
  if (typeof window.Chart !== 'function') {
    document.getElementById(id).replaceWith(element('p', { class: 'empty' }, 'Charts could not load.'));
    return;
  }
  charts.push(new window.Chart(document.getElementById(id), {
    type, data: { labels, datasets },
    options: {
      animation: false, maintainAspectRatio: false, ...options,
      plugins: { legend: { display: datasets.length > 1 || type === 'doughnut' } },
      onClick: (event, elements) => {
        if (figures && elements.length) {
          window.location.assign(drillDown(filters, figures[elements[0].index]));
        }
      }
    }
  }));
}

function percent(share) {
  return share === null ? null : Number((share * 100).toFixed(2));
}

function drawCharts(json) {
  const rows = json.breakdown.rows;
  chart('chart-sla', 'bar', rows.map(row => row.key ?? '(none)'), [
    { label: 'First response', data: rows.map(row => percent(row.figures.sla.firstResponse.share)) },
    { label: 'Resolution', data: rows.map(row => percent(row.figures.sla.resolution.share)) },
    { label: 'Final response', data: rows.map(row => percent(row.figures.sla.finalResponse.share)) }],
  null, { scales: { y: { min: 0, max: 100, ticks: { callback: value => value + ' %' } } } });
  const totals = json.totals;
  chart('chart-satisfaction', 'bar', SCORES, [{ label: 'Answers', data: SCORES.map(score =>
    totals.satisfaction.distribution[score]) }], SCORES.map(score => 'feedbackScore:' + score));
  chart('chart-outcomes', 'doughnut', ['Upheld', 'Partly upheld', 'Not upheld'], [{ label: 'Complaints',
    data: OUTCOMES.map(outcome => totals.outcome[outcome]) }], OUTCOMES.map(outcome => 'outcome:' + outcome));
  chart('chart-closure', 'bar', ['3 business days', '8 weeks', 'Later'], [{ label: 'Complaints',
    data: CLOSURES.map(bucket => totals.closure[bucket]) }], CLOSURES.map(bucket => 'closure:' + bucket));
  chart('chart-root-causes', 'bar', json.rootCauses.map(cause => cause.rootCause), [{ label: 'Complaints',
    data: json.rootCauses.map(cause => cause.count) }], json.rootCauses.map(cause => 'rootCause:' + cause.rootCause),
  { indexAxis: 'y' });
}

/** The filter form's suggestions: the values this answer shows. */
function suggest(json) {
  const fill = (dimension, values) => document.getElementById('values-' + dimension).replaceChildren(
    ...[...new Set(values.filter(value => value))].sort().map(value => element('option', { value })));
  fill(by, json.breakdown.rows.map(row => row.key));
  fill('agent', json.agents.map(agent => agent.agent));
  if (by !== 'team') {
    fill('team', json.agents.map(agent => agent.team));
  }
}

function show(json) {
  document.getElementById('period').textContent = `Complaints received from ${json.period.from} to ${json.period.to}`
    + FILTERS.slice(2).filter(name => json.filters[name]).map(name => `, ${name} ${json.filters[name]}`).join('');
  document.querySelectorAll('.by').forEach(node => { node.textContent = json.breakdown.by; });
  document.querySelector('form.filters input[name=from]').value ||= json.period.from;
  document.querySelector('form.filters input[name=to]').value ||= json.period.to;
  document.querySelectorAll('a.csv[data-table]').forEach(csv => {
    csv.href = '/api/quality/figures.csv?' + withParameters(filters, { table: csv.dataset.table, by });
  });
  document.getElementById('tiles').replaceChildren(...tiles(json));
  document.getElementById('table-breakdown').replaceChildren(breakdownTable(json));
  document.getElementById('table-agents').replaceChildren(agentsTable(json));
  document.getElementById('table-rootCauses').replaceChildren(rootCausesTable(json));
  document.getElementById('table-compensation').replaceChildren(compensationTable(json));
  document.getElementById('table-reviewSteps').replaceChildren(reviewStepsTable(json));
  suggest(json);
  drawCharts(json);
  document.body.dataset.loaded = 'true';
}

// An empty field means "any": leave it out of the address rather than send a value that matches nothing.
document.querySelector('form.filters').addEventListener('submit', event => {
  event.target.querySelectorAll('input, select').forEach(field => { field.disabled = field.value.trim() === ''; });
});
// Charts are drawn for the screen's width; paper is narrower.
window.addEventListener('beforeprint', () => charts.forEach(drawn => drawn.resize()));

fetchJson('/api/quality/figures?' + withParameters(filters, { by }))
  .then(show)
  .catch(failure => {
    document.getElementById('period').textContent = '';
    showProblem(failure);
    document.body.dataset.loaded = 'failed';
  });
