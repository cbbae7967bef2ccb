#!/usr/bin/env -S node --max-old-space-size=1024
// Thin launcher: the CLI lives in dist/cli (built by `npm install` through the prepare script).
// The heap limit makes V8 collect garbage sooner: peak RSS on spun text drops by about 80 MB at no
// cost in speed (BENCHMARKS.md). Input is read in bounded chunks, so 1 GB is ample.
import { launch } from '../dist/cli/launch.js';

launch(process.argv.slice(2));
