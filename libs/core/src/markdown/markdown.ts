import MarkdownIt from 'markdown-it';

/**
 * Markdown from users, rendered for the pages. Raw HTML is escaped (`html: false`), and
 * markdown-it refuses `javascript:`, `vbscript:`, `file:` and non-image `data:` links: script
 * tags, event-handler attributes and script links cannot reach the page.
 */
const markdown = new MarkdownIt({ html: false, linkify: true, typographer: false });

const defaultLinkOpen =
  markdown.renderer.rules.link_open ??
  ((tokens, index, options, _env, self) => self.renderToken(tokens, index, options));
markdown.renderer.rules.link_open = (tokens, index, options, env, self) => {
  tokens[index].attrSet('rel', 'nofollow noopener noreferrer');
  return defaultLinkOpen(tokens, index, options, env, self);
};

/**
 * Users' headings start at level 3: the page has its own h1 and the section showing the text its
 * h2, so that the outline screen readers follow stays in order (RGAA 9.1).
 */
const HEADING_SHIFT = 2;
for (const rule of ['heading_open', 'heading_close'] as const) {
  markdown.renderer.rules[rule] = (tokens, index, options, _env, self) => {
    const token = tokens[index];
    token.tag = `h${Math.min(6, Number(token.tag.slice(1)) + HEADING_SHIFT)}`;
    return self.renderToken(tokens, index, options);
  };
}

export function renderMarkdown(source: string): string {
  return markdown.render(source);
}
