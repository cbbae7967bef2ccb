/** Source launcher, equivalent to bin/unspin.js without a build: `node --import tsx src/cli/run.ts`. */
import { main } from './main.js';

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    process.stderr.write(`unspin: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  },
);
