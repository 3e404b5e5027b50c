/** The soft hyphen: a place a word may break, shown as a hyphen only where it does. */
export const SOFT_HYPHEN = '\u00AD';
// Where German compounds of the administration's vocabulary join: after a linking s of -ung, -ion, -heit, -keit,
// -schaft, -tät, -ing ("Beratungs|infrastruktur", "Diskriminierungs|fälle"), after a gender form's "*innen"
// ("Migrant*innen|organisationen"), and before a few frequent second parts ("Schlüssel|maßnahme").
const JOINS =
  /(?<=(?:ungs|ions|heits|keits|schafts|täts|ings|\*innen|:innen|_innen))(?=\p{Ll}{3})|(?<=\p{L}{3})(?=(?:maßnahme|angebot|arbeit|beratung|bildung|konzept|stelle|verwaltung|gruppe|organisation|netzwerk|projekt|programm|zentrum|struktur|planung)\p{Ll}*$)/gu;

/**
 * A word with soft hyphens where a German compound of the usual kind joins, so a table column narrower than the
 * word breaks it there with a hyphen, not anywhere ("Beratungsinfras/truktur"). Word and LibreOffice show a soft
 * hyphen only where they break; a word without a known join is returned as it is.
 * @example softHyphens('Beratungsinfrastruktur') // 'Beratungs\u00ADinfrastruktur'
 */
export function softHyphens(word: string): string {
  return word
    .split(/(?<=\p{L}-)(?=\p{L})/u)
    .map((part) => part.replace(JOINS, SOFT_HYPHEN).split(SOFT_HYPHEN).map(syllables).join(SOFT_HYPHEN))
    .join('');
}

const VOWEL = '[aeiouäöüy]';
const CONSONANT = '[bcdfghjklmnpqrstvwxzß]';
// Two German syllable rules, kept to where they hold: a single consonant between two single vowels starts the next
// syllable ("Be|ra|tung"; ch, ck, sch count as one: "Bü|cher"), not after a double vowel or diphthong
// ("Kreis|integration", "Thea|ter"); and a doubled consonant splits ("Stät|ten", "beschlos|sen").
const SYLLABLE = new RegExp(
  `(?<=${CONSONANT}${VOWEL})(?=(?:sch|ch|ck|[bdfgklmnprstvwz])${VOWEL})|(?<=${VOWEL}([bdfgklmnprst]))(?=\\1${VOWEL})`,
  'giu',
);

// Syllable breaks inside a piece, leaving at least three letters at either end.
function syllables(piece: string): string {
  return piece.replace(SYLLABLE, (_, ...args) => {
    const at = args.find((a) => typeof a === 'number') as number;
    return at >= 3 && piece.length - at >= 3 ? SOFT_HYPHEN : '';
  });
}
