/** What bin/unspin.js and src/cli/run.ts both do: guard the output streams, run the CLI, set the exit code. */
import { main } from './main.js';

/**
 * Runs the CLI on `argv` (without node and script) as a process: exit code from {@link main}, and
 * output errors handled. A reader that stops early (`unspin check big.txt | head`) ends the run
 * quietly; any other failure to write the output (a full disk) is one line and exit code 2, not a
 * stack trace.
 */
export function launch(argv: string[]): void {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
      if (stream === process.stdout) process.stderr.write(`unspin: cannot write the output: ${error.message}\n`);
      process.exit(2);
    });
  }
  main(argv).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`unspin: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 2;
    },
  );
}
