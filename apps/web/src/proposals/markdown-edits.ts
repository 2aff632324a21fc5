/** The Markdown a toolbar button writes, around the selection or at the start of its lines. */
export type MarkdownAction = 'heading' | 'bold' | 'italic' | 'bulletList' | 'numberedList' | 'link' | 'quote';

export type Placeholders = Record<'heading' | 'bold' | 'italic' | 'item' | 'link' | 'url' | 'quote', string>;

/** The text after the edit, and what to select in it: the placeholder to type over, or the text wrapped. */
export type Edit = { value: string; selectionStart: number; selectionEnd: number };

const WRAPS = { bold: '**', italic: '_' } as const;

const LINE_PREFIXES = {
  heading: () => '## ',
  bulletList: () => '- ',
  numberedList: (index: number) => `${index + 1}. `,
  quote: () => '> ',
} as const;

const LINE_PLACEHOLDERS = { heading: 'heading', bulletList: 'item', numberedList: 'item', quote: 'quote' } as const;

/** Applies `action` to `value` with the selection `start`–`end` (equal when nothing is selected). */
export function applyMarkdown(
  action: MarkdownAction,
  value: string,
  start: number,
  end: number,
  placeholders: Placeholders,
): Edit {
  const before = value.slice(0, start);
  const selected = value.slice(start, end);
  const after = value.slice(end);

  if (action === 'bold' || action === 'italic') {
    const mark = WRAPS[action];
    const inner = selected || placeholders[action];
    return {
      value: `${before}${mark}${inner}${mark}${after}`,
      selectionStart: start + mark.length,
      selectionEnd: start + mark.length + inner.length,
    };
  }

  if (action === 'link') {
    const text = selected || placeholders.link;
    const url = placeholders.url;
    const urlStart = start + text.length + 3;
    return {
      value: `${before}[${text}](${url})${after}`,
      selectionStart: urlStart,
      selectionEnd: urlStart + url.length,
    };
  }

  // A line's syntax: from the start of the first selected line to the end of the last.
  const lineStart = value.lastIndexOf('\n', start - 1) + 1;
  const lineEndIndex = value.indexOf('\n', end);
  const lineEnd = lineEndIndex === -1 ? value.length : lineEndIndex;
  const lines = value.slice(lineStart, lineEnd).split('\n');
  const prefix = LINE_PREFIXES[action];
  if (lines.length === 1 && lines[0].trim() === '') {
    const inner = placeholders[LINE_PLACEHOLDERS[action]];
    const head = prefix(0);
    return {
      value: `${value.slice(0, lineStart)}${head}${inner}${value.slice(lineEnd)}`,
      selectionStart: lineStart + head.length,
      selectionEnd: lineStart + head.length + inner.length,
    };
  }
  const changed = lines.map((line, index) => `${prefix(index)}${line}`).join('\n');
  // Markdown needs a blank line before a heading, a list or a quote that follows a paragraph.
  const needsBlankLine = lineStart > 1 && value.slice(lineStart - 2, lineStart) !== '\n\n';
  const head = needsBlankLine ? '\n' : '';
  return {
    value: `${value.slice(0, lineStart)}${head}${changed}${value.slice(lineEnd)}`,
    selectionStart: lineStart + head.length,
    selectionEnd: lineStart + head.length + changed.length,
  };
}
