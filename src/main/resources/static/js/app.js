// The investigator's web UI: log in, search, open an entity, grow its graph, find paths, exposure and chains, read
// the evidence, save the canvas as a case and export it. Every data request goes through the public API.
import { get, post, put, query, login, logout, whenUnauthorized } from './api.js';
import { Canvas, KINDS, typeOf } from './canvas.js';
import { el, clear, badge } from './dom.js';
import { EvidencePanel } from './evidence.js';
import { renderEntity } from './entity.js';
import { describe, neighbourhood } from './graphsource.js';

const $ = id => document.getElementById(id);
const state = { caseId: null, sort: { key: 'type', ascending: true }, dates: [] };
let canvas;
let evidence;

function status(text) { $('canvas-status').textContent = text || ''; }

function failed(error) {
  status(error.message || String(error));
}

// --- log in ------------------------------------------------------------------------------------------------------

async function boot() {
  whenUnauthorized(showLogin);
  $('login-form').addEventListener('submit', async event => {
    event.preventDefault();
    $('login-error').textContent = '';
    const ok = await login($('login-username').value, $('login-password').value);
    if (ok && await whoami()) start(); else $('login-error').textContent = 'Wrong username or password.';
  });
  $('logout').addEventListener('click', async () => { await logout(); showLogin(); });
  if (await whoami()) start(); else showLogin();
}

async function whoami() {
  try {
    const me = await get('/api/me');
    $('whoami').textContent = `${me.name} (${me.role})`;
    return true;
  } catch (e) {
    return false;
  }
}

function showLogin() {
  $('app').hidden = true;
  $('login').hidden = false;
  $('login-username').focus();
}

let started = false;

function start() {
  $('login').hidden = true;
  $('app').hidden = false;
  if (started) { openFromHash(); return; }
  started = true;
  evidence = new EvidencePanel($('evidence-panel'));
  canvas = new Canvas($('graph-canvas'), {
    onSelect: selection => {
      if (selection.node) {
        evidence.showNode(selection.node).then(() => noteField(selection.node.id));
        $('path-from').value = $('path-from').value || selection.node.id;
      } else if (selection.edge) {
        evidence.showEdge(selection.edge, id => canvas.rows().name(id));
      }
    },
    onExpandHub: (hub, kind) => grow([hub], { hubLimit: 1000, kinds: kind }).catch(failed),
    onChange: () => scheduleRefresh(),
  });
  wireTabs();
  wireSearch();
  wireToolbar();
  wirePaths();
  wireChains();
  wireCases();
  wireTable();
  window.addEventListener('hashchange', openFromHash);
  openFromHash();
}

/** The investigator's note on an entity of the canvas, saved with the case. */
function noteField(id) {
  const node = canvas.cy.getElementById(id);
  const panel = $('evidence-panel');
  if (node.empty() || panel.dataset.subject !== id) return;
  const field = el('textarea', { id: 'entity-note', rows: 3, maxlength: 2000 });
  field.value = node.data('note') || '';
  field.addEventListener('input', () => node.data('note', field.value));
  panel.append(el('label', { for: 'entity-note', text: 'Note on this entity (saved with the case)' }), field);
}

// --- tabs --------------------------------------------------------------------------------------------------------

function showTab(name) {
  for (const tab of document.querySelectorAll('[role=tab]')) {
    const selected = tab.id === 'tab-' + name;
    tab.setAttribute('aria-selected', selected);
    tab.tabIndex = selected ? 0 : -1;
    $(tab.getAttribute('aria-controls')).hidden = !selected;
  }
}

function wireTabs() {
  const tabs = [...document.querySelectorAll('[role=tab]')];
  tabs.forEach((tab, i) => {
    tab.addEventListener('click', () => { showTab(tab.id.substring(4)); if (tab.id === 'tab-cases') listCases(); });
    tab.addEventListener('keydown', event => {
      const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
      if (!step) return;
      const next = tabs[(i + step + tabs.length) % tabs.length];
      next.focus();
      next.click();
    });
  });
  showTab('results');
}

// --- search ------------------------------------------------------------------------------------------------------

function wireSearch() {
  $('search-form').addEventListener('submit', event => {
    event.preventDefault();
    search($('search-input').value.trim()).catch(failed);
  });
}

