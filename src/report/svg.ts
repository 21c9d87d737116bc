/** Small SVG charts as strings: no library, no script, render anywhere (browsers, offline). */

export const escapeXml = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** Display width of a label in px at 12px: CJK characters are about twice as wide as Latin ones. */
function labelWidth(label: string): number {
  let w = 0;
  for (const c of label) w += /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]|[\u{20000}-\u{2ffff}]/u.test(c) ? 12 : 7.5;
  return w;
}

export interface ChartOptions {
  /** Bar colour. */
  color?: string;
  /** Chart width in px. Default 640. */
  width?: number;
  /** Show at most this many bars (largest first); the rest are summed into “(other)”. Default 15. */
  maxBars?: number;
}

/** Horizontal bars, largest first: one labelled `<rect class="bar">` per category. */
export function barChart(title: string, counts: Record<string, number>, options: ChartOptions = {}): string {
  const color = options.color ?? '#3b6ea5';
  const width = options.width ?? 640;
  const maxBars = options.maxBars ?? 15;
  let rows = Object.entries(counts).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  if (rows.length > maxBars) {
    const rest = rows.slice(maxBars - 1).reduce((n, [, v]) => n + v, 0);
    rows = [...rows.slice(0, maxBars - 1), ['(other)', rest]];
  }
  const id = `chart-${slug(title)}`;
  if (rows.length === 0) {
    return `<svg class="chart" id="${id}" role="img" aria-label="${escapeXml(title)}: none" width="${width}" height="40" viewBox="0 0 ${width} 40" xmlns="http://www.w3.org/2000/svg"><title>${escapeXml(title)}</title><text x="0" y="24" class="empty">none</text></svg>`;
  }
  const labelW = Math.min(260, Math.max(60, ...rows.map(([k]) => labelWidth(k))) + 16);
  const bar = 22;
  const gap = 6;
  const countW = 70;
  const plotW = width - labelW - countW;
  const max = Math.max(...rows.map(([, v]) => v), 1);
  const height = rows.length * (bar + gap) + gap;
  const parts = rows.map(([label, value], i) => {
    const y = gap + i * (bar + gap);
    const w = Math.max(2, Math.round((value / max) * plotW));
    return (
      `<g class="row"><title>${escapeXml(label)}: ${value}</title>` +
      `<text class="label" x="${labelW - 8}" y="${y + bar / 2 + 4}" text-anchor="end">${escapeXml(truncate(label, 24))}</text>` +
      `<rect class="bar" x="${labelW}" y="${y}" width="${w}" height="${bar}" fill="${color}" rx="2" data-value="${value}"/>` +
      `<text class="value" x="${labelW + w + 6}" y="${y + bar / 2 + 4}">${value}</text></g>`
    );
  });
  return `<svg class="chart" id="${id}" role="img" aria-label="${escapeXml(title)}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" xmlns="http://www.w3.org/2000/svg"><title>${escapeXml(title)}</title>${parts.join('')}</svg>`;
}

/** Vertical bars in the given order (a histogram): one `<rect class="bar">` per bin, labels under them. */
export function columnChart(title: string, bins: Array<[string, number]>, options: ChartOptions = {}): string {
  const color = options.color ?? '#4f8a5b';
  const width = options.width ?? 640;
  const height = 240;
  const top = 20;
  const bottom = 40;
  const plotH = height - top - bottom;
  const slot = width / Math.max(1, bins.length);
  const max = Math.max(...bins.map(([, v]) => v), 1);
  const parts = bins.map(([label, value], i) => {
    const h = value === 0 ? 0 : Math.max(2, Math.round((value / max) * plotH));
    const x = Math.round(i * slot + slot * 0.15);
    const w = Math.round(slot * 0.7);
    const y = top + plotH - h;
    return (
      `<g class="col"><title>${escapeXml(label)}: ${value}</title>` +
      `<rect class="bar" x="${x}" y="${y}" width="${w}" height="${h}" fill="${color}" rx="2" data-value="${value}"/>` +
      `<text class="value" x="${x + w / 2}" y="${y - 4}" text-anchor="middle">${value}</text>` +
      `<text class="label" x="${x + w / 2}" y="${height - bottom + 16}" text-anchor="middle">${escapeXml(label)}</text></g>`
    );
  });
  const axis = `<line class="axis" x1="0" y1="${top + plotH}" x2="${width}" y2="${top + plotH}" stroke="#999"/>`;
  return `<svg class="chart" id="chart-${slug(title)}" role="img" aria-label="${escapeXml(title)}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" xmlns="http://www.w3.org/2000/svg"><title>${escapeXml(title)}</title>${axis}${parts.join('')}</svg>`;
}

function truncate(text: string, chars: number): string {
  const cps = Array.from(text);
  return cps.length > chars ? `${cps.slice(0, chars - 1).join('')}…` : text;
}

function slug(title: string): string {
  return (
    title
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'chart'
  );
}
