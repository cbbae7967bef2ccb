/** Metric tokens exactly as docs/metrics.md defines them, so figures compare across versions. */

const TOKEN = /[a-z0-9]+(?:'[a-z]+)?/g;

/** Lower-cases the text, maps U+2019 to an apostrophe and returns the matches of `[a-z0-9]+(?:'[a-z]+)?`. */
export function metricTokens(text: string): string[] {
  return text.toLowerCase().replace(/\u2019/g, "'").match(TOKEN) ?? [];
}
