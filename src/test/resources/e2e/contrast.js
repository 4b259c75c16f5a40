// Finds visible buttons, links and tabs whose text colour reads below a WCAG contrast ratio against what is drawn
// behind them. Walks the rendered tree: slotted elements through their slot, shadow roots through their host.
// Returns the offenders (empty when everything reads well enough).
(minimum) => {
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = 1;
  const ctx = canvas.getContext('2d', {willReadFrequently: true});
  // Any CSS colour syntax (rgb, oklch, color-mix results, color(srgb …)) to sRGB 0..255 with alpha 0..1.
  const rgba = css => {
    ctx.clearRect(0, 0, 1, 1);
    ctx.fillStyle = '#000';
    ctx.fillStyle = css;
    ctx.fillRect(0, 0, 1, 1);
    const [r, g, b, a] = ctx.getImageData(0, 0, 1, 1).data;
    return {r, g, b, a: a / 255};
  };
  const over = (top, bottom) => ({
    r: top.r * top.a + bottom.r * (1 - top.a),
    g: top.g * top.a + bottom.g * (1 - top.a),
    b: top.b * top.a + bottom.b * (1 - top.a),
    a: 1
  });
  const luminance = c => {
    const channel = v => { v /= 255; return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b);
  };
  const ratio = (a, b) => {
    const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
    return (hi + 0.05) / (lo + 0.05);
  };
  const renderedParent = el => {
    if (el.assignedSlot) return el.assignedSlot;
    if (el.parentElement) return el.parentElement;
    const root = el.getRootNode();
    return root && root.host ? root.host : null;
  };
  // The layers behind an element, from itself up to the first opaque one, blended bottom-up over white.
  const background = el => {
    const layers = [];
    for (let node = el; node; node = renderedParent(node)) {
      const color = rgba(getComputedStyle(node).backgroundColor);
      if (color.a > 0) {
        layers.push(color);
        if (color.a >= 0.99) break;
      }
    }
    return layers.reverse().reduce((below, layer) => over(layer, below), {r: 255, g: 255, b: 255, a: 1});
  };
  const selector = 'button, vaadin-button, a[href], vaadin-tab, [role=button], [role=link], [role=tab],'
      + ' vaadin-side-nav-item, vaadin-menu-bar-button, vaadin-drawer-toggle';
  const found = new Set();
  const collect = root => {
    root.querySelectorAll(selector).forEach(el => found.add(el));
    root.querySelectorAll('*').forEach(el => { if (el.shadowRoot) collect(el.shadowRoot); });
  };
  collect(document);
  const describe = el => {
    const id = el.id ? '#' + el.id : '';
    const classes = el.classList && el.classList.length ? '.' + [...el.classList].join('.') : '';
    const theme = el.getAttribute('theme') ? '[theme="' + el.getAttribute('theme') + '"]' : '';
    const text = (el.innerText || el.getAttribute('aria-label') || '').trim().replace(/\s+/g, ' ').slice(0, 40);
    return el.localName + id + classes + theme + ' "' + text + '"';
  };
  const offenders = [];
  for (const el of found) {
    const box = el.getBoundingClientRect();
    if (box.width < 1 || box.height < 1) continue;
    if (!el.checkVisibility({opacityProperty: true, visibilityProperty: true})) continue;
    if (el.matches(':disabled, [disabled], [aria-disabled=true]')) continue;
    const label = (el.shadowRoot && el.shadowRoot.querySelector('[part~=label]')) || el;
    const behind = background(el);
    const text = over(rgba(getComputedStyle(label).color), behind);
    const value = ratio(text, behind);
    if (value < minimum) {
      offenders.push(describe(el) + ': ' + value.toFixed(2) + ':1, text rgb(' + [text.r, text.g, text.b]
          .map(Math.round) + ') on rgb(' + [behind.r, behind.g, behind.b].map(Math.round) + ')');
    }
  }
  return offenders;
}
