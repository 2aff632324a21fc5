import { createServer, IncomingMessage, request as httpRequest, Server, ServerResponse } from 'node:http';
import { AddressInfo } from 'node:net';
import { decodeJwt, exportJWK, generateKeyPair, JWK, SignJWT } from 'jose';
import {
  createDemoOidcProvider,
  DemoProviderOptions,
} from '../../libs/identity/src/dev-provider/dev-identity-provider';

/** How the proxy in front of the provider spoils the ID token of the token endpoint's answer. */
export type Tampering = 'none' | 'other-key' | 'wrong-issuer' | 'wrong-audience' | 'expired' | 'wrong-nonce';

export interface TestIdentityProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Changes what the next token responses carry. */
  tamper: Tampering;
  /** Content types of the userinfo answers so far. */
  userinfoTypes: string[];
  close(): Promise<void>;
}

/** Ouvroir's configuration of the provider `idp` under `id` (an entry of OIDC_PROVIDERS). */
export const providerEntry = (idp: TestIdentityProvider, id = 'academie', label = 'Académie de test') => ({
  id,
  label,
  kind: 'generic',
  issuer: idp.issuer,
  clientId: idp.clientId,
  clientSecret: idp.clientSecret,
  scopes: ['openid', 'email', 'profile', 'ouvroir'],
});

const listen = (server: Server) =>
  new Promise<number>((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)),
  );

const readBody = (message: IncomingMessage) =>
  new Promise<Buffer>((resolve) => {
    const chunks: Buffer[] = [];
    message.on('data', (chunk: Buffer) => chunks.push(chunk));
    message.on('end', () => resolve(Buffer.concat(chunks)));
  });

/**
 * A real `oidc-provider` with the demo accounts, on its own port, behind a small proxy that can
 * re-sign the ID token it issues with other claims or another key: the faults a misconfigured
 * or malicious provider would produce, which Ouvroir must refuse.
 */
export async function startTestIdentityProvider(
  appPublicUrl: string,
  providerIds: string[],
  options: Pick<DemoProviderOptions, 'signedUserinfo' | 'accounts'> = {},
): Promise<TestIdentityProvider> {
  const signing = await generateKeyPair('RS256', { extractable: true });
  const impostor = await generateKeyPair('RS256', { extractable: true });
  const kid = 'test-key';
  const privateJwk: JWK = { ...(await exportJWK(signing.privateKey)), kid, alg: 'RS256', use: 'sig' };

  const proxy = createServer();
  const proxyPort = await listen(proxy);
  const issuer = `http://127.0.0.1:${proxyPort}`;
  const state: TestIdentityProvider = {
    issuer,
    clientId: 'ouvroir-test',
    clientSecret: 'test-secret-test-secret-test-secret',
    tamper: 'none',
    userinfoTypes: [],
    close: async () => {
      await new Promise((resolve) => proxy.close(resolve));
      await new Promise((resolve) => providerServer.close(resolve));
    },
  };
  const oidc = await createDemoOidcProvider({
    issuer,
    clientId: state.clientId,
    clientSecret: state.clientSecret,
    redirectUris: providerIds.map((id) => `${appPublicUrl}/auth/${id}/callback`),
    postLogoutRedirectUri: `${appPublicUrl}/`,
    jwks: { keys: [privateJwk] },
    ...options,
  });
  const handle = oidc.callback();
  // Koa, under oidc-provider, answers its own errors: its promise only tells when it has answered.
  const providerServer = createServer((request, response) => void handle(request, response));
  const providerPort = await listen(providerServer);

  const spoil = async (idToken: string): Promise<string> => {
    const claims = decodeJwt(idToken);
    const now = Math.floor(Date.now() / 1000);
    const changes: Record<Exclude<Tampering, 'none' | 'other-key'>, object> = {
      'wrong-issuer': { iss: 'https://fournisseur-imposteur.example' },
      'wrong-audience': { aud: 'un-autre-client' },
      expired: { iat: now - 7200, exp: now - 3600 },
      'wrong-nonce': { nonce: 'un-autre-nonce' },
    };
    const spoiled =
      state.tamper === 'other-key' ? claims : { ...claims, ...changes[state.tamper as keyof typeof changes] };
    const key = state.tamper === 'other-key' ? impostor.privateKey : signing.privateKey;
    return new SignJWT(spoiled).setProtectedHeader({ alg: 'RS256', kid }).sign(key);
  };

  const forward = async (incoming: IncomingMessage, outgoing: ServerResponse) => {
    const body = await readBody(incoming);
    const answer = await new Promise<IncomingMessage>((resolve) =>
      httpRequest(
        {
          host: '127.0.0.1',
          port: providerPort,
          path: incoming.url,
          method: incoming.method,
          headers: incoming.headers,
        },
        resolve,
      ).end(body),
    );
    let payload = await readBody(answer);
    if (incoming.url === '/token' && state.tamper !== 'none' && answer.statusCode === 200) {
      const tokens = JSON.parse(payload.toString());
      tokens.id_token = await spoil(tokens.id_token);
      payload = Buffer.from(JSON.stringify(tokens));
    }
    if (incoming.url === '/me') state.userinfoTypes.push(String(answer.headers['content-type']));
    const headers = { ...answer.headers, 'content-length': String(payload.length) };
    outgoing.writeHead(answer.statusCode ?? 502, headers).end(payload);
  };
  // Nothing awaits a request listener: a failure stays unhandled, and so fails the test that met it.
  proxy.on('request', (incoming, outgoing) => void forward(incoming, outgoing));
  return state;
}

