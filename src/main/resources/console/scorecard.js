// The scorecard: per partner, the measures retailers judge a supplier by.
import { get } from './api.js';
import { render, h, percent, notice, time } from './dom.js';

const MEASURES = [
  ['poAckOnTime', '855 sent within 24 h'],
  ['asnOnTime', "856 sent within the partner's window"],
  ['documentsAccepted', 'Documents accepted without errors'],
  ['fillRate', 'Fill rate (units)'],
  ['onTime', 'Shipped on time'],
  ['inFull', 'Shipped in full'],
  ['damageFree', 'Damage free'],
  ['perfectOrder', 'Perfect order rate'],
];

// What a figure rests on, shown when the mouse rests on it.
function note(key, measure) {
  const notes = [];
  if (measure.pending) {
    notes.push(measure.pending + ' still within the window, not counted yet');
  }
  if (measure.window) {
    notes.push('window ' + measure.window);
  }
  if (measure.formula) {
    notes.push(measure.formula);
  }
  if (measure.perfectOrders && measure.perfectOrders.denominator) {
    notes.push(measure.perfectOrders.numerator + ' of ' + measure.perfectOrders.denominator
      + ' shipped orders perfect on their own');
  }
  if (measure.note) {
    notes.push(measure.note);
  }
  return notes.join('; ');
}

function cell(key, measure) {
  if (!measure) {
    return h('td', { className: 'muted' }, 'n/a');
  }
  const counts = measure.denominator === undefined || measure.denominator === null
    ? '' : ' (' + measure.numerator + ' / ' + measure.denominator + ')';
  const rate = measure.rate;
  const tone = rate === null || rate === undefined ? 'muted' : rate >= 0.95 ? 'good' : rate >= 0.8 ? '' : 'bad';
  return h('td', { className: tone, title: note(key, measure) }, percent(rate) + counts);
}

export async function scorecard(view, captures, query) {
  const from = h('input', { type: 'date', name: 'from', value: query.get('from') || '' });
  const to = h('input', { type: 'date', name: 'to', value: query.get('to') || '' });
  const form = h('form', { className: 'filters', id: 'scorecard-period' },
    h('label', {}, 'From', from), h('label', {}, 'To', to), h('button', { type: 'submit' }, 'Show'));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    window.location.hash = 'scorecard?' + new URLSearchParams({ from: from.value, to: to.value });
  });
  let card;
  try {
    card = await get('/console/api/scorecard', { from: query.get('from'), to: query.get('to') });
  } catch (error) {
    render(view, h('h1', {}, 'Scorecard'), form, notice(error.message));
    return;
  }
  // the period scored, the default one included
  from.value = card.from;
  to.value = card.to;
  const partners = card.partners;
  render(view,
    h('h1', {}, 'Scorecard'),
    form,
    h('p', { className: 'muted' }, 'Orders received ' + card.from + ' to ' + card.to
      + ', as of ' + time(card.asOf) + '. No figure (n/a) where there is nothing to measure yet;'
      + ' rest the pointer on a figure for what it rests on.'),
    h('table', { id: 'scorecard' },
      h('thead', {}, h('tr', {}, h('th', {}, 'Measure'), partners.map((p) => h('th', {}, p.name + ' (' + p.partner + ')')))),
      h('tbody', {},
        h('tr', {}, h('th', {}, 'Orders received'), partners.map((p) => h('td', {}, String(p.orders)))),
        MEASURES.map(([key, label]) =>
          h('tr', { 'data-measure': key }, h('th', {}, label), partners.map((p) => cell(key, p[key])))))));
}
