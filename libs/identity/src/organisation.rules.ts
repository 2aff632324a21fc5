import { DomainError, withoutBidiControls } from '@ouvroir/core';
import { ORGANISATION_TYPES, OrganisationType } from './organisation.entity';

export interface OrganisationFields {
  name: string;
  type: OrganisationType;
  siret?: string | null;
  uai?: string | null;
  emailDomains: string[];
}

/** The organisation as it will be stored, or a French BAD_USER_INPUT naming the first wrong field. */
export function validOrganisation(input: OrganisationFields): Required<OrganisationFields> {
  const name = withoutBidiControls(input.name).trim();
  if (!name || name.length > 200) throw DomainError.of('ORGANISATION_NAME_INVALID');
  if (!ORGANISATION_TYPES.includes(input.type)) throw DomainError.of('ORGANISATION_TYPE_UNKNOWN');
  const siret = input.siret?.replace(/\s/g, '') || null;
  if (siret && !/^\d{14}$/.test(siret)) throw DomainError.of('SIRET_INVALID');
  const uai = input.uai?.trim().toUpperCase() || null;
  if (uai && !/^\d{7}[A-Z]$/.test(uai)) throw DomainError.of('UAI_INVALID');
  const emailDomains = [...new Set(input.emailDomains.map((domain) => domain.trim().toLowerCase()).filter(Boolean))];
  const wrongDomain = emailDomains.find((domain) => !/^[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}$/.test(domain));
  if (wrongDomain) throw DomainError.of('EMAIL_DOMAIN_INVALID', { domain: wrongDomain });
  return { name, type: input.type, siret, uai, emailDomains };
}
