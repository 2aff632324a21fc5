import { fr, type FrIconClassName, type RiIconClassName } from '@codegouvfr/react-dsfr';
import { useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { applyMarkdown, type MarkdownAction, type Placeholders } from './markdown-edits';

const ACTIONS: { action: MarkdownAction; icon: FrIconClassName | RiIconClassName }[] = [
  { action: 'heading', icon: 'ri-heading' },
  { action: 'bold', icon: 'ri-bold' },
  { action: 'italic', icon: 'ri-italic' },
  { action: 'bulletList', icon: 'ri-list-unordered' },
  { action: 'numberedList', icon: 'ri-list-ordered' },
  { action: 'link', icon: 'ri-link' },
  { action: 'quote', icon: 'ri-double-quotes-l' },
];

type MarkdownToolbarProps = {
  /** The Markdown textarea the buttons write in. */
  textareaRef: RefObject<HTMLTextAreaElement | null>;
  /** The textarea's new text, for the form that owns it. */
  onChange: (value: string) => void;
};

/**
 * Buttons that write the Markdown syntax around the selection (bold, italic, link) or at the start of its lines
 * (heading, lists, quote), so that nobody has to know `##`. An ARIA toolbar: one tab stop, arrows move between
 * buttons; each button is named, and the focus goes back to the text with the inserted part selected.
 */
export function MarkdownToolbar({ textareaRef, onChange }: MarkdownToolbarProps) {
  const { t } = useTranslation();
  const [active, setActive] = useState(0);
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);

  const apply = (action: MarkdownAction) => {
    const textarea = textareaRef.current;
    if (!textarea) return;
    const placeholders: Placeholders = t('markdownToolbar.placeholders', { returnObjects: true });
    const edit = applyMarkdown(action, textarea.value, textarea.selectionStart, textarea.selectionEnd, placeholders);
    if (edit.value.length > textarea.maxLength && textarea.maxLength > 0) return;
    onChange(edit.value);
    // Once the form has rendered the new text: the person types on where the syntax awaits it.
    requestAnimationFrame(() => {
      textarea.focus();
      textarea.setSelectionRange(edit.selectionStart, edit.selectionEnd);
    });
  };

  const onKeyDown = (event: KeyboardEvent) => {
    const moves: Record<string, number> = {
      ArrowRight: 1,
      ArrowLeft: -1,
      Home: -active,
      End: ACTIONS.length - 1 - active,
    };
    const move = moves[event.key];
    if (move === undefined) return;
    event.preventDefault();
    const next = (active + move + ACTIONS.length) % ACTIONS.length;
    setActive(next);
    buttons.current[next]?.focus();
  };

  return (
    <div
      role="toolbar"
      aria-label={t('markdownToolbar.label')}
      className={fr.cx('fr-mb-1w')}
      style={{ display: 'flex', flexWrap: 'wrap', gap: '0.25rem' }}
      onKeyDown={onKeyDown}
    >
      {ACTIONS.map(({ action, icon }, index) => (
        <button
          key={action}
          ref={(element) => {
            buttons.current[index] = element;
          }}
          type="button"
          tabIndex={index === active ? 0 : -1}
          title={t(`markdownToolbar.${action}`)}
          className={fr.cx('fr-btn', 'fr-btn--tertiary', 'fr-btn--sm', icon)}
          onFocus={() => setActive(index)}
          onClick={() => apply(action)}
        >
          {t(`markdownToolbar.${action}`)}
        </button>
      ))}
    </div>
  );
}
