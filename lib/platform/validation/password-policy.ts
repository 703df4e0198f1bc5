// Offline checks for passwords that breach corpora show attackers try first. No network call and no
// list download: the commonest base words, normalised for l33t substitutions and padding digits,
// plus the structural patterns (keyboard walks, sequences, repeats, few distinct characters) that
// make up most cracked passwords of any length.
import "server-only";

const COMMON_WORDS = [
  "password",
  "passwort",
  "motdepasse",
  "contraseña",
  "qwerty",
  "azerty",
  "letmein",
  "welcome",
  "iloveyou",
  "admin",
  "administrator",
  "root",
  "login",
  "master",
  "secret",
  "changeme",
  "default",
  "monkey",
  "dragon",
  "football",
  "baseball",
  "soccer",
  "hockey",
  "sunshine",
  "princess",
  "trustno",
  "superman",
  "batman",
  "shadow",
  "michael",
  "jennifer",
  "jordan",
  "charlie",
  "freedom",
  "whatever",
  "starwars",
  "pokemon",
  "computer",
  "internet",
  "summer",
  "winter",
  "spring",
  "autumn",
  "january",
  "december",
  "monday",
  "friday",
  "flower",
  "lovely",
  "angel",
  "hello",
  "hunter",
  "killer",
  "cheese",
  "cookie",
  "chocolate",
  "pepper",
  "ginger",
  "banana",
  "orange",
  "purple",
  "yellow",
  "silver",
  "golden",
  "diamond",
  "tigger",
  "bank",
  "banking",
  "banker",
  "money",
  "finance",
  "account",
  "customer",
  "digital",
  "company",
  "business",
  "office",
  "meyar",
  "maturity",
  "assessment",
  "security",
  "access",
  "system",
  "server",
  "database",
  "abc",
  "test",
  "tester",
  "guest",
  "user",
  "welcome1",
  "passw",
  "pass",
  "love",
  "god",
  "jesus",
  "allah",
  "family",
  "dubai",
  "riyadh",
  "tehran",
  "london",
  "paris",
  "newyork",
  "london",
  "america",
  "canada",
  "india",
  "pakistan",
  "qwertz",
  "asdf",
  "zxcv",
];

const KEYBOARD_ROWS = ["qwertyuiop", "asdfghjkl", "zxcvbnm", "1234567890", "azertyuiop", "qwertzuiop", "1qaz2wsx3edc4rfv", "zaq12wsx"];
const LEET: Record<string, string> = {
  "0": "o",
  "1": "i",
  "3": "e",
  "4": "a",
  "5": "s",
  "7": "t",
  "8": "b",
  "@": "a",
  $: "s",
  "!": "i",
  "+": "t",
};

const words = new Set(COMMON_WORDS);

/** Digits and symbols padding the ends ("!!Welcome2026!" → "Welcome"). */
function unpadded(password: string): string {
  return password.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, "");
}

/** Padding dropped, lower-cased, l33t undone, non-letters dropped: "P@ssw0rd2026!" → "password". */
function skeleton(password: string): string {
  return [...unpadded(password).toLowerCase()]
    .map((c) => LEET[c] ?? c)
    .join("")
    .replace(/[^\p{L}]/gu, "");
}

const SEQUENCES = ["01234567890123456789", "abcdefghijklmnopqrstuvwxyz"].flatMap((s) => [s, [...s].reverse().join("")]);

function isWalkOrSequence(p: string): boolean {
  const lower = p.toLowerCase();
  const inner = unpadded(lower);
  const candidates = [lower, ...(inner.length >= 6 ? [inner] : [])];
  return candidates.some((c) => KEYBOARD_ROWS.some((row) => row.includes(c)) || SEQUENCES.some((seq) => c.length >= 6 && seq.includes(c)));
}

/** "abcabcabcabc", "2026202620262026": a short unit repeated. */
function isRepeatedUnit(p: string): boolean {
  return /^(.{1,4})\1+$/.test(p.toLowerCase());
}

export function passwordWeakness(password: string, personal: readonly string[] = []): string | null {
  const core = skeleton(password);
  if (new Set(password.toLowerCase()).size < 5) return "Use more different characters.";
  if (isRepeatedUnit(password) || isWalkOrSequence(password)) return "That password is a pattern attackers try first; choose another.";
  if (
    core.length > 0 &&
    (words.has(core) || [...words].some((w) => w.length >= 4 && core === w.repeat(Math.round(core.length / w.length))))
  ) {
    return "That password is too common; choose another.";
  }
  // A common word padded with digits or symbols only ("Welcome2026!!!!") is as weak as the word.
  const letters = password.replace(/[^\p{L}]/gu, "");
  if (letters.length > 0 && letters.length <= 8 && words.has(skeleton(letters))) return "That password is too common; choose another.";
  for (const term of personal) {
    const t = skeleton(term);
    if (t.length >= 3 && core.includes(t)) return "Your password must not contain your name or e-mail.";
  }
  return null;
}
