import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { ConfigError } from './config-error';

/** Which claim of the ID token or userinfo gives each part of the profile. */
const claimsSchema = z
  .object({
    givenName: z.string(),
    familyName: z.string(),
    email: z.string(),
    siret: z.string(),
    uai: z.string(),
    organisationName: z.string(),
    /** A claim whose value `admin`, `member` or `guest` gives the first platform role. */
    role: z.string(),
  })
  .partial();

const providerSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]{1,40}$/, 'id : lettres minuscules, chiffres et tirets'),
  label: z.string().min(1),
  kind: z.enum(['proconnect', 'generic']),
  issuer: z.url({ protocol: /^https?$/ }),
  clientId: z.string().min(1),
  clientSecret: z.string().min(1),
  scopes: z.array(z.string()).optional(),
  acrValues: z.string().optional(),
  claims: claimsSchema.optional(),
  defaultRole: z.enum(['member', 'guest']).default('member'),
  allowedEmailDomains: z.array(z.string().min(1)).optional(),
  tokenAuthMethod: z.enum(['client_secret_post', 'client_secret_basic']).default('client_secret_post'),
});

export type IdentityProviderConfig = z.infer<typeof providerSchema>;
export type ClaimNames = z.infer<typeof claimsSchema>;

/** OIDC_PROVIDERS (JSON) or OIDC_PROVIDERS_FILE (JSON or YAML): the providers users sign in with. */
export function loadIdentityProviders(json?: string, file?: string): IdentityProviderConfig[] {
  if (json && file)
    throw new ConfigError(
      'OIDC_PROVIDERS',
      'OIDC_PROVIDERS et OIDC_PROVIDERS_FILE ne peuvent pas être définis ensemble',
    );
  const variable = file ? 'OIDC_PROVIDERS_FILE' : 'OIDC_PROVIDERS';
  let raw: unknown = [];
  try {
    if (file) raw = parseYaml(readFileSync(file, 'utf8'));
    else if (json) raw = JSON.parse(json);
  } catch (error) {
    throw new ConfigError(variable, `${variable} est illisible (${(error as Error).message.split('\n')[0]})`);
  }
  const parsed = z.array(providerSchema).safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ConfigError(variable, `${variable} : fournisseur ${issue.path.join('.')} invalide (${issue.message})`);
  }
  const ids = parsed.data.map((provider) => provider.id);
  const duplicate = ids.find((id, index) => ids.indexOf(id) !== index);
  if (duplicate) throw new ConfigError(variable, `${variable} : l’identifiant « ${duplicate} » est déclaré deux fois`);
  return parsed.data;
}
