import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { IdentityProviderConfig } from '@ouvroir/core';
import type { Configuration, KoaContextWithOIDC, default as Provider } from 'oidc-provider';
import { DEMO_ACCOUNTS, DemoAccount } from './demo-accounts';
import { demoInteractions, logoutSource, postLogoutSuccessSource, renderError } from './dev-provider-pages';

export const DEV_PROVIDER_ID = 'demo';
export const DEV_PROVIDER_PATH = '/dev-idp';

const CLAIMS = ['given_name', 'family_name', 'email', 'organisation_name', 'uai', 'siret', 'ouvroir_role'] as const;
const SCOPES = ['openid', 'email', 'profile', 'ouvroir'];

export interface DemoProviderOptions {
  issuer: string;
  clientId: string;
  clientSecret: string;
  redirectUris: string[];
  postLogoutRedirectUri: string;
  /** Signing keys (private JWKs); oidc-provider's development keys otherwise. */
  jwks?: { keys: object[] };
  /** Answer userinfo as a signed JWT (as ProConnect may) rather than JSON. */
  signedUserinfo?: boolean;
  accounts?: DemoAccount[];
}

/**
 * A real OpenID provider (`oidc-provider`) whose accounts are the demo accounts: login with
 * the account's login (`claire`…) and any password, on French pages (`dev-provider-pages.ts`). The
 * development provider and the tests' provider are both this one.
 */
export async function createDemoOidcProvider(options: DemoProviderOptions): Promise<Provider> {
  const { default: OidcProvider } = await import('oidc-provider');
  const accounts = () => options.accounts ?? DEMO_ACCOUNTS;
  // Where the provider is mounted (`/dev-idp` in Ouvroir, the root for the tests' own server).
  const basePath = new URL(options.issuer).pathname.replace(/\/$/, '');
  const configuration: Configuration = {
    clients: [
      {
        client_id: options.clientId,
        client_secret: options.clientSecret,
        redirect_uris: options.redirectUris,
        post_logout_redirect_uris: [options.postLogoutRedirectUri],
        token_endpoint_auth_method: 'client_secret_post',
        ...(options.signedUserinfo ? { userinfo_signed_response_alg: 'RS256' } : {}),
      },
    ],
    claims: {
      openid: ['sub'],
      email: ['email', 'email_verified'],
      profile: ['given_name', 'family_name'],
      ouvroir: [...CLAIMS],
    },
    scopes: SCOPES,
    findAccount: (_context: KoaContextWithOIDC, login: string) => {
      const account = accounts().find((candidate) => candidate.login === login);
      if (!account) return undefined;
      return {
        accountId: account.login,
        claims: () => ({
          sub: account.login,
          ...Object.fromEntries(CLAIMS.map((claim) => [claim, account[claim]])),
          ...(account.email_verified === undefined ? {} : { email_verified: account.email_verified }),
        }),
      };
    },
    // Demo accounts consent to Ouvroir: no consent screen after the login form.
    loadExistingGrant: async (context: KoaContextWithOIDC) => {
      const { client, session, provider } = context.oidc;
      if (!client || !session?.accountId) return undefined;
      const grant = new provider.Grant({ clientId: client.clientId, accountId: session.accountId });
      grant.addOIDCScope(SCOPES.join(' '));
      await grant.save();
      return grant;
    },
    pkce: { required: () => true },
    interactions: { url: (_context, interaction) => `${basePath}/interaction/${interaction.uid}` },
    renderError,
    features: {
      devInteractions: { enabled: false },
      rpInitiatedLogout: { enabled: true, logoutSource: logoutSource(basePath), postLogoutSuccessSource },
      jwtUserinfo: { enabled: Boolean(options.signedUserinfo) },
    },
    cookies: { keys: [randomBytes(24).toString('hex')] },
    ...(options.jwks ? { jwks: options.jwks } : {}),
  };
  const provider = new OidcProvider(options.issuer, configuration);
  provider.use(demoInteractions(provider, basePath, accounts));
  return provider;
}

/**
 * The development identity provider, mounted in Ouvroir at /dev-idp. Ouvroir signs in through
 * it by the same passport path as through any other provider; the configuration refuses it in
 * production.
 */
export async function createDevIdentityProvider(publicUrl: string): Promise<{
  provider: IdentityProviderConfig;
  handler: (request: IncomingMessage, response: ServerResponse) => void;
}> {
  const issuer = `${publicUrl}${DEV_PROVIDER_PATH}`;
  const clientSecret = randomBytes(24).toString('hex');
  const oidc = await createDemoOidcProvider({
    issuer,
    clientId: 'ouvroir-dev',
    clientSecret,
    redirectUris: [`${publicUrl}/auth/${DEV_PROVIDER_ID}/callback`],
    postLogoutRedirectUri: `${publicUrl}/`,
  });
  return {
    provider: {
      id: DEV_PROVIDER_ID,
      label: 'Comptes de démonstration',
      kind: 'generic',
      issuer,
      clientId: 'ouvroir-dev',
      clientSecret,
      scopes: SCOPES,
      claims: { role: 'ouvroir_role' },
      defaultRole: 'member',
      tokenAuthMethod: 'client_secret_post',
    },
    // oidc-provider's handler answers the request itself and reports its own failures: nothing awaits it.
    // eslint-disable-next-line @typescript-eslint/no-misused-promises
    handler: oidc.callback(),
  };
}
