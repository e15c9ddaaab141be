// The graph canvas (cytoscape.js): entities and their links, styled by type, status and kind, filtered by kind and
// by an as-of date, with a table of the same nodes and links.

const RUSSIA = ['RU', 'BY'];
const TRANSSHIPMENT = ['AM', 'GE', 'KZ', 'KG', 'TJ', 'UZ', 'TR', 'AE', 'CN', 'HK', 'MO', 'IN', 'IL', 'RS', 'SG', 'ZA',
  'TW', 'BR', 'MX', 'NI'];

export const KINDS = ['ownership', 'control', 'director', 'family', 'trade', 'address', 'same-as', 'listing', 'other'];

/** The kind of a link, whatever the answer called it: a relationship type, a path group or the graph's kind. */
export function kindOf(raw) {
  const k = String(raw || '').toLowerCase().replace(/_/g, '-');
  if (k.startsWith('own')) return 'ownership';
  if (k.startsWith('control')) return 'control';
  if (k.startsWith('director')) return 'director';
  if (k.startsWith('family') || k.startsWith('associate') || k.startsWith('relative')) return 'family';
  if (k.startsWith('export') || k.startsWith('ship') || k.startsWith('trade') || k.startsWith('consign')) return 'trade';
  if (k.includes('address') || k.startsWith('registered')) return 'address';
  if (k.startsWith('same') || k.startsWith('identity')) return 'same-as';
  if (k.startsWith('target') || k.startsWith('listing')) return 'listing';
  return 'other';
}

export function typeOf(labels) {
  const list = Array.isArray(labels) ? labels : [labels];
  for (const t of ['Company', 'Person', 'Organization', 'Address', 'Sanction', 'Vessel']) {
    if (list.includes(t)) return t;
  }
  return list.find(l => l && l !== 'Entity') || 'Entity';
}

function money(value) {
  if (value === undefined || value === null) return '';
  return 'USD ' + Number(value).toLocaleString('en-US', { maximumFractionDigits: 0 });
}

function compact(value) {
  const v = Number(value);
  if (v >= 1e6) return `USD ${(v / 1e6).toFixed(1)}M`;
  if (v >= 1e3) return `USD ${Math.round(v / 1e3)}k`;
  return `USD ${Math.round(v)}`;
}

/** What a link says on the canvas, briefly; the table and the evidence panel say the rest. */
export function edgeLabel(e) {
  if (e.kind === 'trade' && (e.value || e.hsCodes)) {
    return [e.hsCodes && e.hsCodes.length ? 'HS ' + e.hsCodes[0] + (e.hsCodes.length > 1 ? '…' : '') : '',
      e.value ? compact(e.value) : ''].filter(Boolean).join(' · ');
  }
  if (e.label) return e.label;
  switch (e.kind) {
    case 'ownership': return e.share !== undefined && e.share !== null ? `${e.share}%` : 'owns';
    case 'trade': {
      const parts = [];
      if (e.hsCodes && e.hsCodes.length) parts.push('HS ' + e.hsCodes.slice(0, 3).join(', '));
      if (e.value) parts.push(money(e.value));
      return parts.join(' · ') || 'trade';
    }
    default: return e.kind;
  }
}