async function search(name) {
  if (!name) return;
  showTab('results');
  const list = clear($('results'));
  const answer = await get('/api/entities' + query({ name, size: 20 }));
  if (!answer.results.length) list.append(el('li', { class: 'hint', text: `Nothing found for “${name}”.` }));
  const badges = new Map();
  for (const hit of answer.results) {
    const more = el('span', {});
    badges.set(hit.id, more);
    list.append(el('li', {}, el('button', {
      type: 'button', class: 'result', 'data-testid': 'search-result', 'data-entity-id': hit.id,
      onclick: () => openEntity(hit.id).catch(failed),
    }, el('span', { class: 'name', text: hit.name }),
    el('span', { class: 'meta', text: `${typeOf(hit.labels)} · ${hit.country || '—'} · ${hit.id}` }), ' ',
    hit.listed ? badge('listed', 'listed') : null,
    more,
    hit.matchedBy ? el('span', { class: 'meta', text: ` matched by ${hit.matchedBy}${hit.scheme ? ' ' + hit.scheme : ''}` }) : null)));
  }
  // the graph adds what a search hit does not say: derived designations and the datasets behind each record
  const described = await describe(answer.results.map(h => h.id));
  for (const [id, node] of described) {
    const more = badges.get(id);
    if (!more) continue;
    if (node.derived && !node.listed) more.append(badge('derived', 'derived'));
    for (const dataset of node.datasets || []) more.append(badge(dataset, 'possibly'));
  }
  status(`${answer.total}${answer.totalRelation === 'gte' ? '+' : ''} found for “${name}”`);
}

// --- entity and canvas -------------------------------------------------------------------------------------------

async function openEntity(id, { place = true } = {}) {
  showTab('entity');
  const root = $('entity');
  const rendering = renderEntity(root, id, {
    asOf: canvas.asOf,
    onOpen: other => openEntity(other).catch(failed),
    onPlace: other => grow([other]).then(() => canvas.select(other)).catch(failed),
  });
  if (place) {
    await grow([id]);
    canvas.select(id);
  }
  await rendering;
}

async function grow(ids, options = {}) {
  status('Loading the graph…');
  const graph = await neighbourhood(ids, { hops: 1, asOf: canvas.asOf, ...options });
  canvas.addGraph(graph);
  status(graph.truncated ? 'The graph was cut at its size limit: expand single nodes to see more.' : '');
}

function wireToolbar() {
  $('expand').addEventListener('click', () => {
    const id = canvas.selected();
    if (!id) { status('Select an entity on the canvas first.'); return; }
    grow([id]).catch(failed);
  });
  $('exposure').addEventListener('click', () => exposure().catch(failed));
  $('fit').addEventListener('click', () => canvas.cy.fit(undefined, 30));
  $('clear').addEventListener('click', () => { canvas.clear(); state.caseId = null; });
  $('asof-slider').addEventListener('input', event => {
    const i = Number(event.target.value);
    const date = i >= state.dates.length ? null : state.dates[i];
    $('asof-label').textContent = date || 'today';
    canvas.setAsOf(date);
  });
  $('export-png').addEventListener('click', event => {
    if (canvas.isEmpty()) { event.preventDefault(); return; }
    event.currentTarget.href = canvas.png();
  });
  for (const format of ['graphml', 'csv', 'ftm']) {
    $('export-' + format).addEventListener('click', event => {
      if (canvas.isEmpty()) event.preventDefault();
    });
  }
}

const EXPORT_IDS = 50; // what /api/export takes at once

function exportUrl(format) {
  const ids = canvas.entityIds();
  for (const f of ['graphml', 'csv', 'ftm']) {
    $('export-' + f).title = ids.length > EXPORT_IDS ? `The first ${EXPORT_IDS} of the ${ids.length} entities on the canvas`
      : `The ${ids.length} entities on the canvas and the links between them`;
  }
  return '/api/export' + query({ ids: ids.slice(0, EXPORT_IDS).join(','), hops: 0, asOf: canvas.asOf, format });
}

