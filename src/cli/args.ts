/** Argument parsing shared by the commands: node:util parseArgs, errors as one-line usage errors. */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './errors.js';

/** Parsed arguments: option values by name, and positionals. */
export interface Parsed {
  /** Option values (strings, or booleans for flags). */
  values: Record<string, string | boolean | undefined>;
  /** Positional arguments. */
  positionals: string[];
}

/** Parses `args` strictly against `options`; unknown options become a {@link UsageError}. */
export function parse(args: string[], options: NonNullable<ParseArgsConfig['options']>): Parsed {
  try {
    const parsed = parseArgs({ args, options, allowPositionals: true, strict: true });
    return { values: parsed.values as Parsed['values'], positionals: parsed.positionals };
  } catch (error) {
    throw new UsageError(plainParseError(error));
  }
}

/**
 * parseArgs's message in our words: it reads "-0.5" as an option and suggests "--" for an unknown
 * option, neither of which helps here.
 */
function plainParseError(error: unknown): string {
  const message = error instanceof Error ? error.message : '';
  const ambiguous = /^Option '(--[\w-]+)[^']*' argument is ambiguous/.exec(message);
  if (ambiguous) return `${ambiguous[1]} needs a value; a value starting with "-" goes after "=" (${ambiguous[1]}=-1)`;
  const unknown = /^Unknown option '([^']+)'/.exec(message);
  if (unknown) return `unknown option ${unknown[1]} (see --help)`;
  return message.split('\n')[0] || 'bad arguments';
}

/** A string option's value, or undefined. */
export function str(parsed: Parsed, name: string): string | undefined {
  const v = parsed.values[name];
  return typeof v === 'string' ? v : undefined;
}

/** A flag's value. */
export function flag(parsed: Parsed, name: string): boolean {
  return parsed.values[name] === true;
}
