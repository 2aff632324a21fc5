import { Injectable } from '@nestjs/common';
import { PUBLICCODE_LIMITS } from '@ouvroir/contracts';
import { AppConfig, DomainError, InjectConfig } from '@ouvroir/core';

/** The ministry's forge, whose repositories are read through the GitLab API at `FORGE_GITLAB_API_URL`. */
const EDUCATION_FORGE_HOST = 'forge.apps.education.fr';
const GITHUB_HOST = 'github.com';
/** Redirections followed within the same host (a renamed project), never to another one. */
const REDIRECTS_MAX = 3;

/**
 * Reads a repository's publiccode.yml from its forge: the ministry's GitLab (files API, default
 * branch) or GitHub (raw files). Bounded: 5 s for the whole answer, 512 KiB, no redirection to
 * another host, so that an entry's address cannot make the server read elsewhere.
 */
@Injectable()
export class ForgeClient {
  constructor(@InjectConfig() private readonly config: AppConfig) {}

  /** The address of the file for a repository's address, or null when its forge is not one we read. */
  fileUrl(repositoryUrl: string): string | null {
    if (!URL.canParse(repositoryUrl)) return null;
    const url = new URL(repositoryUrl);
    if (!['http:', 'https:'].includes(url.protocol)) return null;
    const path = url.pathname
      .replace(/\/+$/, '')
      .replace(/\.git$/, '')
      .replace(/^\/+/, '');
    const parts = path.split('/');
    if (parts.some((part) => !/^[\w.-]+$/.test(part) || part === '..' || part === '.')) return null;
    const { gitlabApiUrl, githubRawUrl } = this.config.forges;
    if (url.hostname === EDUCATION_FORGE_HOST && parts.length >= 2) {
      return `${gitlabApiUrl}/api/v4/projects/${encodeURIComponent(path)}/repository/files/publiccode.yml/raw?ref=HEAD`;
    }
    if (url.hostname === GITHUB_HOST && parts.length === 2) return `${githubRawUrl}/${path}/HEAD/publiccode.yml`;
    return null;
  }

  /** The file's bytes, refused with FORGE_URL_UNSUPPORTED, FORGE_UNREACHABLE or PUBLICCODE_TOO_LARGE. */
  async publiccode(repositoryUrl: string): Promise<Buffer> {
    const fileUrl = this.fileUrl(repositoryUrl);
    if (!fileUrl) throw DomainError.of('FORGE_URL_UNSUPPORTED', { url: repositoryUrl.slice(0, 200) });
    const signal = AbortSignal.timeout(PUBLICCODE_LIMITS.forgeTimeoutMs);
    try {
      return await this.read(new URL(fileUrl), signal);
    } catch (error) {
      if (error instanceof DomainError) throw error;
      const problem = signal.aborted ? 'pas de réponse en 5 secondes' : 'connexion impossible';
      throw DomainError.of('FORGE_UNREACHABLE', { problem });
    }
  }

  private async read(url: URL, signal: AbortSignal, redirects = 0): Promise<Buffer> {
    const response = await fetch(url.href, { redirect: 'manual', signal, headers: { accept: 'text/plain, */*' } });
    if ([301, 302, 303, 307, 308].includes(response.status)) {
      await response.body?.cancel();
      const location = response.headers.get('location');
      const next = location && URL.canParse(location, url.href) ? new URL(location, url) : null;
      if (!next || next.origin !== url.origin || redirects >= REDIRECTS_MAX) {
        throw DomainError.of('FORGE_UNREACHABLE', { problem: 'redirection vers un autre site refusée' });
      }
      return this.read(next, signal, redirects + 1);
    }
    if (!response.ok) {
      await response.body?.cancel();
      const problem =
        response.status === 404 ? 'aucun publiccode.yml à la racine du dépôt' : `réponse ${response.status}`;
      throw DomainError.of('FORGE_UNREACHABLE', { problem });
    }
    return readBounded(response);
  }
}

/** The body, stopped as soon as it passes the limit (a declared length over it is not even read). */
async function readBounded(response: Response): Promise<Buffer> {
  const max = PUBLICCODE_LIMITS.textMaxBytes;
  const tooLarge = () => DomainError.of('PUBLICCODE_TOO_LARGE');
  if (Number(response.headers.get('content-length') ?? 0) > max) {
    await response.body?.cancel();
    throw tooLarge();
  }
  const chunks: Buffer[] = [];
  let size = 0;
  if (!response.body) return Buffer.alloc(0);
  const reader = (response.body as ReadableStream<Uint8Array>).getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > max) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(Buffer.from(value));
  }
  return Buffer.concat(chunks);
}
