// The entity view: facts with sources, identifiers, sanctions and designations per regime with their explanation,
// owners with their strongest paths, holdings, red flags with evidence, records joined as the same entity and the
// pairs suggested for a decision.
import { get, post, query } from './api.js';
import { el, clear, facts, badge, percent } from './dom.js';
import { typeOf } from './canvas.js';

const IDENTIFIERS = ['inn', 'ogrn', 'bin', 'lei', 'imo', 'registrationNumber', 'kpp', 'okpo'];
const HIDDEN = new Set(['aliases', 'hopsToDesignated', 'hopsToListed', 'nameKeys', 'matchKeys', ...IDENTIFIERS]);
const REGIMES = ['OFAC', 'EU', 'UK'];

function section(title, ...children) {
  return el('section', {}, el('h3', { text: title }), ...children);
}

function pathText(path) {
  return path.hops.map(h => `${h.owner.name} → ${h.owned.name} ${percent(h.share)}`).join('; ');
}

async function optional(promise) {
  try { return await promise; } catch (e) { return { error: e.message }; }
}

function pending(title) {
  return section(title, el('p', { class: 'hint', text: 'Loading…' }));
}

/** Fills a section when its answer comes, so that a slow analysis holds up no other. */
async function fill(holder, title, promise, render) {
  const answer = await optional(promise);
  const body = answer && answer.error ? el('p', { class: 'error', text: answer.error }) : render(answer);
  holder.replaceWith(body ? section(title, body) : el('span'));
}

export async function renderEntity(root, id, { asOf, onOpen, onPlace }) {
  clear(root).append(el('p', { class: 'hint', text: 'Loading…' }));
  const enc = encodeURIComponent(id);
  const designations = REGIMES.map(r => get(`/api/entities/${enc}/designation${query({ regime: r, asOf })}`));
  const entity = await get('/api/entities/' + enc);
  clear(root);
  const p = entity.properties || {};
  const type = typeOf(entity.labels);
  const badges = el('span', {});
  root.append(
    el('h2', { class: 'entity-name', 'data-testid': 'entity-name', 'data-entity-id': id, text: entity.name }),
    el('p', { class: 'meta' }, `${type} · ${p.country || 'no country'} · ${id} `, badges),
    el('div', { class: 'row-actions' },
      el('button', { type: 'button', onclick: () => onPlace(id), text: 'Show on canvas' })),
    facts([['also known as', p.aliases], ...Object.entries(p).filter(([k]) => !HIDDEN.has(k))]),
    section('Identifiers', facts(IDENTIFIERS.map(k => [k, p[k]]))),
  );
  const parts = {
    designation: pending('Sanctions and designations'), owners: pending('Owners (effective shares)'),
    holdings: pending('Holdings'), flags: pending('Red flags'), same: sameAs(entity, onOpen),
    candidates: pending('Suggested as the same entity: decide'),
  };
  root.append(...Object.values(parts));
  const sources = entity.sources || [];
  root.append(section('Sources', facts(sources.map(s => [s.dataset, `${s.recordId} · last seen ${s.lastSeen || ''}`]))));

  await Promise.all([
    fill(parts.designation, 'Sanctions and designations', Promise.all(designations.map(optional)), all => {
      if (all.some(d => d.basis === 'listed' && d.designated)) badges.append(badge('listed', 'listed'));
      else if (all.some(d => d.basis === 'derived' && d.designated)) badges.append(badge('derived', 'derived'));
      return designationList(all);
    }),
    fill(parts.owners, 'Owners (effective shares)',
      get(`/api/entities/${enc}/owners${query({ asOf, threshold: 0 })}`), owners => ownerList(owners, onOpen)),
    fill(parts.holdings, 'Holdings',
      get(`/api/entities/${enc}/holdings${query({ asOf, threshold: 0 })}`), holdings => holdingList(holdings, onOpen)),
    fill(parts.flags, 'Red flags', get(`/api/entities/${enc}/red-flags${query({ asOf })}`), flagList),
    fill(parts.candidates, 'Suggested as the same entity: decide',
      get(`/api/resolution/candidates${query({ entity: id, minScore: 0, limit: 10 })}`), c => candidateList(c, id)),
  ]);
  return entity;
}

