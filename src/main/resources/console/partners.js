// Partners: each profile in brief, and one in full, with what looks misconfigured.
import { get } from './api.js';
import { render, h, table, link, notice } from './dom.js';

function problems(list) {
  return list.length
    ? h('ul', { className: 'problems' }, list.map((p) => h('li', { className: 'bad' }, p)))
    : h('span', { className: 'good' }, 'none');
}

export async function partners(view) {
  const all = await get('/console/api/partners');
  render(view, 
    h('h1', {}, 'Partners'),
    h('div', { id: 'partner-list' }, table([
      ['Partner', (p) => link('partners/' + p.id, p.name + ' (' + p.id + ')')],
      ['X12 version', (p) => p.version],
      ['Transport', (p) => p.transport],
      ['Acknowledgement', (p) => p.functionalAck],
      ['CPFR', (p) => (p.cpfr ? link('cpfr/accuracy/' + p.id, 'yes: accuracy') : 'no')],
      ['Problems', (p) => problems(p.problems)],
    ], all)));
}

export async function partnerPage(view, [id]) {
  const p = await get('/console/api/partners/' + encodeURIComponent(id));
  const d = p.delimiters;
  render(view, 
    h('h1', {}, p.name + ' (' + p.id + ')'),
    p.problems.length ? notice('Looks misconfigured: ' + p.problems.join('; ')) : null,
    h('dl', { className: 'facts' },
      [['ISA qualifier / ID', p.isaQualifier + ' / ' + p.isaId], ['GS ID', p.gsId],
        ['X12 version', p.version],
        ['Delimiters', 'element ' + d.element + ', segment ' + d.segment + ', component ' + d.component
          + (d.repetition ? ', repetition ' + d.repetition : '')],
        ['Transport', p.transport], ['Functional acknowledgement', p.functionalAck],
        ['TA1', p.ta1 ? 'yes' : 'no'], ['Backorders', p.backorders ? 'yes' : 'no'],
        ['Acknowledgement deadline', p.ackDeadline]]
        .flatMap(([k, v]) => [h('dt', {}, k), h('dd', {}, String(v))])),
    h('p', {}, link('documents?partner=' + encodeURIComponent(p.id), 'Its documents'), ' · ',
      link('scorecard', 'Scorecard')),
    h('h2', {}, 'Every setting'),
    table([['Key', ([k]) => h('code', {}, k)], ['Value', ([, v]) => v]], Object.entries(p.settings)));
}