/** A browser stand-in: keeps cookies per host and follows redirects one at a time. */
export class CookieClient {
  private readonly jar = new Map<string, Map<string, string>>();

  /** `send`: another fetch, e.g. one trusting a test certificate (test/support/tls.ts). */
  constructor(private readonly send: typeof fetch = fetch) {}

  async get(url: string, init: RequestInit = {}): Promise<Response> {
    const target = new URL(url);
    const cookies = this.jar.get(target.host) ?? new Map<string, string>();
    const headers = new Headers(init.headers);
    if (cookies.size) headers.set('cookie', [...cookies].map(([name, value]) => `${name}=${value}`).join('; '));
    const response = await this.send(target, { ...init, headers, redirect: 'manual' });
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const [name, ...value] = pair.split('=');
      cookies.set(name.trim(), value.join('='));
    }
    this.jar.set(target.host, cookies);
    return response;
  }

  cookie(host: string, name: string): string | undefined {
    return this.jar.get(host)?.get(name);
  }

  /** Follows redirects from `url` until `stop` says to, or a page that is no redirect. */
  async follow(url: string, stop: (next: URL) => boolean = () => false): Promise<{ url: URL; response: Response }> {
    let current = new URL(url);
    for (let hops = 0; hops < 10; hops++) {
      const response = await this.get(current.toString());
      const location = response.headers.get('location');
      if (!location) return { url: current, response };
      const next = new URL(location, current);
      if (stop(next)) return { url: next, response };
      current = next;
    }
    throw new Error(`too many redirects from ${url}`);
  }
}

/**
 * Starts a sign-in on the app, logs in at the provider as `login`, and stops just before the
 * browser would come back to the app's callback: the test decides what to do with that URL.
 */
export async function loginAtProvider(
  client: CookieClient,
  appUrl: string,
  providerId: string,
  login: string,
  returnTo?: string,
): Promise<URL> {
  const isCallback = (next: URL) => next.pathname === `/auth/${providerId}/callback`;
  const start = `${appUrl}/auth/${providerId}/login${returnTo ? `?retour=${encodeURIComponent(returnTo)}` : ''}`;
  const { url: interaction, response } = await client.follow(start, isCallback);
  if (isCallback(interaction)) return interaction;
  const form = await response.text();
  const action = form.match(/action="([^"]+)"/)?.[1];
  if (!action) throw new Error(`no login form at ${interaction.href}: ${form.slice(0, 200)}`);
  const posted = await client.get(new URL(action, interaction).toString(), {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ prompt: 'login', login, password: 'demo' }).toString(),
  });
  const next = new URL(posted.headers.get('location')!, interaction);
  const { url } = await client.follow(next.toString(), isCallback);
  return url;
}
