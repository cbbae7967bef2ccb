/** A one-line progress bar on stderr, drawn only when stderr is a terminal. */
export class Progress {
  private readonly total: number;
  private readonly label: string;
  private readonly enabled: boolean;
  private count = 0;
  private lastDraw = 0;
  private lastWithin = 0;
  /** Whether `within` drew anything (a one-item run draws no bar of its own). */
  private drawn = false;

  constructor(total: number, label: string) {
    this.total = total;
    this.label = label;
    this.enabled = process.stderr.isTTY === true && total > 1;
  }

  /** Counts one item done and redraws at most every 100 ms. */
  tick(item: string): void {
    this.count++;
    if (!this.enabled) return;
    const now = Date.now();
    if (now - this.lastDraw < 100 && this.count < this.total) return;
    this.lastDraw = now;
    const width = 24;
    const filled = Math.round((this.count / this.total) * width);
    const bar = '#'.repeat(filled) + '-'.repeat(width - filled);
    process.stderr.write(`\r${this.label} [${bar}] ${this.count}/${this.total} ${shortName(item)}\x1b[K`);
  }

  /**
   * Draws the progress within one long item (a share of its characters), at most every 100 ms; for
   * a single file the bar would otherwise sit still until it is done.
   */
  within(item: string, done: number, total: number): void {
    // Only inside a long item: the end of an item is the per-item bar's to draw.
    if (process.stderr.isTTY !== true || total <= 0 || done >= total) return;
    const now = Date.now();
    if (now - this.lastWithin < 100) return;
    this.lastWithin = now;
    process.stderr.write(`\r${this.label} ${shortName(item)} ${Math.round((100 * done) / total)} %\x1b[K`);
    this.drawn = true;
  }

  /** Clears the bar (the next tick draws it again, so a line of its own may be written between). */
  done(): void {
    if (this.enabled || this.drawn) process.stderr.write('\r\x1b[K');
  }

}

/** An item's name cut to its last 40 characters, so the line fits a terminal. */
function shortName(item: string): string {
  return item.length > 40 ? '…' + item.slice(-39) : item;
}
