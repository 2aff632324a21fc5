import { validText, withoutBidiControls } from './valid-text';

describe('withoutBidiControls', () => {
  it('drops the embeddings, overrides, isolates and marks, and keeps right-to-left letters', () => {
    const controls = ['\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069'];
    const marks = ['\u200E', '\u200F', '\u061C'];
    expect(withoutBidiControls(`A${[...controls, ...marks].join('')}B`)).toBe('AB');
    expect(withoutBidiControls('Nad\u202Eaid')).toBe('Nadaid');
    expect(withoutBidiControls('مرحبا Ouvroir שלום')).toBe('مرحبا Ouvroir שלום');
  });

  it('leaves validText to the texts that are not names', () => {
    expect(validText(' \u2067x\u2069 ', 10, 'f', 'Le texte')).toBe('\u2067x\u2069');
  });
});
