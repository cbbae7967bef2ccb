/**
 * Validates the curated data files (`data/phrases.tsv`, `data/function-words.tsv`).
 * Usage: `npx tsx scripts/validate-data.ts`. Exit 0 with a one-line summary when valid; exit 1
 * listing every problem as `file:line: message`.
 */
import { loadFunctionWords, loadPhrases } from '../src/node/api.js';
import { validateData } from '../src/node/validate-data.js';

const problems = validateData();
if (problems.length > 0) {
  for (const p of problems) process.stderr.write(`${p}\n`);
  process.stderr.write(`${problems.length} problem${problems.length === 1 ? '' : 's'} in data/\n`);
  process.exitCode = 1;
} else {
  const fw = loadFunctionWords();
  process.stdout.write(
    `data/ is valid: ${loadPhrases().length} phrase entries, ${fw.english.length} English and ${fw.foreign.length} foreign function words\n`,
  );
}
