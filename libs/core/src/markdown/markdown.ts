import MarkdownIt from 'markdown-it';

type Renderer = InstanceType<typeof MarkdownIt>;

/**
 * Users' headings start at level 3: the page has its own h1 and the section showing the text its
 * h2, so that the outline screen readers follow stays in order (RGAA 9.1).
 */
const HEADING_SHIFT = 2;

/**
 * A mention of a person, `@[Display name](user id)`: what the discussion's autocomplete writes.
 * Parsed as an inline rule, so that a mention inside code stays code; shown as « @Display name ».
 */
const MENTION = /^@\[([^\]\n]{1,120})\]\(([0-9a-fA-F-]{36})\)/;

export interface Mention {
  id: string;
  name: string;
}

/**
 * Markdown from users, rendered for the pages. Raw HTML is escaped (`html: false`), and
 * markdown-it refuses `javascript:`, `vbscript:`, `file:` and non-image `data:` links: script
 * tags, event-handler attributes and script links cannot reach the page. Every renderer gets the
 * same rules: links, headings, mentions.
 */
function configured(markdown: Renderer): Renderer {
  const defaultLinkOpen =
    markdown.renderer.rules.link_open ??
    ((tokens, index, options, _env, self) => self.renderToken(tokens, index, options));
  markdown.renderer.rules.link_open = (tokens, index, options, env, self) => {
    tokens[index].attrSet('rel', 'nofollow noopener noreferrer');
    return defaultLinkOpen(tokens, index, options, env, self);
  };

  for (const rule of ['heading_open', 'heading_close'] as const) {
    markdown.renderer.rules[rule] = (tokens, index, options, _env, self) => {
      const token = tokens[index];
      token.tag = `h${Math.min(6, Number(token.tag.slice(1)) + HEADING_SHIFT)}`;
      return self.renderToken(tokens, index, options);
    };
  }

  markdown.inline.ruler.before('link', 'mention', (state, silent) => {
    if (state.src.charCodeAt(state.pos) !== 0x40 /* @ */) return false;
    const match = MENTION.exec(state.src.slice(state.pos));
    if (!match) return false;
    if (!silent) {
      const token = state.push('mention', '', 0);
      token.meta = { name: match[1].trim(), id: match[2].toLowerCase() };
    }
    state.pos += match[0].length;
    return true;
  });

  markdown.renderer.rules.mention = (tokens, index) => {
    const { id, name } = tokens[index].meta as unknown as Mention;
    return `<span class="ouvroir-mention" data-person-id="${id}">@${markdown.utils.escapeHtml(name)}</span>`;
  };

  return markdown;
}

const options = { html: false, linkify: true, typographer: false } as const;
const markdown = configured(new MarkdownIt(options));
/** Chat messages: a line break typed is a line break shown. */
const withLineBreaks = configured(new MarkdownIt({ ...options, breaks: true }));

export function renderMarkdown(source: string, { lineBreaks = false } = {}): string {
  return (lineBreaks ? withLineBreaks : markdown).render(source);
}

/** The people a Markdown text mentions, each once, in order of first mention. */
export function mentionsIn(source: string): Mention[] {
  const found = new Map<string, Mention>();
  for (const block of markdown.parse(source, {})) {
    for (const token of block.children ?? []) {
      const mention = token.meta as unknown as Mention;
      if (token.type === 'mention' && !found.has(mention.id)) found.set(mention.id, mention);
    }
  }
  return [...found.values()];
}
