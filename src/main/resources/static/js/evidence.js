// The evidence panel: every statement behind a node or a link, with its dataset, record, load run, first and last
// sight, source URL and validity dates.
import { get } from './api.js';
import { el, clear, facts, link } from './dom.js';

/** A source as the graph answers give it: an object, or "dataset:recordId" text in path answers. */
function statement(source) {
  if (typeof source === 'string') {
    const at = source.indexOf(':');
    return at > 0 ? { dataset: source.substring(0, at), recordId: source.substring(at + 1) } : { recordId: source };
  }
  return source || {};
}

function statements(sources, validity) {
  const list = el('ol', { class: 'list' });
  if (!sources || !sources.length) list.append(el('li', { class: 'hint', text: 'No statement recorded.' }));
  for (const raw of sources || []) {
    const s = statement(raw);
    list.append(el('li', { class: 'evidence-item' }, facts([
      ['dataset', s.dataset], ['record id', s.recordId], ['load run', s.loadRun],
      ['first seen', s.firstSeen], ['last seen', s.lastSeen], ['source', link(s.sourceUrl)],
      ['valid from', validity && validity.startDate], ['valid until', validity && validity.endDate],
    ])));
  }
  return list;
}

export class EvidencePanel {
  constructor(root) { this.root = root; }

  title(text) {
    clear(this.root);
    this.root.append(el('h2', { text: 'Evidence' }), el('p', { class: 'meta', text }));
  }

  async showNode(node) {
    this.title(`${node.name} (${node.type}${node.country ? ', ' + node.country : ''})`);
    this.root.dataset.subject = node.id;
    let sources = node.sources || [];
    let validity = null;
    try {
      const entity = await get('/api/entities/' + encodeURIComponent(node.id));
      if (this.root.dataset.subject !== node.id) return;
      sources = entity.sources || sources;
      const p = entity.properties || {};
      validity = { startDate: p.incorporationDate || p.birthDate, endDate: p.dissolutionDate };
      this.root.append(facts([['id', node.id], ['incorporated or born', validity.startDate],
        ['dissolved', validity.endDate], ['datasets', [...new Set(sources.map(s => statement(s).dataset))]]]));
    } catch (e) {
      this.root.append(facts([['id', node.id]]));
    }
    this.root.append(el('h3', { text: `Statements (${sources.length})` }), statements(sources, null));
  }

  showEdge(edge, nameOf) {
    this.title(`${nameOf(edge.source)} → ${nameOf(edge.target)}: ${edge.rawKind || edge.kind}`);
    this.root.dataset.subject = edge.id;
    this.root.append(facts([
      ['kind', edge.rawKind || edge.kind], ['share', edge.share !== undefined && edge.share !== null ? edge.share + '%' : null],
      ['valid from', edge.startDate], ['valid until', edge.endDate],
      ['HS codes', edge.hsCodes], ['value', edge.value ? 'USD ' + Math.round(edge.value).toLocaleString('en-US') : null],
      ['shipments', edge.shipments],
    ]));
    const sources = edge.sources || [];
    this.root.append(el('h3', { text: `Statements (${sources.length})` }),
      statements(sources, { startDate: edge.startDate, endDate: edge.endDate }));
  }
}
