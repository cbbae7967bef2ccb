/** Source launcher, equivalent to bin/unspin.js without a build: `node --import tsx src/cli/run.ts`. */
import { launch } from './launch.js';

launch(process.argv.slice(2));