const STYLE = [
  { selector: 'node', style: {
    'label': 'data(name)', 'font-size': 9, 'text-wrap': 'ellipsis', 'text-max-width': 110, 'text-valign': 'bottom',
    'text-margin-y': 3, 'background-color': '#9fb3c8', 'width': 22, 'height': 22, 'border-width': 1,
    'border-color': '#5b6575', 'color': '#1d2430' } },
  { selector: 'node[type = "Company"]', style: { 'shape': 'round-rectangle', 'background-color': '#8fb3e0' } },
  { selector: 'node[type = "Person"]', style: { 'shape': 'ellipse', 'background-color': '#c7b9e8' } },
  { selector: 'node[type = "Organization"]', style: { 'shape': 'hexagon', 'background-color': '#a9d6c9' } },
  { selector: 'node[type = "Address"]', style: { 'shape': 'diamond', 'background-color': '#e5e7eb', 'width': 16, 'height': 16 } },
  { selector: 'node[type = "Sanction"]', style: { 'shape': 'star', 'background-color': '#f4c7c3', 'border-color': '#b3261e' } },
  { selector: 'node.russian', style: { 'background-color': '#b69df0' } },
  { selector: 'node.transshipment', style: { 'background-color': '#7cc7bd' } },
  { selector: 'node.derived', style: { 'border-width': 4, 'border-color': '#d97706' } },
  { selector: 'node.listed', style: { 'border-width': 5, 'border-color': '#b3261e' } },
  { selector: 'node.collapsed', style: { 'shape': 'tag', 'background-color': '#f3f4f6', 'border-style': 'dashed',
    'label': 'data(name)', 'width': 18, 'height': 18 } },
  { selector: 'node:selected', style: { 'overlay-color': '#1f5fbf', 'overlay-opacity': 0.25, 'overlay-padding': 6 } },
  { selector: 'edge', style: {
    'curve-style': 'bezier', 'width': 1.5, 'line-color': '#9aa5b1', 'target-arrow-shape': 'triangle',
    'target-arrow-color': '#9aa5b1', 'arrow-scale': 0.7, 'label': 'data(caption)', 'font-size': 8,
    'text-rotation': 'autorotate', 'text-background-color': '#fff', 'text-background-opacity': 0.8,
    'color': '#334155' } },
  { selector: 'edge[kind = "ownership"]', style: { 'line-color': '#1f5fbf', 'target-arrow-color': '#1f5fbf', 'width': 2.5 } },
  { selector: 'edge[kind = "control"]', style: { 'line-color': '#1f5fbf', 'target-arrow-color': '#1f5fbf', 'line-style': 'dashed' } },
  { selector: 'edge[kind = "director"]', style: { 'line-color': '#6b7280', 'target-arrow-color': '#6b7280', 'line-style': 'dotted', 'width': 2 } },
  { selector: 'edge[kind = "family"]', style: { 'line-color': '#db2777', 'target-arrow-shape': 'none', 'line-style': 'dashed' } },
  { selector: 'edge[kind = "trade"]', style: { 'line-color': '#059669', 'target-arrow-color': '#059669', 'width': 3 } },
  { selector: 'edge[kind = "address"]', style: { 'line-color': '#d1d5db', 'target-arrow-shape': 'none' } },
  { selector: 'edge[kind = "same-as"]', style: { 'line-color': '#111827', 'target-arrow-shape': 'none', 'line-style': 'dashed', 'width': 1 } },
  { selector: 'edge[kind = "listing"]', style: { 'line-color': '#b3261e', 'target-arrow-color': '#b3261e', 'line-style': 'dashed' } },
  { selector: 'edge.collapsed', style: { 'line-style': 'dotted', 'target-arrow-shape': 'none', 'label': '' } },
  { selector: '.filtered', style: { 'display': 'none' } },
  { selector: '.highlight', style: { 'underlay-color': '#facc15', 'underlay-opacity': 0.7, 'underlay-padding': 5, 'z-index': 10 } },
  { selector: 'edge.highlight', style: { 'width': 5 } },
  { selector: ':selected', style: { 'underlay-color': '#1f5fbf', 'underlay-opacity': 0.3, 'underlay-padding': 6 } },
];

export class Canvas {
  constructor(container, { onSelect, onExpandHub, onChange }) {
    this.onSelect = onSelect;
    this.onExpandHub = onExpandHub;
    this.onChange = onChange;
    this.hiddenKinds = new Set();
    this.asOf = null;
    this.cy = window.cytoscape({ container, style: STYLE, minZoom: 0.1, maxZoom: 4 });
    this.cy.on('tap', 'node', event => {
      const data = event.target.data();
      if (data.collapsed) this.onExpandHub(data.hub, data.kind);
      else this.select(data.id);
    });
    this.cy.on('tap', 'edge', event => this.onSelect({ edge: event.target.data() }));
  }

  isEmpty() { return this.cy.nodes().not('.collapsed').empty(); }
  selected() { return this.selectedId || null; }
  entityIds() { return this.cy.nodes().not('.collapsed').map(n => n.id()); }

  clear() {
    this.cy.elements().remove();
    this.selectedId = null;
    this.changed();
  }

