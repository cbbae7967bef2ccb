/** One JSONL line as a JSON object, shared by the index and learn readers. */

/**
 * Parses `line` as a JSON object; reports `where: bad JSON (…)` or `where: expected a JSON object
 * with <fields>` and returns undefined when it is not one.
 */
export function parseJsonObject(line: string, where: string, fields: string, report: (message: string) => void): Record<string, unknown> | undefined {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    report(`${where}: bad JSON (${error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error)}); skipped`);
    return undefined;
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    report(`${where}: expected a JSON object with ${fields}; skipped`);
    return undefined;
  }
  return value as Record<string, unknown>;
}
