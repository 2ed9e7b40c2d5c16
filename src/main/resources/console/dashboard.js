// The dashboard: the hub at a glance, refreshed every 10 seconds.
import { get } from './api.js';
import { render, h, table, time, badge, link } from './dom.js';

const REFRESH_MS = 10000;

function tile(label, value, bad) {
  return h('div', { className: 'tile' + (bad ? ' tile-bad' : '') },
    h('span', { className: 'tile-value' }, String(value)), h('span', { className: 'tile-label' }, label));
}

function draw(view, board) {
  const stopped = board.routes.filter((r) => r.status !== 'Started');
  const failing = board.routes.filter((r) => r.failed > 0);
  const overdue = board.partners.reduce((sum, p) => sum + p.overdueAcks, 0);
  const failures = board.partners.reduce((sum, p) => sum + p.failedIn + p.failedOut, 0);
  const expiring = board.certificates.filter((c) => c.expiring);
  render(view, 
    h('h1', {}, 'Dashboard'),
    h('p', { className: 'muted' }, 'As of ' + time(board.at) + '; refreshes every 10 s.'),
    h('div', { className: 'tiles', id: 'tiles' },
      tile('routes stopped', stopped.length, stopped.length > 0),
      tile('routes with failures', failing.length, failing.length > 0),
      tile('dead letters', board.deadLetters, board.deadLetters > 0),
      tile('documents failed or held', failures, failures > 0),
      tile('acknowledgements overdue', overdue, overdue > 0),
      tile('certificates expiring', expiring.length, expiring.length > 0)),
    h('h2', {}, 'Partners'),
    h('div', { id: 'partner-health' }, table([
      ['Partner', (p) => link('partners/' + p.id, p.name + ' (' + p.id + ')')],
      ['Last in', (p) => time(p.lastIn) || 'never'],
      ['Last out', (p) => time(p.lastOut) || 'never'],
      ['Files rejected (7 days)', (p) => failureCell(p.filesRejected, null, 'files?' + new URLSearchParams({ partner: p.id, outcome: 'REJECTED' }))],
      ['Failed in', (p) => failureCell(p.failedIn, { partner: p.id, direction: 'in', status: 'FAILED' })],
      ['Failed or held out', (p) => failureCell(p.failedOut, { partner: p.id, direction: 'out', status: 'FAILED' })],
      ['Acks overdue', (p) => failureCell(p.overdueAcks, null)],
      ['Rejected by partner', (p) => failureCell(p.rejectedByPartner, null)],
    ], board.partners)),
    h('h2', {}, 'Queues'),
    table([
      ['Queue', (q) => (q.deadLetter ? link('dead-letters', q.name) : q.name)],
      ['Waiting', (q) => (q.atLeast ? '≥ ' : '') + q.depth],
    ], board.queues),
    h('h2', {}, 'Routes'),
    h('div', { id: 'route-health' }, table([
      ['Route', (r) => r.id],
      ['State', (r) => badge(r.status)],
      ['Exchanges', (r) => String(r.exchanges)],
      ['Failed', (r) => (r.failed > 0 ? h('strong', { className: 'bad' }, String(r.failed)) : '0')],
      ['Mean ms', (r) => (r.meanMillis === null ? '' : String(r.meanMillis))],
      ['Last error', (r) => r.lastError || ''],
    ], board.routes)),
    h('h2', {}, 'AS2 certificates'),
    table([
      ['Alias', (c) => c.alias],
      ['Subject', (c) => c.subject],
      ['Expires', (c) => time(c.notAfter)],
      ['Days left', (c) => (c.expiring ? h('strong', { className: 'bad' }, String(c.daysLeft)) : String(c.daysLeft))],
    ], board.certificates, 'No AS2 certificates.'));
}

function failureCell(count, search, page) {
  if (!count) {
    return '0';
  }
  const text = h('strong', { className: 'bad' }, String(count));
  if (page) {
    return link(page, text);
  }
  return search ? link('documents?' + new URLSearchParams(search), text) : text;
}

export async function dashboard(view) {
  draw(view, await get('/console/api/dashboard'));
  const timer = setInterval(async () => {
    try {
      draw(view, await get('/console/api/dashboard'));
    } catch (ignored) {
      // the next refresh tries again
    }
  }, REFRESH_MS);
  return () => clearInterval(timer);
}
