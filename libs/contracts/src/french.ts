/**
 * French elision for generated sentences: « le bulletin d’Aïcha », « d’Hélène », but « de Marc »,
 * « de Yann ». Plain functions, shared by the web client (an i18next formatter: `{{name, de}}`) and
 * the API.
 */

/** The words that lose their vowel before a vowel sound. */
export const ELIDING_WORDS = ['de', 'le', 'la', 'que', 'ne', 'se', 'je', 'me', 'te'] as const;
export type ElidingWord = (typeof ELIDING_WORDS)[number];

const VOWELS = /^[aeiouàâäéèêëîïôöùûüæœ]/;

/**
 * Words and names whose h is aspirated (no elision: « le héros », « de Hugues »): the usual ones;
 * any other h is taken as mute (« d’Hélène », « l’histoire »).
 */
const ASPIRATED_H = new Set([
  'hache',
  'haie',
  'haine',
  'hall',
  'hameau',
  'hanche',
  'handicap',
  'hangar',
  'hareng',
  'haricot',
  'hasard',
  'haut',
  'haute',
  'hauteur',
  'héros',
  'hêtre',
  'hibou',
  'hiérarchie',
  'hockey',
  'honte',
  'hors',
  'housse',
  'hublot',
  'hugues',
  'huit',
  'huitième',
]);

/** Whether `next` begins with a vowel sound (a vowel, a mute h, a y before a consonant): the elided form goes before it. */
export function beginsWithVowelSound(next: string): boolean {
  const word = next
    .trimStart()
    .split(/[\s’'-]/)[0]
    .toLocaleLowerCase('fr');
  if (!word) return false;
  if (VOWELS.test(word)) return true;
  if (word.startsWith('h')) return !ASPIRATED_H.has(word);
  // « d’Yves », « l’ypérite », but « de Yann », « le yaourt »: y elides before a consonant only.
  if (word.startsWith('y')) return word.length > 1 && !VOWELS.test(word.slice(1)) && word[1] !== 'y';
  return false;
}

/** `word` then `next`, elided when `next` begins with a vowel sound: « d’Aïcha », « de Marc », « qu’Hélène ». */
export function elide(word: ElidingWord, next: string): string {
  if (!beginsWithVowelSound(next)) return `${word} ${next}`;
  return `${word.slice(0, -1)}’${next}`;
}
