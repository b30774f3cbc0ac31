/** A one-line progress bar on a terminal's standard error; nothing at all when it is not a terminal. */

/** Columns a string takes on a terminal: CJK and full-width characters take two. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const character of text) {
    const code = character.codePointAt(0)!;
    width +=
      (code >= 0x1100 && code <= 0x115f) ||
      (code >= 0x2e80 && code <= 0xa4cf) ||
      (code >= 0xac00 && code <= 0xd7a3) ||
      (code >= 0xf900 && code <= 0xfaff) ||
      (code >= 0xfe30 && code <= 0xfe4f) ||
      (code >= 0xff00 && code <= 0xff60) ||
      (code >= 0xffe0 && code <= 0xffe6) ||
      code >= 0x20000
        ? 2
        : 1;
  }
  return width;
}

/** Pads to a display width (CJK-aware), on the right or, for numbers, on the left. */
export function pad(text: string, width: number, align: 'left' | 'right' = 'left'): string {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(text)));
  return align === 'left' ? text + fill : fill + text;
}

const BAR_WIDTH = 24;
const LABEL_WIDTH = 40;

/** Redraws one line with `\r`; other output goes through log() so the bar never garbles it. */
export class ProgressBar {
  private shown = false;
  private last = '';

  constructor(
    private readonly write: (text: string) => void,
    private readonly enabled: boolean,
    private readonly total: number,
  ) {}

  /** Show `done` of the total, with what is being worked on. */
  update(done: number, label: string): void {
    if (!this.enabled) return;
    const filled = this.total === 0 ? BAR_WIDTH : Math.round((done / this.total) * BAR_WIDTH);
    let shortened = label;
    while (displayWidth(shortened) > LABEL_WIDTH) shortened = shortened.slice(0, -2);
    if (shortened !== label) shortened += '…';
    this.last = `[${'#'.repeat(filled)}${'-'.repeat(BAR_WIDTH - filled)}] ${done}/${this.total} ${shortened}`;
    this.write(`\r\x1b[2K${this.last}`);
    this.shown = true;
  }

  /** Write a line through `writer` (this stream or another on the same terminal) without tearing the bar. */
  log(text: string, writer: (text: string) => void = this.write): void {
    if (this.shown) this.write('\r\x1b[2K');
    writer(text);
    if (this.shown) this.write(this.last);
  }

  /** Remove the bar. */
  finish(): void {
    if (this.shown) this.write('\r\x1b[2K');
    this.shown = false;
  }
}
