/**
 * English function words left out of source fingerprints: spinners replace them grotesquely
 * (in -> successful) and they carry little of a document's identity, so only content words are
 * shingled.
 */

const LIST = `a about above across after afterwards again against all almost alone along already also although
always am among amongst an and another any anybody anyhow anyone anything anyway anywhere are around as at be
became because become becomes been before beforehand behind being below beside besides between beyond both but by
can cannot could did do does doing done down during each either else elsewhere enough etc even ever every everyone
everything everywhere few for former formerly from further had has have having he hence her here hereby herein hers
herself him himself his how however i if in indeed into is it its itself just last latter least less many may me
meanwhile might mine more moreover most mostly much must my myself namely neither never nevertheless next no nobody
none nor not nothing now nowhere of off often on once one only onto or other others otherwise our ours ourselves out
over own per perhaps rather same several she should since so some somehow someone something sometime sometimes
somewhere still such than that the their theirs them themselves then thence there thereafter thereby therefore
therein thereupon these they this those though through throughout thru thus to together too toward towards under
until up upon us very via was we well were what whatever when whence whenever where whereafter whereas whereby
wherein whereupon wherever whether which while whither who whoever whole whom whose why will with within without
would yet you your yours yourself yourselves s t ll re ve d m don doesn didn isn wasn aren weren won wouldn shouldn
couldn hasn haven hadn can't won't don't doesn't didn't isn't wasn't aren't weren't it's he's she's that's there's
i'm i've i'd i'll we're we've they're they've you're you've also`;

/** The function words (lower case) that fingerprints skip. */
export const STOPWORDS: ReadonlySet<string> = new Set(LIST.split(/\s+/).filter((w) => w !== ''));
