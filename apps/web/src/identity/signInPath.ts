/**
 * The sign-in page, asked to come back to the page the person is on (the API keeps only a local path).
 * From the sign-in page itself, nothing to come back to.
 */
export function signInPath(here: { pathname: string; search: string }): string {
  if (here.pathname === '/connexion' || here.pathname === '/') return '/connexion';
  return `/connexion?retour=${encodeURIComponent(here.pathname + here.search)}`;
}
