import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { IdentityProviderConfig } from '@ouvroir/core';
import type { Configuration, KoaContextWithOIDC } from 'oidc-provider';
import { DEMO_ACCOUNTS } from './demo-accounts';

export const DEV_PROVIDER_ID = 'demo';
export const DEV_PROVIDER_PATH = '/dev-idp';

const CLAIMS = ['given_name', 'family_name', 'email', 'organisation_name', 'uai', 'siret', 'ouvroir_role'] as const;

/**
 * The development identity provider: a real OpenID provider (`oidc-provider`) mounted at
 * /dev-idp with the demo accounts. Ouvroir signs in through it by the same passport path as
 * through any other provider. The configuration refuses it in production.
 */
export async function createDevIdentityProvider(publicUrl: string): Promise<{
  provider: IdentityProviderConfig;
  handler: (request: IncomingMessage, response: ServerResponse) => void;
}> {
  const { default: Provider } = await import('oidc-provider');
  const issuer = `${publicUrl}${DEV_PROVIDER_PATH}`;
  const clientSecret = randomBytes(24).toString('hex');
  const configuration: Configuration = {
    clients: [
      {
        client_id: 'ouvroir-dev',
        client_secret: clientSecret,
        redirect_uris: [`${publicUrl}/auth/${DEV_PROVIDER_ID}/callback`],
        post_logout_redirect_uris: [`${publicUrl}/`],
        token_endpoint_auth_method: 'client_secret_post',
      },
    ],
    claims: { openid: ['sub'], email: ['email'], profile: ['given_name', 'family_name'], ouvroir: [...CLAIMS] },
    scopes: ['openid', 'email', 'profile', 'ouvroir'],
    findAccount: (_context: KoaContextWithOIDC, login: string) => {
      const account = DEMO_ACCOUNTS.find((candidate) => candidate.login === login);
      if (!account) return undefined;
      return {
        accountId: account.login,
        claims: () => ({ sub: account.login, ...Object.fromEntries(CLAIMS.map((claim) => [claim, account[claim]])) }),
      };
    },
    // Demo accounts consent to Ouvroir: no consent screen after the login form.
    loadExistingGrant: async (context: KoaContextWithOIDC) => {
      const { client, session, provider } = context.oidc;
      if (!client || !session?.accountId) return undefined;
      const grant = new provider.Grant({ clientId: client.clientId, accountId: session.accountId });
      grant.addOIDCScope('openid email profile ouvroir');
      await grant.save();
      return grant;
    },
    pkce: { required: () => true },
    features: { devInteractions: { enabled: true }, rpInitiatedLogout: { enabled: true } },
    cookies: { keys: [randomBytes(24).toString('hex')] },
  };
  const oidc = new Provider(issuer, configuration);
  return {
    provider: {
      id: DEV_PROVIDER_ID,
      label: 'Comptes de démonstration',
      kind: 'generic',
      issuer,
      clientId: 'ouvroir-dev',
      clientSecret,
      scopes: ['openid', 'email', 'profile', 'ouvroir'],
      claims: { role: 'ouvroir_role' },
      defaultRole: 'member',
      tokenAuthMethod: 'client_secret_post',
    },
    handler: oidc.callback(),
  };
}
