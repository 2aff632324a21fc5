import { mentionsIn, renderMarkdown } from './markdown';

const CLAIRE = '5b0e4f4e-3c1a-4a8e-9d8e-0f6f4c1a2b3c';
const SAMIR = '7c1d2e3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f';

describe('mentions in Markdown', () => {
  it('shows a mention as « @name », marked with the person’s id', () => {
    expect(renderMarkdown(`Bonjour @[Claire Martin](${CLAIRE}) !`)).toBe(
      `<p>Bonjour <span class="ouvroir-mention" data-person-id="${CLAIRE}">@Claire Martin</span> !</p>\n`,
    );
  });

  it('escapes the name a client wrote', () => {
    expect(renderMarkdown(`@[<img src=x onerror=alert(1)>](${CLAIRE})`)).toContain(
      '@&lt;img src=x onerror=alert(1)&gt;</span>',
    );
  });

  it('lists each person mentioned once, in order, and not those inside code', () => {
    const text = `@[Samir](${SAMIR}) et @[Claire](${CLAIRE.toUpperCase()}), encore @[Samir B.](${SAMIR})\n\n\`@[Karim](${CLAIRE})\``;
    expect(mentionsIn(text)).toEqual([
      { id: SAMIR, name: 'Samir' },
      { id: CLAIRE, name: 'Claire' },
    ]);
    expect(renderMarkdown('`@[Karim](x)`')).toBe('<p><code>@[Karim](x)</code></p>\n');
  });

  it('leaves what is not a mention alone: an e-mail address, a link, a malformed id', () => {
    expect(mentionsIn('claire@exemple.fr [lien](https://exemple.fr) @[Claire](pas-un-id) @Claire')).toEqual([]);
    expect(renderMarkdown('@[Claire](pas-un-id)')).toBe(
      '<p>@<a href="pas-un-id" rel="nofollow noopener noreferrer">Claire</a></p>\n',
    );
  });

  it('keeps a typed line break in a chat message, not in a document', () => {
    expect(renderMarkdown('un\ndeux', { lineBreaks: true })).toBe('<p>un<br>\ndeux</p>\n');
    expect(renderMarkdown('un\ndeux')).toBe('<p>un\ndeux</p>\n');
  });
});
