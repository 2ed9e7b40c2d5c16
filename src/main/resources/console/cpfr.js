// CPFR: exceptions across partners, one exception with its chart and the planner's actions, and
// forecast accuracy per partner.
import { get, post, may } from './api.js';
import { render, h, table, time, badge, link, notice } from './dom.js';

const COLOURS = {
  partnerForecast: '#1f77b4',
  ourForecast: '#ff7f0e',
  consensus: '#2ca02c',
  actualSales: '#444444',
};
const LABELS = {
  partnerForecast: "Partner's forecast",
  ourForecast: 'Our forecast',
  consensus: 'Consensus',
  actualSales: 'Actual sales',
};

function select(name, values, chosen) {
  return h('select', { name }, ['', ...values].map((v) =>
    h('option', { value: v, selected: v === (chosen || '') }, v || 'any')));
}

export async function exceptions(view, captures, query) {
  const partnerIds = (await get('/console/api/partners')).filter((p) => p.cpfr).map((p) => p.id);
  const form = h('form', { id: 'exception-filters', className: 'filters' },
    h('label', {}, 'Partner', select('partner', partnerIds, query.get('partner'))),
    h('label', {}, 'Status', select('status', ['OPEN', 'RESOLVED'], query.get('status'))),
    h('label', {}, 'Metric', select('metric', ['FORECAST_VARIANCE', 'IN_STOCK', 'FORECAST_ERROR', 'FORECAST_BIAS'], query.get('metric'))),
    h('label', {}, 'Priority', select('priority', ['HIGH', 'MEDIUM'], query.get('priority'))),
    h('button', { type: 'submit' }, 'Filter'));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const wanted = new URLSearchParams();
    for (const [name, value] of new FormData(form)) {
      if (value) {
        wanted.set(name, value);
      }
    }
    window.location.hash = 'cpfr?' + wanted;
  });
  const found = await get('/console/api/cpfr/exceptions', Object.fromEntries(query));
  const ran = h('span', { id: 'run-result' });
  const runs = may('PLANNER')
    ? h('p', { className: 'actions' }, partnerIds.map((p) => h('button', { type: 'button', onclick: async () => {
      try {
        const opened = await post('/console/api/cpfr/' + p + '/exceptions/run');
        ran.replaceChildren(notice('Run for ' + p + ': ' + JSON.stringify(opened), 'note'));
      } catch (error) {
        ran.replaceChildren(notice(error.message));
      }
    } }, 'Run exceptions for ' + p)), ran)
    : null;
  render(view, 
    h('h1', {}, 'CPFR exceptions'),
    form,
    h('p', {}, 'Accuracy: ', partnerIds.map((p) => [link('cpfr/accuracy/' + p, p), ' '])),
    runs,
    h('div', { id: 'exception-list' }, table([
      ['#', (e) => link('cpfr/exceptions/' + e.id, String(e.id))],
      ['Partner', (e) => e.partner],
      ['Metric', (e) => e.metric + (e.side ? ' (' + e.side.toLowerCase() + ')' : '')],
      ['Item', (e) => e.sku],
      ['Location', (e) => e.location],
      ['Week', (e) => String(e.week_start).substring(0, 10)],
      ['Measured', (e) => e.measured + ' % (limit ' + e.threshold + ' %)'],
      ['Priority', (e) => badge(e.priority)],
      ['Status', (e) => badge(e.status)],
    ], found, 'No exception matches.')));
}

function chart(canvas, series) {
  const datasets = Object.keys(LABELS).map((name) => ({
    label: LABELS[name],
    data: series[name].map((v) => (v === null ? null : Number(v))),
    borderColor: COLOURS[name],
    backgroundColor: COLOURS[name],
    borderDash: name === 'actualSales' ? [6, 4] : [],
    spanGaps: false,
    tension: 0,
  }));
  return new window.Chart(canvas, {
    type: 'line',
    data: { labels: series.weeks, datasets },
    options: {
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      scales: { y: { beginAtZero: true, title: { display: true, text: 'units' } } },
    },
  });
}

function resolveActions(e, reload) {
  if (e.status !== 'OPEN' || !may('PLANNER')) {
    return null;
  }
  const result = h('span', { id: 'resolve-result' });
  const quantity = h('input', { id: 'override-quantity', type: 'number', min: '0', step: 'any', placeholder: 'units' });
  const resolve = (take, extra = {}) => async () => {
    try {
      await post('/console/api/cpfr/exceptions/' + e.id + '/resolve', { take, ...extra });
      reload();
    } catch (error) {
      result.replaceChildren(notice(error.message));
    }
  };
  const variance = e.metric === 'FORECAST_VARIANCE';
  return h('section', { className: 'actions', id: 'resolve' },
    h('h2', {}, 'Resolve'),
    variance ? h('button', { id: 'take-partner', type: 'button', onclick: resolve('partner') }, "Take the partner's " + e.partner_value) : null,
    variance ? h('button', { id: 'take-ours', type: 'button', onclick: resolve('ours') }, 'Take ours ' + e.our_value) : null,
    variance ? h('span', {}, quantity, h('button', { id: 'override', type: 'button', onclick: () => resolve('override', { quantity: Number(quantity.value) })() }, 'Override')) : null,
    h('button', { id: 'note', type: 'button', onclick: resolve('noted') }, 'Noted (no change)'),
    result);
}

