import { scriptSafeJson } from './json-ld';

/** What a page's head says before its script runs: for search engines, link previews and the JSON-LD. */
export interface PageHead {
  title: string;
  description: string;
  jsonLd?: unknown;
}

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char] ?? char,
  );

/**
 * The web client's index.html with this page's title, description and JSON-LD: the page is the
 * same application, but what it is about is readable without running it.
 */
export function withPageHead(indexHtml: string, head: PageHead): string {
  const title = `<title>${escapeHtml(head.title)}</title>`;
  const description = `<meta name="description" content="${escapeHtml(head.description)}" />`;
  const script =
    head.jsonLd === undefined ? '' : `<script type="application/ld+json">${scriptSafeJson(head.jsonLd)}</script>`;
  let html = indexHtml.replace(/<meta\s+name="description"\s+content="[^"]*"\s*\/?>/s, '');
  html = /<title>[^<]*<\/title>/.test(html) ? html.replace(/<title>[^<]*<\/title>/, title) : html;
  // A function as replacement: a `$` in an entry's text is not a replacement pattern.
  return html.replace('</head>', () => `${description}\n${/<title>/.test(html) ? '' : `${title}\n`}${script}\n</head>`);
}

/** The page served when the web client is not built (tests, the API alone): the head and a link. */
export function bareIndexHtml(): string {
  return '<!doctype html>\n<html lang="fr">\n<head>\n<meta charset="UTF-8" />\n<title>Ouvroir</title>\n</head>\n<body></body>\n</html>\n';
}
