// Building the page from data, safely: text is always set as text, never parsed as HTML.

/** An element with attributes (on* as listeners) and children (strings become text). */
export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes || {})) {
    if (value === null || value === undefined || value === false) {
      continue;
    }
    if (name.startsWith('on') && typeof value === 'function') {
      element.addEventListener(name.substring(2), value);
    } else if (name === 'className') {
      element.className = value;
    } else {
      element.setAttribute(name, value === true ? '' : String(value));
    }
  }
  append(element, children);
  return element;
}

function append(element, children) {
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) {
      continue;
    }
    element.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** A table: columns are [heading, row => cell content]. */
export function table(columns, rows, empty = 'Nothing to show.') {
  if (!rows.length) {
    return h('p', { className: 'muted empty' }, empty);
  }
  return h('table', {},
    h('thead', {}, h('tr', {}, columns.map(([heading]) => h('th', {}, heading)))),
    h('tbody', {}, rows.map((row) => h('tr', {}, columns.map(([, cell]) => h('td', {}, cell(row)))))));
}

/** A timestamp as "2026-11-22 21:05 UTC"; empty for none. */
export function time(value) {
  if (!value) {
    return '';
  }
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) {
    return String(value);
  }
  return date.toISOString().substring(0, 16).replace('T', ' ') + ' UTC';
}

/** A status as a coloured badge. */
export function badge(status) {
  const text = status === null || status === undefined ? '' : String(status);
  return h('span', { className: 'badge badge-' + text.toLowerCase().replace(/[^a-z_]/g, '') }, text);
}

/** A link inside the console. */
export function link(hash, text) {
  return h('a', { href: '#' + hash }, text);
}

/** A rate 0..1 as a percentage, "n/a" without data. */
export function percent(rate) {
  return rate === null || rate === undefined ? 'n/a' : (rate * 100).toFixed(1) + ' %';
}

/** A message box: errors in red, notes in green. */
export function notice(text, kind = 'error') {
  return h('p', { className: kind, role: kind === 'error' ? 'alert' : 'status' }, text);
}

/** Shows the parts in the page's view, leaving out the absent ones (null, false). */
export function render(view, ...parts) {
  view.replaceChildren(...parts.flat().filter((part) => part !== null && part !== undefined && part !== false));
}