function comments(e, reload) {
  const text = h('textarea', { id: 'comment-text', rows: '2', maxlength: '2000' });
  const result = h('span');
  return h('section', { id: 'comments' },
    h('h2', {}, 'Comments'),
    e.comments.length
      ? h('ul', {}, e.comments.map((c) => h('li', {}, h('b', {}, c.author), ' ', time(c.written_at), ': ', c.text)))
      : h('p', { className: 'muted' }, 'No comment yet.'),
    may('PLANNER') ? h('div', {}, text, h('button', { id: 'comment', type: 'button', onclick: async () => {
      try {
        await post('/console/api/cpfr/exceptions/' + e.id + '/comments', { text: text.value });
        reload();
      } catch (error) {
        result.replaceChildren(notice(error.message));
      }
    } }, 'Add comment'), result) : null);
}

export async function exceptionPage(view, [id]) {
  const e = await get('/console/api/cpfr/exceptions/' + id);
  const reload = () => exceptionPage(view, [id]);
  const canvas = h('canvas', { id: 'exception-chart', 'aria-label': 'forecasts and sales by week' });
  render(view, 
    h('h1', {}, 'Exception ' + e.id + ': ' + e.metric + (e.side ? ' (' + e.side.toLowerCase() + ')' : '')),
    h('dl', { className: 'facts' },
      [['Partner', e.partner], ['Item', e.sku], ['Location', e.location],
        ['Week', String(e.week_start).substring(0, 10)], ["Partner's value", e.partner_value],
        ['Our value', e.our_value], ['Measured', e.measured + ' %'], ['Threshold', e.threshold + ' %'],
        ['Priority', badge(e.priority)], ['Status', badge(e.status)], ['Opened', time(e.opened_at)],
        ['Resolution', e.resolution ? e.resolution + (e.resolved_quantity !== null ? ' ' + e.resolved_quantity : '') + ' by ' + e.resolved_by + ', ' + time(e.resolved_at) : null]]
        .filter(([, v]) => v !== null && v !== undefined)
        .flatMap(([k, v]) => [h('dt', {}, k), h('dd', {}, v)])),
    h('div', { className: 'chart' }, canvas),
    h('details', {}, h('summary', {}, 'The numbers'), table(
      [['Week', (i) => e.series.weeks[i]], ...Object.keys(LABELS).map((n) => [LABELS[n], (i) => (e.series[n][i] === null ? '' : String(e.series[n][i]))])],
      e.series.weeks.map((w, i) => i))),
    resolveActions(e, reload),
    comments(e, reload));
  const drawn = chart(canvas, e.series);
  return () => drawn.destroy();
}

export async function accuracy(view, [partner]) {
  const weeks = await get('/console/api/cpfr/' + encodeURIComponent(partner) + '/accuracy');
  const canvas = h('canvas', { id: 'accuracy-chart', 'aria-label': 'forecast error by week' });
  const value = (side, key) => weeks.map((w) => (w[side] && w[side][key] !== null ? Number(w[side][key]) : null));
  render(view, 
    h('h1', {}, 'Forecast accuracy: ' + partner),
    h('p', { className: 'muted' }, 'MAPE and bias of each side\'s latest forecast made before the week began; in-stock and fill rate in %.'),
    h('div', { className: 'chart' }, canvas),
    table([
      ['Week', (w) => w.week],
      ["Partner's MAPE", (w) => (w.partner ? w.partner.mape : '')],
      ['Our MAPE', (w) => (w.ours ? w.ours.mape : '')],
      ["Partner's bias", (w) => (w.partner ? w.partner.bias : '')],
      ['Our bias', (w) => (w.ours ? w.ours.bias : '')],
      ['In-stock', (w) => w.inStock],
      ['Fill rate', (w) => w.fillRate],
    ].map(([k, f]) => [k, (w) => { const v = f(w); return v === null || v === undefined ? '' : String(v); }]), weeks, 'No week with actual demand yet.'));
  const drawn = new window.Chart(canvas, {
    type: 'line',
    data: {
      labels: weeks.map((w) => w.week),
      datasets: [
        { label: "Partner's MAPE %", data: value('partner', 'mape'), borderColor: COLOURS.partnerForecast, backgroundColor: COLOURS.partnerForecast },
        { label: 'Our MAPE %', data: value('ours', 'mape'), borderColor: COLOURS.ourForecast, backgroundColor: COLOURS.ourForecast },
        { label: "Partner's bias %", data: value('partner', 'bias'), borderColor: COLOURS.partnerForecast, borderDash: [6, 4] },
        { label: 'Our bias %', data: value('ours', 'bias'), borderColor: COLOURS.ourForecast, borderDash: [6, 4] },
      ],
    },
    options: { animation: false, responsive: true, maintainAspectRatio: false },
  });
  return () => drawn.destroy();
}
