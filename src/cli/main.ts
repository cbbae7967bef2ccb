/**
 * The `unspin` command line: dispatches to the commands and turns every error into one line on
 * stderr with exit code 2.
 */
import { readFileSync } from 'node:fs';
import { InputError } from '../node/read-input.js';
import { runCheck } from './check-command.js';
import { UsageError } from './errors.js';
import { runRestore } from './restore-command.js';
import { runSpin } from './spin-command.js';
import { runIndex } from './index-command.js';
import { runSource } from './source-command.js';
import { runDiff } from './diff-command.js';
import { runLearn } from './learn-command.js';
import { MAIN_HELP } from './usage.js';

/** Runs the CLI with `argv` (without node and script) and resolves to the exit code. */
export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case undefined:
        process.stderr.write(MAIN_HELP);
        return 2;
      case '-h':
      case '--help':
      case 'help':
        process.stdout.write(MAIN_HELP);
        return 0;
      case '-v':
      case '--version':
        process.stdout.write(`${version()}\n`);
        return 0;
      case 'check':
        return await runCheck(rest);
      case 'restore':
        return await runRestore(rest);
      case 'spin':
        return await runSpin(rest);
      case 'index':
        return await runIndex(rest);
      case 'source':
        return await runSource(rest);
      case 'diff':
        return await runDiff(rest);
      case 'learn':
        return await runLearn(rest);
      default:
        throw new UsageError(`unknown command "${command}"; run unspin --help`);
    }
  } catch (error) {
    return reportError(error);
  }
}

/** Prints one line for an error and returns exit code 2. */
export function reportError(error: unknown): number {
  const message =
    error instanceof UsageError || error instanceof InputError
      ? error.message
      : error instanceof Error && 'code' in error && typeof (error as { code: unknown }).code === 'string' && (error as { code: string }).code.startsWith('ERR_PARSE_ARGS')
        ? error.message.split('\n')[0] ?? error.message
        : error instanceof Error
          ? error.message.split('\n')[0] ?? 'unexpected error'
          : String(error);
  process.stderr.write(`unspin: ${message}\n`);
  return 2;
}

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}