async function exposure() {
  const id = canvas.selected();
  if (!id) { status('Select an entity on the canvas first.'); return; }
  status('Looking for the nearest designated parties…');
  const answer = await get(`/api/entities/${encodeURIComponent(id)}/exposure` + query({ asOf: canvas.asOf }));
  const nodes = new Set([id]);
  const edges = [];
  for (const d of answer.designated || []) {
    nodes.add(d.party.id);
    for (const path of d.paths || []) {
      const added = canvas.addPath(path.steps);
      added.nodes.forEach(n => nodes.add(n));
      edges.push(...added.edges);
    }
  }
  canvas.highlight([...nodes], edges);
  const parties = answer.designated || [];
  status(parties.length ? `Nearest designated: ${parties.map(d => `${d.party.name} (${d.distance} hop${d.distance > 1 ? 's' : ''})`).join(', ')}`
    : 'No designated party within reach.');
  if (parties.length) evidence.title(parties.map(d => d.explanation).join(' '));
}

// --- paths -------------------------------------------------------------------------------------------------------

function wirePaths() {
  $('path-find').addEventListener('click', () => findPaths().catch(failed));
}

async function findPaths() {
  const from = $('path-from').value.trim();
  const to = $('path-to').value.trim();
  const root = clear($('paths'));
  if (!from || !to) { root.append(el('p', { class: 'error', text: 'Give both ends.' })); return; }
  const answer = await get('/api/paths' + query({ from, to, k: $('path-k').value, asOf: canvas.asOf }));
  if (!answer.paths.length) root.append(el('p', { class: 'hint', text: 'No path within reach.' }));
  const all = { nodes: new Set(), edges: [] };
  answer.paths.forEach((path, i) => {
    const added = canvas.addPath(path.steps);
    added.nodes.forEach(n => all.nodes.add(n));
    all.edges.push(...added.edges);
    const steps = el('ol', {});
    for (const step of path.steps) {
      const link = (step.links || []).map(l => l.type.toLowerCase()).join(', ');
      steps.append(el('li', { 'data-entity-id': step.node.id },
        link ? el('span', { class: 'meta', text: `${link} → ` }) : null, step.node.name));
    }
    root.append(el('div', { class: 'path', 'data-testid': 'path', tabindex: 0,
      onclick: () => canvas.highlight(added.nodes, added.edges),
      onkeydown: e => { if (e.key === 'Enter') canvas.highlight(added.nodes, added.edges); },
    }, el('strong', { text: `Path ${i + 1}: ${path.hops} hop${path.hops > 1 ? 's' : ''}` }), steps));
  });
  canvas.highlight([...all.nodes], all.edges);
}

// --- chains ------------------------------------------------------------------------------------------------------

function wireChains() {
  $('chains-load').addEventListener('click', () => listChains().catch(failed));
}

async function listChains() {
  const list = clear($('chains'));
  const answer = await get('/api/chains' + query({ limit: 20, asOf: canvas.asOf }));
  for (const chain of answer.chains) {
    list.append(el('li', { class: 'flag' },
      el('strong', { text: `${chain.rank}. ${chain.supplier.name} → ${chain.intermediary.name} → ${chain.consignee.name}` }),
      el('div', { class: 'meta', text: `score ${chain.score}: ` + chain.components.filter(c => c.points > 0)
        .map(c => `${c.name} ${c.points}`).join(', ') }),
      el('details', {}, el('summary', { text: 'Score parts' }),
        el('ul', {}, chain.components.map(c => el('li', { text: `${c.name}: ${c.points} (${c.evidence})` })))),
      el('button', { type: 'button', onclick: () => openChain(chain).catch(failed), text: 'Open on the canvas' })));
  }
  if (!answer.chains.length) list.append(el('li', { class: 'hint', text: 'No chain found.' }));
}

async function openChain(chain) {
  const party = n => ({ id: n.id, name: n.name, country: n.country, labels: ['Company'], sources: n.source ? [n.source] : [] });
  const trade = (from, to, leg) => ({ group: 'trade', type: 'EXPORTED', startId: from.id, endId: to.id,
    details: { valueUsd: leg.valueUsd, shipmentCount: leg.count, firstDate: leg.first, lastDate: leg.last,
      shipments: leg.shipments }, sources: (leg.shipments || []).map(s => s.source) });
  const steps = [
    { node: party(chain.supplier), links: [] },
    { node: party(chain.intermediary), links: [trade(chain.supplier, chain.intermediary, chain.inbound)] },
    { node: party(chain.consignee), links: [trade(chain.intermediary, chain.consignee, chain.outbound)] },
  ];
  const added = canvas.addPath(steps);
  const nodes = [...added.nodes];
  const edges = [...added.edges];
  const designated = chain.link && chain.link.party;
  if (designated && designated.id !== chain.consignee.id) {
    const paths = await get('/api/paths' + query({ from: chain.consignee.id, to: designated.id, k: 1, asOf: canvas.asOf }));
    for (const path of paths.paths) {
      const more = canvas.addPath(path.steps);
      nodes.push(...more.nodes);
      edges.push(...more.edges);
    }
  }
  canvas.highlight(nodes, edges);
  status(`Chain ${chain.rank} on the canvas (score ${chain.score}).`);
}

