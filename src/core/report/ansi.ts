/**
 * Plain ANSI styling for the terminal reporter; every function returns its input unchanged when
 * colour is off, so callers never branch on it.
 */

/** A styling function: wraps text in an ANSI code, or not. */
export type Style = (text: string) => string;

/** The styles the reporters use. */
export interface Palette {
  bold: Style;
  dim: Style;
  underline: Style;
  yellow: Style;
  green: Style;
  red: Style;
}

const wrap =
  (open: number, close: number): Style =>
  (text) =>
    `\u001b[${open}m${text}\u001b[${close}m`;

const identity: Style = (text) => text;

/** The palette for `color` on or off. */
export function palette(color: boolean): Palette {
  if (!color) return { bold: identity, dim: identity, underline: identity, yellow: identity, green: identity, red: identity };
  return { bold: wrap(1, 22), dim: wrap(2, 22), underline: wrap(4, 24), yellow: wrap(33, 39), green: wrap(32, 39), red: wrap(31, 39) };
}
