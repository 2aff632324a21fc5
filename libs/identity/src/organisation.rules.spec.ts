import { validOrganisation } from './organisation.rules';

/** Bad inputs tried: empty and overlong names, unknown type, malformed SIRET, UAI and e-mail domains. */
describe('validOrganisation', () => {
  const valid = {
    name: ' Collège Anne de Bretagne ',
    type: 'school' as const,
    siret: null,
    uai: '0350001a',
    emailDomains: ['AC-Rennes.fr', 'ac-rennes.fr '],
  };

  it('normalises what it keeps', () => {
    expect(validOrganisation(valid)).toEqual({
      name: 'Collège Anne de Bretagne',
      type: 'school',
      siret: null,
      uai: '0350001A',
      emailDomains: ['ac-rennes.fr'],
    });
    expect(validOrganisation({ ...valid, siret: '110 043 015 00012', uai: '' })).toMatchObject({
      siret: '11004301500012',
      uai: null,
    });
  });

  it.each([
    [{ name: '  ' }, /nom de la structure est obligatoire/],
    [{ name: 'x'.repeat(201) }, /200 caractères/],
    [{ type: 'club' }, /Type de structure inconnu/],
    [{ siret: '1234' }, /SIRET compte 14 chiffres/],
    [{ uai: '035000' }, /UAI compte 7 chiffres/],
    [{ emailDomains: ['pas un domaine'] }, /« pas un domaine » n’est pas un domaine/],
  ])('refuses %o', (change, message) => {
    expect(() => validOrganisation({ ...valid, ...change } as typeof valid)).toThrow(message);
  });

  it.each([
    [{ name: '' }, 'name'],
    [{ siret: '1234' }, 'siret'],
    [{ uai: '035000' }, 'uai'],
    [{ emailDomains: ['pas un domaine'] }, 'emailDomains'],
  ])('names the field of %o, for the form to show the error on it', (change, field) => {
    let refusal: unknown;
    try {
      validOrganisation({ ...valid, ...change });
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toMatchObject({ details: { field } });
  });
});
