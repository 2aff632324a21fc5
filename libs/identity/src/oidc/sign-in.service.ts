import { Inject, Injectable, Logger } from '@nestjs/common';
import fastifyPassport from '@fastify/passport';
import { AppConfig, IdentityProviderConfig, InjectConfig } from '@ouvroir/core';
import * as client from 'openid-client';
import { profileFromClaims } from '../claims';
import { IdentityService, SignInRefused } from '../identity.service';
import { SessionUser } from '../session-user';
import { IdentityProvidersService } from './identity-providers.service';
import { OidcStrategy } from './oidc-strategy';

export const PASSPORT = Symbol('PASSPORT');
/** Each app has its own authenticator (tests run several apps in one process). */
export type Passport = InstanceType<typeof fastifyPassport.Authenticator>;

const PROCONNECT_SCOPES = ['openid', 'given_name', 'usual_name', 'email', 'siret', 'uid', 'organizational_unit'];
const STANDARD_SCOPES = ['openid', 'profile', 'email'];

/**
 * Wires each discovered provider into passport, turns a provider's tokens into an Ouvroir
 * user (through IdentityService), and stores only a small SessionUser in the session.
 */
@Injectable()
export class SignInService {
  private readonly logger = new Logger(SignInService.name);

  constructor(
    @Inject(PASSPORT) private readonly passport: Passport,
    @InjectConfig() private readonly config: AppConfig,
    private readonly providers: IdentityProvidersService,
    private readonly identity: IdentityService,
  ) {
    providers.whenDiscovered((provider, discovered) => this.useStrategy(provider, discovered));
    passport.registerUserSerializer((user: SessionUser) => Promise.resolve(user));
  }

  private useStrategy(provider: IdentityProviderConfig, discovered: client.Configuration) {
    const scopes = provider.scopes ?? (provider.kind === 'proconnect' ? PROCONNECT_SCOPES : STANDARD_SCOPES);
    const strategy = new OidcStrategy(
      this.config.publicUrl,
      {
        name: provider.id,
        config: discovered,
        scope: scopes.join(' '),
        callbackURL: `${this.config.publicUrl}/auth/${provider.id}/callback`,
        sessionKey: `oidc:${provider.id}`,
      },
      // passport's `done` is typed through express' types, which this Fastify app does not install.
      /* eslint-disable @typescript-eslint/no-unsafe-call, @typescript-eslint/no-unsafe-return */
      (tokens, done) => {
        this.verify(provider, discovered, tokens).then(
          (user) => done(null, user),
          (error: unknown) => done(error as Error),
        );
      },
      /* eslint-enable @typescript-eslint/no-unsafe-call, @typescript-eslint/no-unsafe-return */
    );
    this.passport.use(provider.id, strategy);
  }

  /** The ID token's claims completed by userinfo (JSON or signed JWT), for the same subject. */
  private async verify(
    provider: IdentityProviderConfig,
    discovered: client.Configuration,
    tokens: client.TokenEndpointResponse & client.TokenEndpointResponseHelpers,
  ): Promise<SessionUser> {
    const idClaims = tokens.claims();
    if (!idClaims) throw new SignInRefused('login_failed');
    const userinfo = await client.fetchUserInfo(discovered, tokens.access_token, idClaims.sub);
    const profile = profileFromClaims(provider, discovered.serverMetadata().issuer, { ...userinfo, ...idClaims });
    const user = await this.identity.signIn(provider, profile);
    this.logger.log(`user ${user.id} signed in through ${provider.id}`);
    return { userId: user.id, providerId: provider.id, idToken: tokens.id_token, authenticatedAt: Date.now() };
  }

  /** Where to send the browser to end the provider's session too, when the provider offers it. */
  endSessionUrl(session: SessionUser): string | undefined {
    const discovered = this.providers.clientOf(session.providerId);
    if (!discovered?.serverMetadata().end_session_endpoint || !session.idToken) return undefined;
    return client
      .buildEndSessionUrl(discovered, {
        id_token_hint: session.idToken,
        post_logout_redirect_uri: `${this.config.publicUrl}/`,
      })
      .toString();
  }
}
