import { type ClaimNames, type IdentityProviderConfig, withoutBidiControls } from '@ouvroir/core';
import { PLATFORM_ROLES, PlatformRole } from './user.entity';

/** What Ouvroir keeps from a provider's claims at each login. */
export interface SignInProfile {
  issuer: string;
  subject: string;
  displayName: string;
  email: string | null;
  siret: string | null;
  uai: string | null;
  organisationName: string | null;
  /** The first platform role, when the provider is configured to say it. */
  role: PlatformRole | null;
  /** The provider's `email_verified`; null when it does not say. */
  emailVerified: boolean | null;
}

/** ProConnect's claim names (its documentation): `usual_name` is the family name. */
const PROCONNECT_CLAIMS: Required<ClaimNames> = {
  givenName: 'given_name',
  familyName: 'usual_name',
  email: 'email',
  siret: 'siret',
  uai: 'uai',
  organisationName: 'organizational_unit',
  role: '',
};

const STANDARD_CLAIMS: Required<ClaimNames> = {
  givenName: 'given_name',
  familyName: 'family_name',
  email: 'email',
  siret: 'siret',
  uai: 'uai',
  organisationName: 'organisation_name',
  role: '',
};

const text = (value: unknown): string | null =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : null;

/** A name shown to others, without the controls that would reorder it (see withoutBidiControls). */
const name = (value: unknown): string | null => text(typeof value === 'string' ? withoutBidiControls(value) : value);

/** Some providers send the boolean as a string. */
const flag = (value: unknown): boolean | null =>
  value === true || value === 'true' ? true : value === false || value === 'false' ? false : null;

/** Reads the profile from the ID token's and userinfo's claims, with the provider's claim names. */
export function profileFromClaims(
  provider: Pick<IdentityProviderConfig, 'kind' | 'claims'>,
  issuer: string,
  claims: Record<string, unknown>,
): SignInProfile {
  const names = { ...(provider.kind === 'proconnect' ? PROCONNECT_CLAIMS : STANDARD_CLAIMS), ...provider.claims };
  const subject = text(claims.sub);
  if (!subject) throw new Error('the provider sent no subject (sub)');
  const givenName = name(claims[names.givenName]);
  const familyName = name(claims[names.familyName]);
  const email = text(claims[names.email])?.toLowerCase() ?? null;
  return {
    issuer,
    subject,
    displayName: [givenName, familyName].filter(Boolean).join(' ') || name(claims.name) || email || 'Membre',
    email,
    siret: text(claims[names.siret])?.replace(/\s/g, '') ?? null,
    uai: text(claims[names.uai])?.toUpperCase() ?? null,
    organisationName: name(claims[names.organisationName]),
    role: PLATFORM_ROLES.find((role) => names.role && claims[names.role] === role) ?? null,
    emailVerified: flag(claims.email_verified),
  };
}

export const emailDomain = (email: string | null): string | null => email?.split('@')[1] ?? null;