  select(id) {
    const node = this.cy.getElementById(id);
    if (node.empty()) return;
    this.cy.elements().unselect();
    node.select();
    this.selectedId = id;
    this.onSelect({ node: node.data() });
    this.onChange();
  }

  /** Merges a /api/graph answer into the canvas. Positions, when given ({id: {x, y}}), place the nodes. */
  addGraph(graph, positions) {
    const before = this.cy.nodes().length;
    const added = [];
    for (const n of graph.nodes || []) added.push(...this.ensureNode(n));
    for (const e of graph.edges || []) this.ensureEdge(e);
    if (!positions) this.placeNew(added);
    for (const c of graph.collapsed || []) {
      const hub = this.cy.getElementById(c.id);
      if (hub.empty()) continue;
      const id = `collapsed:${c.id}:${c.kind}`;
      const label = `+${c.count} ${kindOf(c.kind)}`;
      const existing = this.cy.getElementById(id);
      if (existing.nonempty()) { existing.data('name', label); continue; }
      this.cy.add([{ group: 'nodes', classes: 'collapsed',
        data: { id, name: label, collapsed: true, hub: c.id, kind: c.kind, count: c.count } },
      { group: 'edges', classes: 'collapsed', data: { id: 'edge:' + id, source: c.id, target: id, kind: kindOf(c.kind) } }]);
      this.placeNew(this.cy.getElementById(id).toArray());
    }
    this.layout(positions, before === 0 || added.length > 0);
    this.changed();
  }

  ensureNode(n) {
    const existing = this.cy.getElementById(n.id);
    const data = {
      id: n.id, name: n.name || n.id, type: n.type || typeOf(n.labels), country: n.country || '',
      datasets: n.datasets || [], listed: !!n.listed, derived: !!n.derived,
      russian: n.russian !== undefined ? !!n.russian : RUSSIA.includes(n.country),
      transshipment: n.transshipment !== undefined ? !!n.transshipment : TRANSSHIPMENT.includes(n.country),
      sources: n.sources || [],
    };
    if (existing.nonempty()) {
      const old = existing.data();
      // a node first drawn from a path keeps what the graph says of it later
      existing.data({ ...data, listed: data.listed || old.listed, derived: data.derived || old.derived,
        sources: data.sources.length ? data.sources : old.sources });
      this.classify(existing);
      return [];
    }
    const node = this.cy.add({ group: 'nodes', data });
    this.classify(node);
    return [node];
  }

  classify(node) {
    const d = node.data();
    node.toggleClass('listed', d.listed).toggleClass('derived', !d.listed && d.derived)
      .toggleClass('russian', d.russian).toggleClass('transshipment', d.transshipment);
  }

  /** The link between two nodes of one kind, either way, if the canvas has it. */
  findEdge(a, b, kind) {
    return this.cy.edges().filter(e => e.data('kind') === kind && !e.hasClass('collapsed')
      && ((e.data('source') === a && e.data('target') === b) || (e.data('source') === b && e.data('target') === a)));
  }

  ensureEdge(e) {
    const kind = kindOf(e.kind);
    if (this.cy.getElementById(e.source).empty() || this.cy.getElementById(e.target).empty()) return null;
    const id = e.id || `${e.source}|${kind}|${e.target}`;
    const byId = this.cy.getElementById(id);
    if (byId.nonempty()) return byId;
    const same = this.findEdge(e.source, e.target, kind);
    if (same.nonempty() && !e.id) return same;
    const data = { ...e, id, kind, rawKind: e.kind, sources: e.sources || [] };
    data.caption = edgeLabel(data);
    const edge = this.cy.add({ group: 'edges', data });
    this.applyFilters(edge);
    return edge;
  }

