// The console: one page, its views chosen by the address's #fragment and drawn from the JSON API.
import { whoAmI, post, may } from './api.js';
import { h, notice } from './dom.js';
import { dashboard } from './dashboard.js';
import { documents, documentPage, orderChain } from './documents.js';
import { files, filePage } from './files.js';
import { partners, partnerPage } from './partners.js';
import { scorecard } from './scorecard.js';
import { exceptions, exceptionPage, accuracy } from './cpfr.js';
import { routes, deadLetters } from './operations.js';
import { users } from './users.js';

const NAV = [
  ['dashboard', 'Dashboard', 'VIEWER'],
  ['documents', 'Documents', 'VIEWER'],
  ['files', 'Files', 'VIEWER'],
  ['partners', 'Partners', 'VIEWER'],
  ['scorecard', 'Scorecard', 'VIEWER'],
  ['cpfr', 'CPFR', 'VIEWER'],
  ['routes', 'Routes', 'VIEWER'],
  ['dead-letters', 'Dead letters', 'VIEWER'],
  ['users', 'Users', 'ADMIN'],
];

/** [pattern, view]: a view gets the page's element, the pattern's captures and the query. */
const VIEWS = [
  [/^(dashboard)?$/, dashboard],
  [/^documents$/, documents],
  [/^documents\/(in|out)\/(\d+)$/, documentPage],
  [/^orders\/([^/]+)\/([^/]+)$/, orderChain],
  [/^files$/, files],
  [/^files\/(\d+)$/, filePage],
  [/^partners$/, partners],
  [/^partners\/([^/]+)$/, partnerPage],
  [/^scorecard$/, scorecard],
  [/^cpfr$/, exceptions],
  [/^cpfr\/exceptions\/(\d+)$/, exceptionPage],
  [/^cpfr\/accuracy\/([^/]+)$/, accuracy],
  [/^routes$/, routes],
  [/^dead-letters$/, deadLetters],
  [/^users$/, users],
];

let cleanup = null;

async function show() {
  if (cleanup) {
    cleanup();
    cleanup = null;
  }
  const fragment = decodeURIComponent(window.location.hash.replace(/^#\/?/, ''));
  const [path, queryText] = fragment.split('?');
  const query = new URLSearchParams(queryText || '');
  const view = document.getElementById('view');
  const section = path.split('/')[0] || 'dashboard';
  for (const a of document.querySelectorAll('#nav a')) {
    a.classList.toggle('active', a.dataset.section === section);
  }
  for (const [pattern, render] of VIEWS) {
    const match = pattern.exec(path);
    if (match) {
      view.replaceChildren(h('p', { className: 'muted' }, 'Loading…'));
      try {
        cleanup = (await render(view, match.slice(1).map(decodeURIComponent), query)) || null;
      } catch (error) {
        view.replaceChildren(notice(error.message));
      }
      return;
    }
  }
  view.replaceChildren(notice('No such page: ' + path));
}

async function start() {
  const me = await whoAmI();
  document.getElementById('who').textContent = me.username + ' (' + me.role.toLowerCase() + ')';
  document.getElementById('nav').replaceChildren(
    ...NAV.filter(([, , role]) => may(role)).map(([hash, text]) =>
      h('a', { href: '#' + hash, 'data-section': hash }, text)));
  document.getElementById('signout').addEventListener('click', async () => {
    await post('/console/logout');
    window.location.assign('/console/login');
  });
  window.addEventListener('hashchange', show);
  await show();
}

start();
