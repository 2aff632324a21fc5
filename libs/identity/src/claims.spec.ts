import { emailDomain, profileFromClaims } from './claims';

describe('profileFromClaims', () => {
  it('reads ProConnect’s claims: usual_name is the family name, siret the organisation', () => {
    const profile = profileFromClaims({ kind: 'proconnect' }, 'https://pc.example', {
      sub: 'abc',
      given_name: 'Claire',
      usual_name: 'Martin',
      email: 'Claire.Martin@AC-Rennes.fr',
      siret: '130 007 669 00013',
    });
    expect(profile).toEqual({
      issuer: 'https://pc.example',
      subject: 'abc',
      displayName: 'Claire Martin',
      email: 'claire.martin@ac-rennes.fr',
      siret: '13000766900013',
      uai: null,
      organisationName: null,
      role: null,
      emailVerified: null,
    });
  });

  it('reads email_verified, as a boolean or its string, and null when the provider does not say', () => {
    const verified = (value: unknown) =>
      profileFromClaims({ kind: 'generic' }, 'i', { sub: 's', email_verified: value }).emailVerified;
    expect([true, 'true', false, 'false', undefined, 'yes'].map(verified)).toEqual([
      true,
      true,
      false,
      false,
      null,
      null,
    ]);
  });

  it('drops bidirectional controls from names, so that none reads as another', () => {
    const profile = profileFromClaims({ kind: 'generic' }, 'i', {
      sub: 's',
      given_name: 'Nad\u202Eaid',
      family_name: '\u2066Rahmani\u2069\u200F',
      organisation_name: '\u202BDirection\u202C du numérique',
    });
    expect(profile).toMatchObject({ displayName: 'Nadaid Rahmani', organisationName: 'Direction du numérique' });
  });

  it('follows the provider’s own claim names when configured', () => {
    const profile = profileFromClaims({ kind: 'generic', claims: { uai: 'rne', organisationName: 'etab' } }, 'i', {
      sub: 's',
      given_name: 'Karim',
      family_name: 'Benali',
      rne: '0351234a',
      etab: 'Collège Anne de Bretagne',
    });
    expect(profile).toMatchObject({
      displayName: 'Karim Benali',
      uai: '0351234A',
      organisationName: 'Collège Anne de Bretagne',
    });
  });

  it('falls back to name, then e-mail, for the display name; refuses a profile without subject', () => {
    expect(profileFromClaims({ kind: 'generic' }, 'i', { sub: 's', name: 'Yann' }).displayName).toBe('Yann');
    expect(profileFromClaims({ kind: 'generic' }, 'i', { sub: 's', email: 'y@univ.fr' }).displayName).toBe('y@univ.fr');
    expect(() => profileFromClaims({ kind: 'generic' }, 'i', { email: 'y@univ.fr' })).toThrow(/subject/);
  });

  it('reads the first platform role only from a claim the provider was configured to send', () => {
    const claims = { sub: 's', ouvroir_role: 'admin' };
    expect(profileFromClaims({ kind: 'generic', claims: { role: 'ouvroir_role' } }, 'i', claims).role).toBe('admin');
    expect(profileFromClaims({ kind: 'generic' }, 'i', claims).role).toBeNull();
    expect(
      profileFromClaims({ kind: 'generic', claims: { role: 'ouvroir_role' } }, 'i', { sub: 's', ouvroir_role: 'root' })
        .role,
    ).toBeNull();
  });

  it('takes the domain of an e-mail address', () => {
    expect(emailDomain('a@ac-rennes.fr')).toBe('ac-rennes.fr');
    expect(emailDomain(null)).toBeNull();
  });
});