  /** Adds the steps of a path answer (paths, exposure) and highlights them. */
  addPath(steps) {
    const before = this.cy.nodes().length;
    const elements = [];
    const added = [];
    for (const step of steps) {
      added.push(...this.ensureNode({ ...step.node, type: typeOf(step.node.labels), sources: step.node.sources }));
      elements.push(step.node.id);
    }
    const edges = [];
    for (const step of steps) {
      for (const link of step.links || []) {
        const kind = kindOf(link.group || link.type);
        let edge = this.findEdge(link.startId, link.endId, kind);
        if (edge.empty()) {
          const d = link.details || {};
          edge = this.ensureEdge({ source: link.startId, target: link.endId, kind, share: d.share,
            startDate: d.startDate || d.firstDate, endDate: d.endDate || d.lastDate, value: d.valueUsd,
            shipments: d.shipmentCount,
            hsCodes: d.shipments ? [...new Set(d.shipments.map(s => s.hsCode))] : undefined,
            sources: link.sources || [], details: d });
        }
        if (edge) edges.push(edge);
      }
    }
    this.placeNew(added);
    this.layout(null, this.cy.nodes().length > before);
    this.changed();
    return { nodes: elements, edges };
  }

  highlight(nodeIds, edges) {
    this.cy.elements().removeClass('highlight');
    for (const id of nodeIds) this.cy.getElementById(id).addClass('highlight');
    for (const e of edges) e.addClass('highlight');
    this.changed();
  }

  isHighlighted(id) { return this.cy.getElementById(id).hasClass('highlight'); }

  /** New nodes start beside a neighbour already placed, so that a layout grows the picture instead of redrawing it. */
  placeNew(nodes) {
    const fresh = new Set(nodes.map(n => n.id()));
    for (const node of nodes) {
      const placed = node.neighborhood('node').filter(n => !fresh.has(n.id()));
      const anchor = placed.nonempty() ? placed.first().position() : { x: 0, y: 0 };
      const angle = Math.random() * 2 * Math.PI;
      const radius = placed.nonempty() ? 90 : 250 * Math.random();
      node.position({ x: anchor.x + radius * Math.cos(angle), y: anchor.y + radius * Math.sin(angle) });
    }
  }

  layout(positions, run) {
    if (positions) {
      this.cy.nodes().forEach(n => { const p = positions[n.id()]; if (p) n.position(p); });
      const unplaced = this.cy.nodes().filter(n => !positions[n.id()]);
      if (unplaced.nonempty()) unplaced.layout({ name: 'grid', animate: false }).run();
      this.cy.fit(undefined, 30);
      return;
    }
    if (!run) return;
    this.cy.layout({ name: 'cose', animate: false, randomize: false, nodeRepulsion: () => 400000,
      idealEdgeLength: () => 100, nodeOverlap: 20, gravity: 60, numIter: 1000 }).run();
    this.cy.fit(undefined, 30);
  }

  positions() {
    return this.cy.nodes().not('.collapsed').map(n => ({ id: n.id(), x: n.position('x'), y: n.position('y'),
      note: n.data('note') || undefined }));
  }

  setKindHidden(kind, hidden) {
    if (hidden) this.hiddenKinds.add(kind); else this.hiddenKinds.delete(kind);
    this.cy.edges().forEach(e => this.applyFilters(e));
    this.changed();
  }

  setAsOf(date) {
    this.asOf = date;
    this.cy.edges().forEach(e => this.applyFilters(e));
    this.changed();
  }

  applyFilters(edge) {
    const d = edge.data();
    const outOfDate = this.asOf && ((d.startDate && d.startDate > this.asOf) || (d.endDate && d.endDate < this.asOf));
    edge.toggleClass('filtered', this.hiddenKinds.has(d.kind) || !!outOfDate);
  }

  kindsShown() { return [...new Set(this.cy.edges().not('.collapsed').map(e => e.data('kind')))]; }

  dates() {
    const dates = [];
    this.cy.edges().forEach(e => { for (const k of ['startDate', 'endDate']) if (e.data(k)) dates.push(e.data(k)); });
    return dates.sort();
  }

  /** What the table lists: every entity on the canvas, then every link shown. */
  rows() {
    const nodes = this.cy.nodes().not('.collapsed').map(n => n.data());
    const edges = this.cy.edges().not('.collapsed').not('.filtered').map(e => e.data());
    return { nodes, edges, name: id => { const n = this.cy.getElementById(id); return n.nonempty() ? n.data('name') : id; } };
  }

  png() { return this.cy.png({ full: true, scale: 2, bg: '#ffffff' }); }

  changed() { this.onChange(); }
}
