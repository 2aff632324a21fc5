/** The parameters of the results page's address, in French like every address the interface shows. */
export const searchParams = { text: 'q', kind: 'type', domain: 'domaine' } as const;

/** The results page for these words (and a kind of result, e.g. only the commons). */
export function searchPath(text: string, kind?: string): string {
  const params = new URLSearchParams({ [searchParams.text]: text });
  if (kind) params.set(searchParams.kind, kind);
  return `/recherche?${params.toString()}`;
}
