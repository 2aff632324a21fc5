import * as client from 'openid-client';
import { AuthenticateOptions, Strategy, StrategyOptions, VerifyFunction } from 'openid-client/passport';

/**
 * openid-client's passport strategy, fitted to Ouvroir: the callback URL comes from
 * PUBLIC_URL (not from request headers, which a proxy may rewrite), and every login
 * carries state and nonce on top of PKCE (the library adds state only without PKCE).
 */
export class OidcStrategy extends Strategy {
  constructor(
    private readonly publicUrl: string,
    options: StrategyOptions,
    verify: VerifyFunction,
  ) {
    super(options, verify);
  }

  override currentUrl(request: Parameters<Strategy['currentUrl']>[0]): URL {
    return new URL(request.url, this.publicUrl);
  }

  override authorizationRequestParams<T extends AuthenticateOptions>(
    request: Parameters<Strategy['authorizationRequestParams']>[0],
    options: T,
  ): URLSearchParams {
    const params = new URLSearchParams(super.authorizationRequestParams(request, options));
    params.set('state', client.randomState());
    params.set('nonce', client.randomNonce());
    return params;
  }
}
