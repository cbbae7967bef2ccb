/**
 * Principal parts of common English irregular verbs, and a few adjectives whose regular forms
 * are preferred over WordNet's exception lists. WordNet's `verb.exc` maps inflected forms to bases
 * but does not say which are past and which are participles ("went" vs "gone"), so this table
 * decides that, and which form to produce when several exist (the first listed is preferred).
 */

/** Parts of one irregular verb; alternatives in preference order. */
export interface VerbParts {
  /** Simple past forms. */
  readonly past: readonly string[];
  /** Past participle forms. */
  readonly pastpart: readonly string[];
  /** Irregular third person singular, if any. */
  readonly thirdSg?: string;
}

// "base past pastpart", alternatives joined by "/". Verbs with regular spellings preferred over the
// British -t forms in verb.exc (burn, learn, dream…) are listed with their regular forms first.
const VERBS = `
arise arose arisen|awake awoke awoken|bear bore borne/born|beat beat beaten|become became become|
begin began begun|bend bent bent|bet bet bet|bid bid bid|bind bound bound|bite bit bitten|
bleed bled bled|blow blew blown|break broke broken|breed bred bred|bring brought brought|
broadcast broadcast broadcast|build built built|burn burned/burnt burned/burnt|burst burst burst|
buy bought bought|cast cast cast|catch caught caught|choose chose chosen|cling clung clung|
come came come|cost cost cost|creep crept crept|cut cut cut|deal dealt dealt|dig dug dug|
dive dived/dove dived|do did done|draw drew drawn|dream dreamed/dreamt dreamed/dreamt|
drink drank drunk|drive drove driven|eat ate eaten|fall fell fallen|feed fed fed|feel felt felt|
fight fought fought|find found found|flee fled fled|fling flung flung|fly flew flown|
forbid forbade forbidden|forecast forecast forecast|foresee foresaw foreseen|forget forgot forgotten|
forgive forgave forgiven|freeze froze frozen|get got got/gotten|give gave given|go went gone|
grind ground ground|grow grew grown|hang hung/hanged hung/hanged|have had had|hear heard heard|
hide hid hidden|hit hit hit|hold held held|hurt hurt hurt|keep kept kept|kneel knelt/kneeled knelt/kneeled|
know knew known|lay laid laid|lead led led|lean leaned/leant leaned/leant|leap leaped/leapt leaped/leapt|
learn learned/learnt learned/learnt|leave left left|lend lent lent|let let let|lie lay/lied lain/lied|
light lit/lighted lit/lighted|lose lost lost|make made made|mean meant meant|meet met met|
mislead misled misled|mistake mistook mistaken|misunderstand misunderstood misunderstood|
overcome overcame overcome|oversee oversaw overseen|overtake overtook overtaken|
overthrow overthrew overthrown|pay paid paid|prove proved proven/proved|put put put|quit quit quit|
read read read|rebuild rebuilt rebuilt|rid rid rid|ride rode ridden|ring rang rung|rise rose risen|
run ran run|say said said|see saw seen|seek sought sought|sell sold sold|send sent sent|set set set|
sew sewed sewn/sewed|shake shook shaken|shed shed shed|shine shone/shined shone/shined|shoot shot shot|
show showed shown/showed|shrink shrank shrunk|shut shut shut|sing sang sung|sink sank sunk|sit sat sat|
slay slew slain|sleep slept slept|slide slid slid|sling slung slung|slit slit slit|
smell smelled/smelt smelled/smelt|sow sowed sown/sowed|speak spoke spoken|speed sped/speeded sped/speeded|
spell spelled/spelt spelled/spelt|spend spent spent|spill spilled/spilt spilled/spilt|spin spun spun|
spit spat spat|split split split|spoil spoiled/spoilt spoiled/spoilt|spread spread spread|
spring sprang sprung|stand stood stood|steal stole stolen|stick stuck stuck|sting stung stung|
stink stank stunk|stride strode stridden|strike struck struck|string strung strung|strive strove striven|
swear swore sworn|sweep swept swept|swell swelled swollen/swelled|swim swam swum|swing swung swung|
take took taken|teach taught taught|tear tore torn|tell told told|think thought thought|
throw threw thrown|thrust thrust thrust|tread trod trodden|undergo underwent undergone|
understand understood understood|undertake undertook undertaken|uphold upheld upheld|upset upset upset|
wake woke woken|wear wore worn|weave wove woven|wed wed/wedded wed/wedded|weep wept wept|wet wet wet|
win won won|wind wound wound|withdraw withdrew withdrawn|withhold withheld withheld|
withstand withstood withstood|write wrote written|be was/were been|
`;

function parseVerbs(): ReadonlyMap<string, VerbParts> {
  const out = new Map<string, VerbParts>();
  for (const entry of VERBS.split('|')) {
    const [base, past, pp] = entry.trim().split(' ');
    if (!base || !past || !pp) continue;
    out.set(base, { past: past.split('/'), pastpart: pp.split('/') });
  }
  out.set('have', { past: ['had'], pastpart: ['had'], thirdSg: 'has' });
  out.set('be', { past: ['was', 'were'], pastpart: ['been'], thirdSg: 'is' });
  out.set('do', { past: ['did'], pastpart: ['done'], thirdSg: 'does' });
  out.set('go', { past: ['went'], pastpart: ['gone'], thirdSg: 'goes' });
  return out;
}

/** Irregular verbs by base form. */
export const IRREGULAR_VERBS: ReadonlyMap<string, VerbParts> = parseVerbs();

/** Present-tense forms of "be" other than "be" itself: read as base (am, are) or 3sg (is). */
export const BE_PRESENT: Readonly<Record<string, 'base' | '3sg'>> = { am: 'base', are: 'base', is: '3sg' };

/**
 * Nouns in -man that take a regular -s plural (the rest become -men: chairman → chairmen).
 */
export const MAN_REGULAR: ReadonlySet<string> = new Set([
  'human', 'superhuman', 'german', 'roman', 'shaman', 'talisman', 'caiman', 'cayman', 'ottoman',
  'doberman', 'brahman', 'dolman', 'hetman', 'ataman', 'desman', 'walkman', 'dragoman', 'leman', 'oman',
]);
