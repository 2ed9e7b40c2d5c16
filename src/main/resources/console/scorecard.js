// The scorecard: per partner, the measures retailers judge a supplier by.
import { get } from './api.js';
import { render, h, percent, notice } from './dom.js';

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

function cell(measure) {
  if (!measure) {
    return h('td', { className: 'muted' }, 'n/a');
  }
  const counts = measure.denominator === undefined || measure.denominator === null
    ? '' : ' (' + measure.numerator + ' / ' + measure.denominator + ')';
  const rate = measure.rate;
  const tone = rate === null || rate === undefined ? 'muted' : rate >= 0.95 ? 'good' : rate >= 0.8 ? '' : 'bad';
  return h('td', { className: tone, title: measure.note || '' }, percent(rate) + counts);
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
  const partners = card.partners || card;
  render(view, 
    h('h1', {}, 'Scorecard'),
    form,
    h('p', { className: 'muted' }, 'Orders received ' + (card.from || '') + ' to ' + (card.to || '') + '. Hover a figure for its note.'),
    h('table', { id: 'scorecard' },
      h('thead', {}, h('tr', {}, h('th', {}, 'Measure'), partners.map((p) => h('th', {}, p.partner || p.id)))),
      h('tbody', {}, MEASURES.map(([key, label]) =>
        h('tr', {}, h('th', {}, label), partners.map((p) => cell(p[key])))))));
}