// --- cases -------------------------------------------------------------------------------------------------------

function wireCases() {
  $('case-save').addEventListener('click', () => saveCase().catch(e => { $('case-status').textContent = e.message; }));
  $('case-new').addEventListener('click', () => {
    state.caseId = null;
    $('case-name').value = '';
    $('case-notes').value = '';
    $('case-status').textContent = 'The next save makes a new case.';
  });
}

async function saveCase() {
  const name = $('case-name').value.trim();
  if (!name) { $('case-status').textContent = 'Give the case a name.'; $('case-name').focus(); return; }
  if (canvas.isEmpty()) { $('case-status').textContent = 'The canvas is empty.'; return; }
  const body = { name, asOf: canvas.asOf || undefined, notes: $('case-notes').value || undefined,
    entities: canvas.positions() };
  const saved = state.caseId ? await put('/api/cases/' + encodeURIComponent(state.caseId), body)
    : await post('/api/cases', body);
  state.caseId = saved.id;
  history.replaceState(null, '', '#case=' + encodeURIComponent(saved.id));
  $('case-status').textContent = `Saved “${saved.name}” (${saved.entities.length} entities) by ${saved.updatedBy}. `
    + `Share: ${location.origin}/#case=${saved.id}`;
  $('case-status').dataset.caseId = saved.id;
  listCases();
}

async function listCases() {
  const list = clear($('cases'));
  try {
    for (const c of await get('/api/cases')) {
      list.append(el('li', { class: 'flag', 'data-case-id': c.id },
        el('button', { type: 'button', class: 'link', 'data-testid': 'case-open', 'data-case-id': c.id,
          onclick: () => { location.hash = 'case=' + encodeURIComponent(c.id); }, text: c.name }),
        el('div', { class: 'meta', text: `${c.entityCount} entities${c.asOf ? ' · as of ' + c.asOf : ''} · made by `
          + `${c.createdBy} ${c.createdAt.substring(0, 10)} · changed by ${c.updatedBy} ${c.updatedAt.substring(0, 10)}` })));
    }
  } catch (e) {
    list.append(el('li', { class: 'error', text: e.message }));
  }
}

function openFromHash() {
  const match = /case=([^&]+)/.exec(location.hash);
  if (match) openCase(decodeURIComponent(match[1])).catch(failed);
}

async function openCase(id) {
  if (state.caseId === id && !canvas.isEmpty()) return;
  const saved = await get('/api/cases/' + encodeURIComponent(id));
  canvas.clear();
  state.caseId = saved.id;
  const ids = saved.entities.map(e => e.id);
  const graph = await neighbourhood(ids, { hops: 0, asOf: saved.asOf });
  const keep = new Set(ids);
  canvas.addGraph({
    nodes: graph.nodes.filter(n => keep.has(n.id)),
    edges: graph.edges.filter(e => keep.has(e.source) && keep.has(e.target)),
    collapsed: [],
  }, Object.fromEntries(saved.entities.map(e => [e.id, { x: e.x, y: e.y }])));
  for (const e of saved.entities) if (e.note) canvas.cy.getElementById(e.id).data('note', e.note);
  $('case-name').value = saved.name;
  $('case-notes').value = saved.notes || '';
  if (saved.asOf) {
    canvas.setAsOf(saved.asOf);
    $('asof-label').textContent = saved.asOf;
  }
  $('case-status').textContent = `Opened “${saved.name}”, made by ${saved.createdBy}, last changed by ${saved.updatedBy}.`;
  status(`Case “${saved.name}”: ${ids.length} entities.`);
}

// --- table, filters, exports -------------------------------------------------------------------------------------

let pending = null;

function scheduleRefresh() {
  if (pending) return;
  pending = requestAnimationFrame(() => { pending = null; refresh(); });
}

function refresh() {
  renderTable();
  renderKinds();
  renderSlider();
  $('canvas-ids').replaceChildren(...canvas.rows().nodes.map(n => el('option', { value: n.id, text: n.name })));
  for (const format of ['graphml', 'csv', 'ftm']) $('export-' + format).href = exportUrl(format);
}

