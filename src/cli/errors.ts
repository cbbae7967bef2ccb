/** Errors the CLI reports as one line with exit code 2 (never a stack trace). */

/** A mistake in how the command was called. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** Parses a number option within [min, max] or throws a {@link UsageError} naming the option. */
export function numberOption(name: string, value: string | undefined, fallback: number, min: number, max: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || n < min || n > max) {
    throw new UsageError(`--${name} must be a number from ${min} to ${max}, got "${value}"`);
  }
  return n;
}

/** Checks a choice option against its allowed values. */
export function choiceOption<T extends string>(name: string, value: string | undefined, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(value)) {
    throw new UsageError(`--${name} must be one of ${allowed.join(', ')}, got "${value}"`);
  }
  return value as T;
}

/** Problems with single inputs, reported one line each on stderr while the command goes on. */
export interface ProblemLog {
  /** Writes `unspin: message` to stderr and counts it. */
  report: (message: string) => void;
  /** How many problems were reported so far. */
  readonly count: number;
}

/** A {@link ProblemLog} for commands that skip bad inputs and exit 1 when any were reported. */
export function problemLog(): ProblemLog {
  let count = 0;
  return {
    report: (message: string): void => {
      count++;
      process.stderr.write(`unspin: ${message}\n`);
    },
    get count(): number {
      return count;
    },
  };
}
