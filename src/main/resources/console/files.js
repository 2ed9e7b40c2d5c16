// Files: what partners delivered, what became of each, and the replay of one the hub rejected.
import { get, post, may } from './api.js';
import { render, h, table, time, badge, link, notice } from './dom.js';
import { facts } from './documents.js';

const OUTCOMES = ['', 'RECEIVED', 'ACCEPTED', 'PARTIAL', 'REJECTED'];

export async function files(view, captures, query) {
  const form = h('form', { id: 'file-search', className: 'filters' },
    h('label', {}, 'Partner', h('input', { name: 'partner', value: query.get('partner') || '' })),
    h('label', {}, 'Outcome', h('select', { name: 'outcome' },
      OUTCOMES.map((v) => h('option', { value: v, selected: v === (query.get('outcome') || '').toUpperCase() }, v || 'any')))),
    h('label', {}, 'From (date)', h('input', { name: 'from', type: 'date', value: query.get('from') || '' })),
    h('label', {}, 'To (date)', h('input', { name: 'to', type: 'date', value: query.get('to') || '' })),
    h('button', { type: 'submit' }, 'Search'));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const wanted = new URLSearchParams();
    for (const [name, value] of new FormData(form)) {
      if (String(value).trim()) {
        wanted.set(name, String(value).trim());
      }
    }
    window.location.hash = 'files?' + wanted;
  });
  const parts = [h('h1', {}, 'Files'), form];
  try {
    const found = await get('/console/api/files', Object.fromEntries(query));
    parts.push(h('p', { className: 'muted' }, found.length + ' found (newest first, at most 200)'));
    parts.push(h('div', { id: 'file-results' }, table([
      ['File', (f) => link('files/' + f.id, 'file/' + f.id)],
      ['Name', (f) => f.file_name],
      ['Partner', (f) => f.partner],
      ['Outcome', (f) => badge(f.outcome)],
      ['Bytes', (f) => String(f.size)],
      ['Received', (f) => time(f.at)],
      ['Replays', (f) => (f.replay_of ? link('files/' + f.replay_of, 'file/' + f.replay_of) : '')],
    ], found, 'No file matches.')));
  } catch (error) {
    parts.push(notice(error.message));
  }
  render(view, ...parts);
}

function replayButton(file) {
  if (!file.replayable || !may('ADMIN')) {
    return null;
  }
  const result = h('span', { id: 'action-result' });
  const button = h('button', { id: 'replay-file', type: 'button', onclick: async () => {
    try {
      const taken = await post('/console/api/files/' + file.id + '/replay');
      window.location.hash = 'files/' + taken.file;
    } catch (error) {
      result.replaceChildren(notice(error.message));
    }
  } }, 'Replay (take the file in again)');
  return h('div', { className: 'actions' }, button,
    h('span', { className: 'muted' }, ' once what made the hub reject it is fixed'), result);
}

export async function filePage(view, [id]) {
  const file = await get('/console/api/files/' + id);
  render(view,
    h('h1', {}, file.file_name + ' from ' + file.partner),
    facts([
      ['File', 'file/' + file.id],
      ['Outcome', badge(file.outcome)],
      ['Received', time(file.at)],
      ['Bytes', String(file.size)],
      ['SHA-256', h('code', {}, file.sha256)],
      ['Note', file.detail],
      ['Replays', file.replay_of ? link('files/' + file.replay_of, 'file/' + file.replay_of) : null],
      ['Taken in again as', file.replays.length
        ? file.replays.map((r) => h('span', {}, link('files/' + r.id, 'file/' + r.id), ' ', badge(r.outcome), ' '))
        : null],
    ]),
    replayButton(file),
    h('h2', {}, 'Interchanges'),
    h('div', { id: 'interchanges' }, table([
      ['Control', (i) => i.control],
      ['Sender', (i) => i.sender],
      ['Receiver', (i) => i.receiver],
      ['Verdict', (i) => badge(i.status)],
      ['Why', (i) => i.detail],
    ], file.interchanges, 'No interchange found in the file.')),
    h('h2', {}, 'Transaction sets taken in'),
    h('div', { id: 'file-documents' }, table([
      ['Document', (d) => link('documents/in/' + d.id, 'in/' + d.id)],
      ['Type', (d) => d.type],
      ['Status', (d) => badge(d.status)],
    ], file.documents, 'None.')),
    h('h2', {}, 'Content' + (file.contentTruncated ? ' (the first 64 KiB)' : '')),
    file.content === null
      ? notice(file.contentError)
      : h('pre', { className: 'x12', id: 'file-content' }, file.content));
}
