import { ORGANISATION_RULES } from '@ouvroir/contracts';
import { z } from 'zod';
import { refusal, requiredText } from '../components/form-schema';
import type { OrganisationType } from '../gql/graphql';
import type { AdminOrganisation } from './organisations';

/** An identifier as the API reads it: '' for none. */
const identifier = (normalise: (typed: string) => string, pattern: RegExp, reason: 'SIRET_INVALID' | 'UAI_INVALID') =>
  z
    .string()
    .transform(normalise)
    .refine((value) => value === '' || pattern.test(value), refusal({ reason }))
    .transform((value) => value || null);

/** What an administrator corrects of an organisation, checked as the API checks it. */
export const organisationFormSchema = z.object({
  name: requiredText(ORGANISATION_RULES.nameMax),
  type: z.custom<OrganisationType>(),
  siret: identifier((typed) => typed.replace(/\s/g, ''), ORGANISATION_RULES.siret, 'SIRET_INVALID'),
  uai: identifier((typed) => typed.trim().toUpperCase(), ORGANISATION_RULES.uai, 'UAI_INVALID'),
  // Typed as "a.fr, b.fr".
  emailDomains: z
    .string()
    .transform((typed) => [
      ...new Set(
        typed
          .split(',')
          .map((domain) => domain.trim().toLowerCase())
          .filter(Boolean),
      ),
    ])
    .superRefine((domains, context) => {
      const wrong = domains.find((domain) => !ORGANISATION_RULES.emailDomain.test(domain));
      if (wrong) context.addIssue({ code: 'custom', ...refusal({ reason: 'EMAIL_DOMAIN_INVALID', domain: wrong }) });
    }),
});

export const organisationFormDefaults = (organisation: AdminOrganisation): z.input<typeof organisationFormSchema> => ({
  name: organisation.name,
  type: organisation.type,
  siret: organisation.siret ?? '',
  uai: organisation.uai ?? '',
  emailDomains: (organisation.emailDomains ?? []).join(', '),
});
