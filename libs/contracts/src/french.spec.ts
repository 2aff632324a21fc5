import { beginsWithVowelSound, elide } from './french';

describe('French elision', () => {
  it.each([
    ['de', 'Aïcha', 'd’Aïcha'],
    ['de', 'Hélène', 'd’Hélène'],
    ['de', 'Marc', 'de Marc'],
    ['de', 'Yann', 'de Yann'],
    ['de', 'Yves', 'd’Yves'],
    ['de', 'Émilie Durand', 'd’Émilie Durand'],
    ['de', 'Œdipe', 'd’Œdipe'],
    ['de', 'Hugues', 'de Hugues'],
    ['le', 'héros', 'le héros'],
    ['le', 'histoire', 'l’histoire'],
    ['la', 'organisation', 'l’organisation'],
    ['que', 'Isabelle', 'qu’Isabelle'],
    ['que', 'Karim', 'que Karim'],
    ['de', '« Oui »', 'de « Oui »'],
    ['de', '8 membres', 'de 8 membres'],
    ['de', 'ancien membre n°1', 'd’ancien membre n°1'],
  ] as const)('%s + %s → %s', (word, next, expected) => {
    expect(elide(word, next)).toBe(expected);
  });

  it('reads the first word only, whatever the case or leading spaces', () => {
    expect(beginsWithVowelSound('  AÏCHA Diallo')).toBe(true);
    expect(beginsWithVowelSound('Hugues-Marie')).toBe(false);
    expect(beginsWithVowelSound('')).toBe(false);
  });
});
