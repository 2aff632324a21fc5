import { DomainError, validText } from '@ouvroir/core';
import { slugFrom, validEmail, validName, validSlug } from './group.rules';

describe('group rules', () => {
  it('derives a slug from a French name', () => {
    expect(slugFrom('  Logiciels libres au collège ! ')).toBe('logiciels-libres-au-college');
    expect(slugFrom('Comité de pilotage — REL')).toBe('comite-de-pilotage-rel');
  });

  it.each([['ab'], ['x'.repeat(121)], ['   ']])('refuses the name %j', (name) => {
    expect(() => validName(name)).toThrow(DomainError);
  });

  it.each([['Avec-Majuscule'], ['trop--de-tirets'], ['-debut'], ['ab'], ['accentué'], ['a'.repeat(81)]])(
    'refuses the slug %j',
    (slug) => {
      expect(() => validSlug(slug)).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT' }));
    },
  );

  it('refuses a text over its limit and names the field', () => {
    expect(() => validText('x'.repeat(281), 280, 'shortDescription', 'La description')).toThrow(
      expect.objectContaining({
        code: 'BAD_USER_INPUT',
        details: expect.objectContaining({ field: 'shortDescription' }),
      }),
    );
    expect(validText('  court  ', 280, 'shortDescription', 'La description')).toBe('court');
  });

  it.each([['pas-une-adresse'], ['a@b'], ['deux@@ac-rennes.fr'], ['espace @ac-rennes.fr']])(
    'refuses the e-mail %j',
    (email) => {
      expect(() => validEmail(email)).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT' }));
    },
  );

  it('normalises an e-mail address', () => {
    expect(validEmail(' Yann.Kervella@Univ-Rennes.fr ')).toBe('yann.kervella@univ-rennes.fr');
  });
});
