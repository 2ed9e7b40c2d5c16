// Documents: the search, one document (raw, readable, validation, delivery, actions) and a PO's chain.
import { get, post, may } from './api.js';
import { render, h, table, time, badge, link, notice } from './dom.js';

const FIELDS = [
  ['partner', 'Partner'], ['type', 'Type (850, 997, ...)'], ['direction', 'Direction'],
  ['status', 'Status'], ['from', 'From (date)'], ['to', 'To (date)'], ['control', 'Control number'],
  ['po', 'PO number'], ['invoice', 'Invoice number'], ['sscc', 'SSCC'],
];

function field(name, label, value) {
  if (name === 'direction') {
    return h('label', {}, label, h('select', { name },
      ['', 'in', 'out'].map((v) => h('option', { value: v, selected: v === value }, v || 'both'))));
  }
  const type = name === 'from' || name === 'to' ? 'date' : 'text';
  return h('label', {}, label, h('input', { name, type, value: value || '' }));
}

export async function documents(view, captures, query) {
  const form = h('form', { id: 'document-search', className: 'filters' },
    FIELDS.map(([name, label]) => field(name, label, query.get(name))),
    h('button', { type: 'submit' }, 'Search'));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const wanted = new URLSearchParams();
    for (const [name, value] of new FormData(form)) {
      if (String(value).trim()) {
        wanted.set(name, String(value).trim());
      }
    }
    window.location.hash = 'documents?' + wanted;
  });
  const parts = [h('h1', {}, 'Documents'), form];
  const parameters = Object.fromEntries(query);
  try {
    const found = await get('/console/api/documents', parameters);
    parts.push(h('p', { className: 'muted' }, found.length + ' found (newest first, at most 200)'));
    parts.push(h('div', { id: 'document-results' }, table([
      ['Document', (d) => link('documents/' + d.direction + '/' + d.id, d.direction + '/' + d.id)],
      ['Type', (d) => d.type],
      ['Partner', (d) => d.partner],
      ['Status', (d) => badge(d.status)],
      ['Control', (d) => d.control],
      ['At', (d) => time(d.at)],
    ], found, 'No document matches.')));
  } catch (error) {
    parts.push(notice(error.message));
  }
  render(view, ...parts);
}

export function facts(pairs) {
  return h('dl', { className: 'facts' },
    pairs.filter(([, v]) => v !== null && v !== undefined && v !== '')
      .flatMap(([k, v]) => [h('dt', {}, k), h('dd', {}, v)]));
}

function segmentsTable(segments) {
  return table([
    ['Segment', (s) => h('code', {}, s.tag)],
    ['Name', (s) => s.name],
    ['Elements', (s) => h('span', { className: 'elements' },
      Object.entries(s.elements).map(([k, v]) => h('span', { className: 'element' }, h('b', {}, k), ' ', v)))],
  ], segments, 'The text holds no segment.');
}

function validation(doc) {
  if (doc.direction === 'in') {
    const ack = doc.acknowledgement;
    return h('section', { id: 'validation' },
      h('h2', {}, 'Validation'),
      facts([['Result', badge(doc.status)], ['Detail', doc.detail]]),
      ack ? h('p', {}, 'Answered with ', link('documents/out/' + ack.id, ack.type + ' out/' + ack.id), ' (', ack.status, ')') : h('p', { className: 'muted' }, 'No 997/999 sent for its interchange.'),
      ack && ack.setResponse.length
        ? h('pre', { className: 'x12' }, ack.setResponse.join('\n'))
        : ack ? h('p', { className: 'muted' }, 'The acknowledgement names no error in this set.') : null);
  }
  return h('section', { id: 'validation' },
    h('h2', {}, 'Delivery and acknowledgement'),
    facts([
      ['Status', badge(doc.status)],
      ['Pre-send validation', doc.status === 'HELD' ? doc.detail : 'passed'],
      ['Delivered', time(doc.delivered_at)],
      ['Via', doc.delivered_via],
      ['Proof (MDN / transfer)', doc.delivery_proof],
      ['Attempts', doc.attempts],
      ['Last error', doc.last_error],
      ['Partner acknowledgement', doc.ack_status ? badge(doc.ack_status) : 'none yet'],
      ['Acknowledged', time(doc.ack_at)],
      ['Acknowledgement detail', doc.ack_detail],
    ]));
}

function actions(doc, reload) {
  if (doc.direction !== 'out' || !may('ADMIN')) {
    return null;
  }
  const result = h('span', { id: 'action-result' });
  const buttons = [];
  if (doc.status === 'FAILED') {
    buttons.push(h('button', { id: 'replay', type: 'button', onclick: async () => {
      try {
        await post('/console/api/documents/out/' + doc.id + '/replay');
        reload();
      } catch (error) {
        result.replaceChildren(notice(error.message));
      }
    } }, 'Replay delivery'));
  }
  if (doc.status === 'DELIVERED') {
    buttons.push(h('button', { id: 'resend', type: 'button', onclick: async () => {
      try {
        const sent = await post('/console/api/documents/out/' + doc.id + '/resend');
        window.location.hash = 'documents/out/' + sent.document;
      } catch (error) {
        result.replaceChildren(notice(error.message));
      }
    } }, 'Resend (new control numbers)'));
  }
  return buttons.length ? h('div', { className: 'actions' }, buttons, result) : null;
}

export async function documentPage(view, [direction, id]) {
  const doc = await get('/console/api/documents/' + direction + '/' + id);
  const reload = () => documentPage(view, [direction, id]);
  render(view, 
    h('h1', {}, doc.type + ' ' + (direction === 'in' ? 'received from ' : 'sent to ') + doc.partner),
    facts([
      ['Document', direction + '/' + doc.id],
      ['Status', badge(doc.status)],
      ['At', time(doc.at)],
      ['Interchange control', doc.control],
      ['Group control', doc.group_control],
      ['Set control', doc.set_control],
      ['File', doc.file_name],
      ['PO', doc.po ? link('orders/' + encodeURIComponent(doc.partner) + '/' + encodeURIComponent(doc.po), doc.po + ' (its chain)') : null],
      ['Sends again', doc.resend_of ? link('documents/out/' + doc.resend_of, 'out/' + doc.resend_of) : null],
      ['Sent again as', doc.resends && doc.resends.length ? doc.resends.map((r) => link('documents/out/' + r, 'out/' + r + ' ')) : null],
    ]),
    actions(doc, reload),
    validation(doc),
    h('h2', {}, 'Readable view'),
    h('div', { id: 'segments' }, segmentsTable(doc.segments)),
    doc.readout ? h('details', {}, h('summary', {}, 'What the business stage read'),
      h('pre', { className: 'json' }, JSON.stringify(doc.readout, null, 2))) : null,
    h('h2', {}, 'Raw X12'),
    h('pre', { className: 'x12', id: 'raw' }, doc.content));
}

export async function orderChain(view, [partner, po]) {
  const chain = await get('/console/api/orders/' + encodeURIComponent(partner) + '/' + encodeURIComponent(po));
  render(view, 
    h('h1', {}, 'PO ' + chain.po + ' from ' + chain.partner),
    facts([['Order status', badge(chain.status)]]),
    h('ol', { className: 'chain', id: 'chain' }, chain.documents.map((d) =>
      h('li', {},
        link('documents/' + d.direction + '/' + d.id, (d.direction === 'in' ? '⇦ ' : '⇨ ') + d.type),
        ' ', badge(d.status), ' ', time(d.at),
        d.delivered_via ? ' via ' + d.delivered_via : '',
        d.ack_status ? h('span', {}, ' · partner ack ', badge(d.ack_status)) : ''))));
}
