import { Controller, Get, HttpCode, Inject, Logger, Param, Post, Req, Res } from '@nestjs/common';
import {
  AppConfig,
  CSRF_HEADER,
  DomainError,
  InjectConfig,
  LiveEvents,
  liveRoom,
  Public,
  SESSION_ENDED,
} from '@ouvroir/core';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { SignInRefusal, SignInRefused } from './identity.service';
import { IdentityProvidersService } from './oidc/identity-providers.service';
import { Passport, PASSPORT, SignInService } from './oidc/sign-in.service';
import { sessionTag } from './session-store';
import type { Actor, SessionUser } from './session-user';

/** The login page of the web client, which explains each refusal in French. */
const loginPage = (reason: SignInRefusal) => `/connexion?erreur=${reason}`;

/** A page of Ouvroir to come back to after sign-in: a local path only, never another site. */
const localPath = (value: unknown): string | undefined =>
  typeof value === 'string' && value.length <= 500 && /^\/(?![/\\])[^\s]*$/.test(value) ? value : undefined;

/**
 * The session a login opens (for its state, nonce and return page) lives this long until the
 * person is signed in: logins abandoned or sent by the hundred leave no lasting rows.
 */
const PRE_LOGIN_MINUTES = 10;

/**
 * OpenID Connect over passport: `/auth/:provider/login` sends the browser to the provider,
 * `/auth/:provider/callback` checks its answer and opens the session, `/auth/logout` ends it.
 */
@Controller('auth')
export class AuthController {
  private readonly logger = new Logger(AuthController.name);

  constructor(
    @InjectConfig() private readonly config: AppConfig,
    @Inject(PASSPORT) private readonly passport: Passport,
    private readonly providers: IdentityProvidersService,
    private readonly signIn: SignInService,
    private readonly live: LiveEvents,
  ) {}

  @Get(':provider/login')
  @Public()
  async login(@Param('provider') providerId: string, @Req() request: FastifyRequest, @Res() reply: FastifyReply) {
    const refusal = await this.refusalBeforeLogin(providerId);
    if (refusal) return this.refuse(reply, refusal, `login through ${providerId} refused: ${refusal}`);
    if (!request.user) request.session.options({ maxAge: PRE_LOGIN_MINUTES * 60_000 });
    const returnTo = localPath((request.query as { retour?: unknown }).retour);
    if (returnTo) request.session.set('returnTo', returnTo);
    await this.passport.authenticate(providerId).call(request.server, request, reply);
  }

  @Get(':provider/callback')
  @Public()
  async callback(@Param('provider') providerId: string, @Req() request: FastifyRequest, @Res() reply: FastifyReply) {
    if (!this.providers.clientOf(providerId)) {
      return this.refuse(
        reply,
        this.providers.get(providerId) ? 'provider_unavailable' : 'unknown_provider',
        `callback for ${providerId} refused`,
      );
    }
    const handler = this.passport.authenticate(providerId, async (req, rep, error, user, info) => {
      if (error || !user) {
        // The user cancelling at the provider comes back with error=access_denied; anything else is a failed check.
        const cancelled = (req.query as { error?: string }).error === 'access_denied';
        const reason = error instanceof SignInRefused ? error.reason : cancelled ? 'access_denied' : 'login_failed';
        const detail = error?.message ?? (info as { message?: string } | undefined)?.message;
        return this.refuse(rep, reason, `sign-in through ${providerId} refused: ${reason} (${detail})`);
      }
      // Read before logIn, which starts a new session.
      const returnTo = localPath(req.session.get('returnTo'));
      await req.logIn(user);
      // The new session keeps the login's short lifetime unless given the signed-in one.
      req.session.options({ maxAge: this.config.session.idleMinutes * 60_000 });
      return rep.redirect(returnTo ?? '/', 302);
    });
    await handler.call(request.server, request, reply);
  }

  /**
   * Ends the local session, then tells the page where to go to end the provider's too. Public: a page
   * whose session has already ended signs out all the same.
   */
  @Post('logout')
  @HttpCode(200)
  @Public()
  async logout(@Req() request: FastifyRequest): Promise<{ redirectTo: string }> {
    if (!(request.headers['content-type'] ?? '').startsWith('application/json') && !request.headers[CSRF_HEADER]) {
      throw DomainError.of('SIGN_OUT_FROM_ELSEWHERE');
    }
    const session: SessionUser | undefined = (request.user as Actor | undefined)?.session;
    const sessionId = request.session.sessionId;
    await request.logOut();
    await request.session.destroy();
    // The live connections of this session (on every instance) close with it.
    this.live.emit(liveRoom.session(sessionTag(sessionId)), SESSION_ENDED, {});
    return { redirectTo: (session && this.signIn.endSessionUrl(session)) ?? '/' };
  }

  private async refusalBeforeLogin(providerId: string): Promise<SignInRefusal | undefined> {
    if (!this.providers.get(providerId)) return 'unknown_provider';
    if (!(await this.providers.ensureAvailable(providerId))) return 'provider_unavailable';
    return undefined;
  }

  private refuse(reply: FastifyReply, reason: SignInRefusal, log: string) {
    this.logger.warn(log);
    return reply.redirect(loginPage(reason), 302);
  }
}
