import { DomainError, withoutBidiControls } from '@ouvroir/core';
import { ORGANISATION_TYPES, OrganisationType } from './organisation.entity';

export interface OrganisationFields {
  name: string;
  type: OrganisationType;
  siret?: string | null;
  uai?: string | null;
  emailDomains: string[];
}

const refuse = (message: string) => new DomainError('BAD_USER_INPUT', message);

/** The organisation as it will be stored, or a French BAD_USER_INPUT naming the first wrong field. */
export function validOrganisation(input: OrganisationFields): Required<OrganisationFields> {
  const name = withoutBidiControls(input.name).trim();
  if (!name || name.length > 200) throw refuse('Le nom de la structure est obligatoire (200 caractères au plus).');
  if (!ORGANISATION_TYPES.includes(input.type)) throw refuse('Type de structure inconnu.');
  const siret = input.siret?.replace(/\s/g, '') || null;
  if (siret && !/^\d{14}$/.test(siret)) throw refuse('Le SIRET compte 14 chiffres.');
  const uai = input.uai?.trim().toUpperCase() || null;
  if (uai && !/^\d{7}[A-Z]$/.test(uai))
    throw refuse('Le code UAI compte 7 chiffres suivis d’une lettre (ex. 0350001A).');
  const emailDomains = [...new Set(input.emailDomains.map((domain) => domain.trim().toLowerCase()).filter(Boolean))];
  const wrongDomain = emailDomains.find((domain) => !/^[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}$/.test(domain));
  if (wrongDomain) throw refuse(`« ${wrongDomain} » n’est pas un domaine d’adresse électronique.`);
  return { name, type: input.type, siret, uai, emailDomains };
}
