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

export function renderMarkdown(source: string): string {
  return markdown.render(source);
}
