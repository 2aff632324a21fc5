import type { Forge } from '@ouvroir/contracts';

/** The forge of a repository, from its host name. */
export function forgeOf(url: URL): Forge {
  const host = url.hostname.toLowerCase();
  if (host === 'forge.apps.education.fr') return 'forge_apps_education';
  if (host === 'github.com' || host === 'www.github.com') return 'github';
  if (host === 'gitlab.com' || host.startsWith('gitlab.')) return 'gitlab';
  return 'other';
}
