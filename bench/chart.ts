/** A hand-written SVG line chart of restore recall against spin rate (no dependencies). */

/** One line of the chart. */
export interface Series {
  /** Legend label. */
  label: string;
  /** Points (rate, recall), recall in [0, 1]. */
  points: { x: number; y: number }[];
  /** Dashed line (used for the table style). */
  dashed: boolean;
}

const COLOURS = ['#1b6ac9', '#d9480f', '#2b8a3e', '#862e9c', '#495057', '#c2255c'];

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Renders the chart: x = spin rate (0 to 0.5), y = restore recall (0 to 1), one line per series. */
export function restoreRecallSvg(series: readonly Series[], title: string): string {
  const w = 700;
  const h = 400;
  const left = 60;
  const right = 250;
  const top = 40;
  const bottom = 50;
  const pw = w - left - right;
  const ph = h - top - bottom;
  const xMax = 0.5;
  const px = (x: number): number => Math.round((left + (x / xMax) * pw) * 10) / 10;
  const py = (y: number): number => Math.round((top + (1 - y) * ph) * 10) / 10;
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}" font-family="sans-serif" font-size="12">`,
    `<rect width="${w}" height="${h}" fill="#fff"/>`,
    `<text x="${left + pw / 2}" y="22" text-anchor="middle" font-size="14">${esc(title)}</text>`,
  ];
  for (let i = 0; i <= 5; i++) {
    const y = i / 5;
    out.push(
      `<line x1="${left}" y1="${py(y)}" x2="${left + pw}" y2="${py(y)}" stroke="#e9ecef"/>`,
      `<text x="${left - 8}" y="${py(y) + 4}" text-anchor="end">${y.toFixed(1)}</text>`,
    );
  }
  for (const x of [0, 0.1, 0.2, 0.3, 0.4, 0.5]) {
    out.push(
      `<line x1="${px(x)}" y1="${top + ph}" x2="${px(x)}" y2="${top + ph + 5}" stroke="#000"/>`,
      `<text x="${px(x)}" y="${top + ph + 18}" text-anchor="middle">${x.toFixed(1)}</text>`,
    );
  }
  out.push(
    `<line x1="${left}" y1="${top}" x2="${left}" y2="${top + ph}" stroke="#000"/>`,
    `<line x1="${left}" y1="${top + ph}" x2="${left + pw}" y2="${top + ph}" stroke="#000"/>`,
    `<text x="${left + pw / 2}" y="${h - 12}" text-anchor="middle">spin rate</text>`,
    `<text transform="translate(16 ${top + ph / 2}) rotate(-90)" text-anchor="middle">restore recall</text>`,
  );
  series.forEach((s, i) => {
    const colour = COLOURS[i % COLOURS.length] as string;
    const pts = s.points.filter((p) => Number.isFinite(p.y));
    const dash = s.dashed ? ' stroke-dasharray="6 4"' : '';
    if (pts.length > 1) {
      const d = pts.map((p) => `${px(p.x).toFixed(1)},${py(p.y).toFixed(1)}`).join(' ');
      out.push(`<polyline points="${d}" fill="none" stroke="${colour}" stroke-width="2"${dash}/>`);
    }
    for (const p of pts) out.push(`<circle cx="${px(p.x).toFixed(1)}" cy="${py(p.y).toFixed(1)}" r="3" fill="${colour}"/>`);
    const ly = top + 10 + i * 20;
    const lx = left + pw + 20;
    out.push(
      `<line x1="${lx}" y1="${ly}" x2="${lx + 24}" y2="${ly}" stroke="${colour}" stroke-width="2"${dash}/>`,
      `<text x="${lx + 30}" y="${ly + 4}">${esc(s.label)}</text>`,
    );
  });
  out.push('</svg>');
  return out.join('\n') + '\n';
}
