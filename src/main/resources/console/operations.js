// Operations: route control and the dead letters.
import { get, post, may } from './api.js';
import { render, h, table, time, badge, notice } from './dom.js';

export async function routes(view) {
  const all = await get('/console/api/routes');
  const result = h('div', { id: 'route-result' });
  const change = (id, action) => async () => {
    try {
      await post('/console/api/routes/' + encodeURIComponent(id) + '/' + action);
      await routes(view);
    } catch (error) {
      result.replaceChildren(notice(error.message));
    }
  };
  const own = (id) => id.startsWith('console-') || id.startsWith('admin-');
  render(view, 
    h('h1', {}, 'Routes'),
    result,
    h('div', { id: 'route-list' }, table([
      ['Route', (r) => h('code', {}, r.id)],
      ['State', (r) => badge(r.status)],
      ['From', (r) => r.from],
      ['Last error', (r) => r.lastError || ''],
      ['', (r) => (may('ADMIN') && !own(r.id)
        ? (r.status === 'Started'
          ? h('button', { type: 'button', 'data-route': r.id, className: 'stop', onclick: change(r.id, 'stop') }, 'Stop')
          : h('button', { type: 'button', 'data-route': r.id, className: 'start', onclick: change(r.id, 'start') }, 'Start'))
        : '')],
    ], all)));
}

export async function deadLetters(view) {
  const letters = await get('/console/api/dead-letters');
  const result = h('div', { id: 'dead-letter-result' });
  const replay = (body) => async () => {
    try {
      const moved = await post('/console/api/dead-letters/replay', body);
      await deadLetters(view);
      view.prepend(notice(moved.replayed.length + ' moved back to their queue.', 'note'));
    } catch (error) {
      result.replaceChildren(notice(error.message));
    }
  };
  render(view, 
    h('h1', {}, 'Dead letters'),
    h('p', { className: 'muted' }, 'Messages a stage gave up on after its redeliveries. Fix the cause, then move them back to their queue.'),
    result,
    may('ADMIN') && letters.length ? h('button', { id: 'replay-all', type: 'button', onclick: replay({}) }, 'Move all back') : null,
    table([
      ['Message', (m) => h('code', {}, m.id)],
      ['From queue', (m) => m.queue || '(unknown)'],
      ['Carries', (m) => m.body || ''],
      ['Deliveries', (m) => String(m.deliveries)],
      ['At', (m) => time(m.at)],
      ['', (m) => (may('ADMIN') ? h('button', { type: 'button', onclick: replay({ id: m.id }) }, 'Move back') : '')],
    ], letters, 'No dead letters.'));
}
