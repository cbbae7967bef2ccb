/** Help texts of the CLI, one per command. */

/** Top-level help. */
export const MAIN_HELP = `unspin: detect machine-spun text and restore its original wording, offline.

Usage
  unspin check [files...] [options]     findings and a verdict per file
  unspin restore FILE|--stdin [options] print the restored text only
  unspin spin FILE|--stdin --style wordnet|table|farm [options]
                                        spin a text (reference spinner, for tests and red-teaming)
  unspin index add|stats|remove [--db PATH] ...
                                        index originals (files, folders, JSONL) for unspin source
  unspin source FILE|--stdin [--db PATH] [--format stylish|json]
                                        find the original a spun copy was made from
  unspin diff ORIGINAL SPUN [--format stylish|json|html]
                                        word alignment, substitution table and spin rate
  unspin learn PAIRS... -o farm.table   learn a farm's substitution table from aligned pairs

Options
  -h, --help       show help (also: unspin COMMAND --help)
  -v, --version    show the version

Examples
  unspin check examples/spun.txt
  cat article.txt | unspin check --stdin --format json
  unspin restore examples/spun.txt > restored.txt
  unspin spin examples/original.txt --style wordnet --rate 0.3 --seed 1
  unspin index add originals/ && unspin source examples/spun.txt
  unspin check --table farm.table article.txt

Exit codes: 0 clean, 1 findings, 2 usage or runtime error.
`;

/** Help of `unspin check`. */
export const CHECK_HELP = `Usage: unspin check [files, folders or globs...] [options]

Checks each file for spun text: prints every suspicious phrase with its probable original and
how surely it is spun ("spun 0.97"; the note of --format json also gives how sure the original
is), and a verdict per file (score in [0, 1], estimated share of spun words).

Options
  --stdin                  read the text from standard input
  --format FORMAT          stylish (default), json or github
  --min-confidence N       hide findings spun with probability below N (0..1, default 0.88);
                           a finding also needs an original at least 30 % likely
  --table FILE             also use a farm table learned by unspin learn (docs/farm-table.md)
  --max-size MB            refuse inputs larger than this (default 20)
  --quiet                  print findings only, no verdict lines (stylish)
  -h, --help               show this help

Examples
  unspin check examples/spun.txt
  unspin check "articles/**/*.txt" --format json > report.json
  curl -s https://example.org/a.txt | unspin check --stdin

Text that is not English gets no verdict, and paragraphs in another language inside English text
are left unchecked; with --format json the note saying so goes to stderr as
"unspin: note: FILE: ..." (exit code unchanged).

Exit codes: 0 no findings, 1 findings, 2 usage or runtime error. Colours follow NO_COLOR.
`;

/** Help of `unspin restore`. */
export const RESTORE_HELP = `Usage: unspin restore FILE|--stdin [options]

Prints the restored text only: layout, whitespace and punctuation exactly as in the input, only the
spun spans replaced by their probable originals.

Options
  --stdin                  read the text from standard input
  --min-confidence N       restore only spans spun with probability N or more (0..1, default
                           0.88) whose original is at least 30 % likely
  --table FILE             also use a farm table learned by unspin learn (docs/farm-table.md)
  --max-size MB            refuse inputs larger than this (default 20)
  -h, --help               show this help

Examples
  unspin restore examples/spun.txt
  unspin restore --stdin < spun.txt > restored.txt
`;

/** Help of `unspin spin`. */
export const SPIN_HELP = `Usage: unspin spin FILE|--stdin --style wordnet|table|farm [options]

The reference spinner: substitutes words the way content-farm spinners do, deterministically for a
seed. Use it to make test data or to red-team your own pipeline.

Options
  --stdin                  read the text from standard input
  --style STYLE            wordnet (WordNet synset members, sense- and POS-blind), table (phrase
                           table, each match replaced with probability R) or farm (a share R of
                           the table's entries, each replaced at 90 % of its matches, as farms do)
  --table FILE             phrase table for --style table or farm (format: docs/table-format.md)
  --rate R                 wordnet, table: probability that a spinnable word or phrase is
                           replaced; farm: share of the table's entries used (0..1, default 0.3)
  --seed N                 random seed (integer, default 1)
  --alignment FILE         also write the true substitutions (offsets in both texts) as JSON
  -h, --help               show this help

Examples
  unspin spin examples/original.txt --style wordnet --rate 0.3 --seed 7
  unspin spin article.txt --style table --table my.table --alignment truth.json
  unspin spin article.txt --style farm --table my.table --rate 0.25
`;
