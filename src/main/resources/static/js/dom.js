// Small helpers to build the DOM without innerHTML (no markup from data ever reaches the page unescaped).

export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (key === 'class') node.className = value;
    else if (key === 'text') node.textContent = value;
    else if (key.startsWith('on')) node.addEventListener(key.substring(2), value);
    else if (key === 'dataset') Object.assign(node.dataset, value);
    else node.setAttribute(key, value === true ? '' : value);
  }
  for (const child of children.flat()) {
    if (child === undefined || child === null || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

export function clear(node) { node.replaceChildren(); return node; }

export function facts(pairs) {
  const dl = el('dl', { class: 'facts' });
  for (const [key, value] of pairs) {
    if (value === undefined || value === null || value === '' || (Array.isArray(value) && !value.length)) continue;
    dl.append(el('dt', { text: key }), el('dd', {}, value instanceof Node ? value : Array.isArray(value) ? value.join('; ') : String(value)));
  }
  return dl;
}

export function badge(text, kind) { return el('span', { class: 'badge ' + kind, text }); }

export function link(url) {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return url;
  } catch (e) { return url; }
  return el('a', { href: url, target: '_blank', rel: 'noopener noreferrer', text: url });
}

export function percent(value) {
  return value === undefined || value === null ? '' : `${Math.round(value * 100) / 100}%`;
}