function designationList(designations) {
  const designation = el('div', { 'data-testid': 'entity-designation' });
  for (const d of designations) {
    if (d.error) { designation.append(el('p', { class: 'error', text: d.error })); continue; }
    const basis = d.designated ? d.basis : 'none';
    designation.append(el('div', { class: 'regime ' + basis, dataset: { regime: d.regime, basis } },
      el('strong', { text: `${d.regime}: ${basis}${d.possibly ? ' (possibly)' : ''}` }),
      d.aggregateShare !== undefined && d.aggregateShare !== null && d.designated ? ` · ${percent(d.aggregateShare)}` : '',
      el('div', { text: d.explanation || '' })));
  }
  return designation;
}

function ownerList(owners, onOpen) {
  const list = el('ol', { class: 'list' });
  for (const o of owners.owners || []) {
    const strongest = (o.paths || [])[0];
    list.append(el('li', { class: 'flag' },
      el('button', { type: 'button', class: 'link', onclick: () => onOpen(o.id), text: o.name }),
      ` ${percent(o.effectiveShare)}`, o.ultimate ? ' · ultimate' : '',
      strongest ? el('div', { class: 'meta', text: 'strongest path: ' + pathText(strongest) }) : null));
  }
  if (!list.children.length) list.append(el('li', { class: 'hint', text: 'No owner recorded.' }));
  return list;
}

function holdingList(holdings, onOpen) {
  if (!(holdings.holdings || []).length) return null;
  const list = el('ol', { class: 'list' });
  for (const h of holdings.holdings) {
    list.append(el('li', { class: 'flag' },
      el('button', { type: 'button', class: 'link', onclick: () => onOpen(h.id), text: h.name }),
      ` ${percent(h.effectiveShare)}`));
  }
  return list;
}

function flagList(flags) {
  const list = el('ol', { class: 'list', 'aria-label': `score ${flags.score}` });
  list.append(el('li', { class: 'meta', text: `score ${flags.score}` }));
  for (const f of (flags.flags || []).filter(f => f.raised)) {
    list.append(el('li', { class: 'flag' }, badge('raised', 'raised'), el('strong', { text: f.flag }),
      el('div', { text: f.description }),
      el('details', {}, el('summary', { text: 'Evidence and basis' }),
        el('div', { class: 'meta', text: f.basis || '' }),
        el('pre', { class: 'evidence', text: JSON.stringify(f.evidence, null, 1) }))));
  }
  if (list.children.length === 1) list.append(el('li', { class: 'hint', text: 'No red flag raised.' }));
  return list;
}

function sameAs(entity, onOpen) {
  const same = el('ol', { class: 'list' });
  for (const s of entity.sameAs || []) {
    same.append(el('li', { class: 'flag' },
      el('button', { type: 'button', class: 'link', onclick: () => onOpen(s.other.id), text: s.other.name || s.other.id }),
      el('div', { class: 'meta', text: `joined by ${s.scheme}${s.value ? ' ' + s.value : ''}` })));
  }
  if (!(entity.sameAs || []).length) same.append(el('li', { class: 'hint', text: 'No other record joined.' }));
  return section('Records joined as the same entity', same);
}

function candidateList(candidates, id) {
  if (!(candidates.candidates || []).length) return null;
  const list = el('ol', { class: 'list' });
  for (const c of candidates.candidates) {
    const other = c.left.id === id ? c.right : c.left;
    const status = el('span', { class: 'meta', role: 'status' });
    const decide = judgement => post('/api/resolution/decisions', { left: c.left.id, right: c.right.id, judgement })
      .then(() => { status.textContent = `decided: ${judgement}`; })
      .catch(e => { status.textContent = e.message; });
    list.append(el('li', { class: 'flag' },
      `${other.name} (${other.dataset || ''}) · score ${Math.round(c.score * 100) / 100}`,
      c.judgement ? ` · decided ${c.judgement}` : '',
      el('div', { class: 'row-actions' },
        ...['same', 'different', 'unsure'].map(j => el('button', { type: 'button', onclick: () => decide(j), text: j })),
        status)));
  }
  return list;
}