function statusOf(n) {
  return [n.listed && 'listed', !n.listed && n.derived && 'derived', n.russian && 'Russian',
    n.transshipment && 'transshipment', canvas.isHighlighted(n.id) && 'highlighted'].filter(Boolean).join(', ');
}

function tableRows() {
  const { nodes, edges, name } = canvas.rows();
  const rows = nodes.map(n => ({ what: 'node', id: n.id, kind: 'entity', name: n.name, type: n.type,
    country: n.country, status: statusOf(n) }));
  for (const e of edges) {
    rows.push({ what: 'link', id: e.kind, linkId: e.id, kind: 'link', name: `${name(e.source)} → ${name(e.target)}`,
      type: 'link', country: e.label || e.caption || '', status: [e.startDate, e.endDate].filter(Boolean).join(' – ') });
  }
  const { key, ascending } = state.sort;
  rows.sort((a, b) => String(a[key] || '').localeCompare(String(b[key] || '')) * (ascending ? 1 : -1)
    || a.name.localeCompare(b.name));
  return rows;
}

function renderTable() {
  const body = clear($('graph-rows'));
  const selected = canvas.selected();
  for (const row of tableRows()) {
    const attributes = row.what === 'node'
      ? { 'data-testid': 'graph-node', 'data-entity-id': row.id, tabindex: 0, class: row.id === selected ? 'selected' : null,
        'data-highlighted': canvas.isHighlighted(row.id) ? 'true' : null }
      : { 'data-testid': 'graph-link', 'data-link-id': row.linkId, tabindex: 0 };
    body.append(el('tr', attributes, el('td', { text: row.type }),
      el('td', { text: row.name }), el('td', { text: row.id }),
      el('td', { text: row.country }), el('td', { text: row.status })));
  }
}

function wireTable() {
  const body = $('graph-rows');
  const activate = target => {
    const row = target.closest('tr');
    if (!row) return;
    if (row.dataset.entityId) canvas.select(row.dataset.entityId);
    else if (row.dataset.linkId) {
      const edge = canvas.cy.getElementById(row.dataset.linkId);
      if (edge.nonempty()) evidence.showEdge(edge.data(), id => canvas.rows().name(id));
    }
  };
  body.addEventListener('click', event => activate(event.target));
  body.addEventListener('keydown', event => { if (event.key === 'Enter') activate(event.target); });
  for (const button of document.querySelectorAll('.graph-table th button')) {
    button.addEventListener('click', () => {
      const key = button.dataset.sort;
      state.sort = { key, ascending: state.sort.key === key ? !state.sort.ascending : true };
      renderTable();
    });
  }
  $('table-copy').addEventListener('click', async () => {
    const text = ['type\tname or link\tid or kind\tcountry or detail\tstatus',
      ...tableRows().map(r => [r.type, r.name, r.id, r.country, r.status].join('\t'))].join('\n');
    try {
      await navigator.clipboard.writeText(text);
      status('The table is on the clipboard.');
    } catch (e) {
      status('The browser refused the clipboard; select the table and copy it.');
    }
  });
}

function renderKinds() {
  const box = $('kinds');
  const shown = new Set(canvas.kindsShown());
  const kinds = KINDS.filter(k => shown.has(k) || canvas.hiddenKinds.has(k));
  const existing = [...box.querySelectorAll('input')].map(i => i.value).join();
  if (existing === kinds.join()) return;
  box.replaceChildren(el('legend', { class: 'visually-hidden', text: 'Links shown' }),
    ...kinds.map(kind => el('label', {}, el('input', { type: 'checkbox', value: kind,
      checked: !canvas.hiddenKinds.has(kind), onchange: e => canvas.setKindHidden(kind, !e.target.checked) }), kind)));
}

function renderSlider() {
  const dates = [...new Set(canvas.dates())];
  if (dates.join() === state.dates.join()) return;
  state.dates = dates;
  const slider = $('asof-slider');
  slider.max = dates.length;
  const current = canvas.asOf ? dates.indexOf(canvas.asOf) : -1;
  slider.value = current >= 0 ? current : dates.length;
  slider.setAttribute('aria-valuetext', canvas.asOf || 'today');
}

window.addEventListener('DOMContentLoaded', () => boot().catch(failed));
