/**
 * Abbreviations that end in a full stop without ending a sentence. Kept as a small data block (one
 * entry a line, `#` starts a comment) so that it is easy to extend; parsed once at load.
 *
 * Entries are matched case-insensitively and include their dots (`u.s.`, `e.g.`). Markers:
 * - none: always an abbreviation, never ends a sentence (titles, `e.g.`);
 * - ` *`: often closes a sentence (`etc.`, `Inc.`): it ends one when the next word is capitalised;
 * - ` +`: also an ordinary word (`no.`, `sat.`, `Jan.` the name): an abbreviation only when a number
 *   follows (`No. 10`, `Jan. 5`, `p. 12`), otherwise an ordinary word and full stop;
 * - ` ,`: a US state as news copy writes it after a place (`Richmond, Va.`, `Springfield, Ill.`):
 *   an abbreviation when capitalised right after a comma (so "fell ill." stays a word), and it may
 *   close a sentence like ` *`.
 */
const DATA = `
# Titles and honorifics: always followed by a name.
mr.
mrs.
ms.
dr.
prof.
rev. +
hon.
sr. *
jr. *
st.
gen.
col.
capt.
lt.
sgt.
gov.
sen.
rep. +
pres.
supt.
insp.
# Latin and editorial.
e.g.
i.e.
etc. *
cf.
vs.
viz.
approx.
ca.
et al. *
al. *
# Companies.
inc. *
ltd. *
co. *
corp. *
plc. *
bros.
# Countries and places written with dots (often before a capitalised noun: "U.S. President").
u.s.
u.k.
u.n.
e.u.
u.s.a.
d.c.
mt.
ave.
rd.
# US states in news datelines and places (AP style); two-letter initialisms (N.Y.) need no entry.
ala. ,
ariz. ,
ark. ,
calif. ,
colo. ,
conn. ,
del. ,
fla. ,
ga. ,
ill. ,
ind. ,
kan. ,
ky. ,
la. ,
md. ,
mass. ,
mich. ,
minn. ,
miss. ,
mo. ,
mont. ,
neb. ,
nev. ,
okla. ,
ore. ,
pa. ,
tenn. ,
tex. ,
vt. ,
va. ,
wash. ,
wis. ,
wyo. ,
# Times.
a.m. *
p.m. *
# Months and days.
jan. +
feb. +
mar. +
apr. +
jun. +
jul. +
aug. +
sep. +
sept. +
oct. +
nov. +
dec. +
mon. +
tue. +
tues. +
wed. +
thu. +
thur. +
thurs. +
fri. +
sat. +
sun. +
# Units and references.
no. +
nos. +
vol. +
pp. +
p. +
fig. +
ch. +
sec. +
dept.
est. +
min. +
max. +
`;

/** How an abbreviation relates to sentence ends. */
export type AbbreviationKind = 'never-ends' | 'may-end' | 'before-number' | 'after-comma';

function parse(data: string): Map<string, AbbreviationKind> {
  const out = new Map<string, AbbreviationKind>();
  for (const raw of data.split('\n')) {
    const line = raw.replace(/#.*$/, '').trim();
    if (line === '') continue;
    const marker = line.endsWith(' *') ? '*' : line.endsWith(' +') ? '+' : line.endsWith(' ,') ? ',' : '';
    const entry = (marker ? line.slice(0, -2) : line).trim().toLowerCase();
    // Multi-word entries ("et al.") are matched on their last word only.
    const last = entry.split(/\s+/).pop() ?? entry;
    out.set(last, marker === '*' ? 'may-end' : marker === '+' ? 'before-number' : marker === ',' ? 'after-comma' : 'never-ends');
  }
  return out;
}

/** Lower-case abbreviation (with its dots, e.g. `u.s.`) -> whether it may close a sentence. */
export const ABBREVIATIONS: ReadonlyMap<string, AbbreviationKind> = parse(DATA);
