import { Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { AppConfig, IdentityProviderConfig, InjectConfig } from '@ouvroir/core';
import * as client from 'openid-client';

export type ProviderStatus = 'pending' | 'available' | 'unavailable';

interface ProviderState {
  config: IdentityProviderConfig;
  status: ProviderStatus;
  client?: client.Configuration;
  lastAttempt: number;
  error?: string;
}

const RETRY_EVERY_MS = 30_000;
const DISCOVERY_TIMEOUT_S = 5;

const isLoopback = (url: string) => ['localhost', '127.0.0.1', '[::1]'].includes(new URL(url).hostname);

/**
 * The configured OpenID providers and their discovered metadata. A provider whose issuer
 * does not answer does not stop the app: it is marked unavailable, shown so on the login
 * page and in /ready, and discovered again every 30 s or at the next login attempt.
 */
@Injectable()
export class IdentityProvidersService implements OnApplicationShutdown {
  private readonly logger = new Logger(IdentityProvidersService.name);
  private readonly providers = new Map<string, ProviderState>();
  private readonly retry: NodeJS.Timeout;
  private readonly listeners: ((provider: IdentityProviderConfig, config: client.Configuration) => void)[] = [];

  constructor(@InjectConfig() config: AppConfig) {
    for (const provider of config.identity.providers) this.add(provider);
    this.retry = setInterval(() => void this.discoverAll(), RETRY_EVERY_MS).unref();
  }

  /** Declares a provider; the development provider is added this way once its URL is known. */
  add(provider: IdentityProviderConfig): void {
    this.providers.set(provider.id, { config: provider, status: 'pending', lastAttempt: 0 });
  }

  /** Called with each provider's client configuration whenever it is (re)discovered. */
  whenDiscovered(listener: (provider: IdentityProviderConfig, config: client.Configuration) => void): void {
    this.listeners.push(listener);
  }

  list(): { config: IdentityProviderConfig; status: ProviderStatus; error?: string }[] {
    return [...this.providers.values()].map(({ config, status, error }) => ({ config, status, error }));
  }

  get(id: string): IdentityProviderConfig | undefined {
    return this.providers.get(id)?.config;
  }

  clientOf(id: string): client.Configuration | undefined {
    return this.providers.get(id)?.client;
  }

  async discoverAll(): Promise<void> {
    const pending = [...this.providers.values()].filter((state) => state.status !== 'available');
    await Promise.all(pending.map((state) => this.discover(state)));
  }

  /** Discovers the provider now if it is not available yet (at most once every two seconds). */
  async ensureAvailable(id: string): Promise<boolean> {
    const state = this.providers.get(id);
    if (!state) return false;
    if (state.status !== 'available' && Date.now() - state.lastAttempt > 2_000) await this.discover(state);
    return state.status === 'available';
  }

  onApplicationShutdown(): void {
    clearInterval(this.retry);
  }

  private async discover(state: ProviderState): Promise<void> {
    const { config } = state;
    state.lastAttempt = Date.now();
    try {
      const auth =
        config.tokenAuthMethod === 'client_secret_basic'
          ? client.ClientSecretBasic(config.clientSecret)
          : client.ClientSecretPost(config.clientSecret);
      const discovered = await client.discovery(new URL(config.issuer), config.clientId, undefined, auth, {
        // Plain HTTP only for a provider on this machine (development, tests).
        execute: isLoopback(config.issuer) ? [client.allowInsecureRequests] : [],
        timeout: DISCOVERY_TIMEOUT_S,
      });
      // Verify the signatures of ID tokens and of signed (JWT) userinfo responses, not only their claims.
      client.enableNonRepudiationChecks(discovered);
      state.client = discovered;
      state.status = 'available';
      state.error = undefined;
      this.listeners.forEach((listener) => listener(config, discovered));
      this.logger.log(`identity provider ${config.id} discovered at ${config.issuer}`);
    } catch (error) {
      state.status = 'unavailable';
      state.error = (error as Error).message;
      this.logger.warn(`identity provider ${config.id} unavailable at ${config.issuer}: ${state.error}`);
    }
  }
}
