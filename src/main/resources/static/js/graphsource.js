// Where the canvas's nodes and links come from: GET /api/graph (an entity's neighbourhood with its links' kinds,
// dates and sources, hubs collapsed with a count). A service without that endpoint is read through the entity
// view instead: its relationships and its main trade counterparties.
import { get, query, ApiError } from './api.js';
import { typeOf } from './canvas.js';

const CHUNK = 40; // ids per request keeps the URL short

let graphEndpoint = true;

export async function neighbourhood(ids, { hops = 1, asOf, kinds, hubLimit } = {}) {
  const answer = { nodes: [], edges: [], collapsed: [], truncated: false };
  for (let i = 0; i < ids.length; i += CHUNK) {
    const part = ids.slice(i, i + CHUNK);
    let graph = null;
    if (graphEndpoint) {
      try {
        graph = await get('/api/graph' + query({ ids: part.join(','), hops, asOf, kinds, hubLimit }));
      } catch (e) {
        if (!(e instanceof ApiError) || e.status !== 404 || !String(e.message).includes('api/graph')) throw e;
        graphEndpoint = false;
      }
    }
    if (!graph) graph = await fromEntityViews(part, hops);
    answer.nodes.push(...(graph.nodes || []));
    answer.edges.push(...(graph.edges || []));
    answer.collapsed.push(...(graph.collapsed || []));
    answer.truncated = answer.truncated || !!graph.truncated;
  }
  return answer;
}

async function fromEntityViews(ids, hops) {
  const graph = { nodes: [], edges: [], collapsed: [] };
  for (const id of ids) {
    let view;
    try {
      view = await get('/api/entities/' + encodeURIComponent(id));
    } catch (e) {
      if (e instanceof ApiError && e.status === 404) continue; // an address or a listing has no entity view
      throw e;
    }
    const listed = (view.properties && view.properties.hopsToListed === 0);
    graph.nodes.push({ id: view.id, name: view.name, type: typeOf(view.labels), country: view.properties.country,
      datasets: [...new Set((view.sources || []).map(s => s.dataset))], listed,
      derived: !listed && view.properties.hopsToDesignated === 0, sources: view.sources });
    if (hops < 1) continue;
    for (const r of view.relationships || []) {
      const other = r.other;
      graph.nodes.push({ id: other.id, name: other.name || other.full || other.id, type: typeOf(other.labels),
        country: other.country, listed: other.hopsToListed === 0,
        derived: other.hopsToListed !== 0 && other.hopsToDesignated === 0 });
      const [source, target] = r.direction === 'out' ? [view.id, other.id] : [other.id, view.id];
      const props = r.properties || {};
      graph.edges.push({ source, target, kind: r.type, share: props.share, startDate: props.startDate,
        endDate: props.endDate, sources: r.sources });
    }
    for (const k of view.linksByKind || []) {
      if (k.kind !== 'SHIPMENT') continue;
      for (const c of k.counterparties || []) {
        graph.nodes.push({ id: c.id, name: c.name, type: 'Company', country: c.country });
        const [source, target] = k.direction === 'out' ? [view.id, c.id] : [c.id, view.id];
        graph.edges.push({ source, target, kind: 'trade', value: c.valueUsd, shipments: c.shipments,
          startDate: c.firstDate, endDate: c.lastDate, sources: [] });
      }
    }
  }
  return graph;
}

/** What the graph says of these nodes (type, datasets, listed, derived), or nothing without the graph endpoint. */
export async function describe(ids) {
  if (!graphEndpoint || !ids.length) return new Map();
  try {
    const graph = await get('/api/graph' + query({ ids: ids.slice(0, 50).join(','), hops: 0 }));
    return new Map(graph.nodes.map(n => [n.id, n]));
  } catch (e) {
    return new Map();
  }
}
