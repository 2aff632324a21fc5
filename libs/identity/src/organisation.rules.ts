import { ORGANISATION_RULES } from '@ouvroir/contracts';
import { DomainError, withoutBidiControls } from '@ouvroir/core';
import { ORGANISATION_TYPES, OrganisationType } from './organisation.entity';

export interface OrganisationFields {
  name: string;
  type: OrganisationType;
  siret?: string | null;
  uai?: string | null;
  emailDomains: string[];
}

/** The organisation as it will be stored, or a French BAD_USER_INPUT naming the first wrong field (`details.field`). */
export function validOrganisation(input: OrganisationFields): Required<OrganisationFields> {
  const name = withoutBidiControls(input.name).trim();
  if (!name || name.length > ORGANISATION_RULES.nameMax)
    throw DomainError.of('ORGANISATION_NAME_INVALID', { field: 'name' });
  if (!ORGANISATION_TYPES.includes(input.type)) throw DomainError.of('ORGANISATION_TYPE_UNKNOWN', { field: 'type' });
  const siret = input.siret?.replace(/\s/g, '') || null;
  if (siret && !ORGANISATION_RULES.siret.test(siret)) throw DomainError.of('SIRET_INVALID', { field: 'siret' });
  const uai = input.uai?.trim().toUpperCase() || null;
  if (uai && !ORGANISATION_RULES.uai.test(uai)) throw DomainError.of('UAI_INVALID', { field: 'uai' });
  const emailDomains = [...new Set(input.emailDomains.map((domain) => domain.trim().toLowerCase()).filter(Boolean))];
  const wrongDomain = emailDomains.find((domain) => !ORGANISATION_RULES.emailDomain.test(domain));
  if (wrongDomain) throw DomainError.of('EMAIL_DOMAIN_INVALID', { field: 'emailDomains', domain: wrongDomain });
  return { name, type: input.type, siret, uai, emailDomains };
}
