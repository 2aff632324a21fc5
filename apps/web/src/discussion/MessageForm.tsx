import { DISCUSSION_LIMITS } from '@ouvroir/contracts';
import { fr } from '@codegouvfr/react-dsfr';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { messageOf } from '../api/graphql-request';
import { requiredText } from '../components/form-schema';
import { SendButtons } from '../components/SendButtons';
import { useDebouncedValue } from '../components/useDebouncedValue';
import { errorState, useFormSubmission } from '../components/useFormSubmission';
import { findMentionable, mentionAt, mentionToken, type Mentionable, type MentionTrigger } from './mentions';

/** The search for people to mention waits for the end of the typing. */
const SEARCH_DELAY_MS = 200;

const messageFormSchema = z.object({ body: requiredText(DISCUSSION_LIMITS.messageMax) });

type MessageFormProps = {
  /** The channel written in: « @ » proposes the people it may mention. */
  channelId: string;
  label: string;
  initial?: string;
  submitLabel: string;
  /** Sends the message (the field then empties); rejects with the error to show, what was typed staying. */
  onSubmit: (body: string) => Promise<unknown>;
  /** Each keystroke, for the typing indicator. */
  onType?: () => void;
  /** For an edit, which replaces the message's buttons: the field takes the focus. */
  onCancel?: () => void;
};

/**
 * Writes a message; Ctrl+Entrée (or ⌘+Entrée) sends it; a failure keeps the text. After « @ » and the beginning of a
 * name, a list proposes the people the channel may mention (WAI-ARIA combobox: ↑/↓ move, Entrée or Tab choose,
 * Échap closes); the one chosen is written as the token `@[Name](id)` that the API renders as a mention.
 */
export function MessageForm({
  channelId,
  label,
  initial = '',
  submitLabel,
  onSubmit,
  onType,
  onCancel,
}: MessageFormProps) {
  const { t } = useTranslation();
  const { form, submit, alert, sending } = useFormSubmission({
    schema: messageFormSchema,
    defaultValues: { body: initial },
    send: ({ body }) => onSubmit(body),
    onSuccess: (_, __, sent) => sent.reset({ body: '' }),
  });
  const body = form.watch('body');
  const bodyProps = form.register('body');
  const [caret, setCaret] = useState(initial.length);
  const [focused, setFocused] = useState(false);
  const formElement = useRef<HTMLFormElement>(null);
  const field = useRef<HTMLTextAreaElement>(null);
  /** Where the caret goes once a mention chosen is written in the field. */
  const caretAfterMention = useRef<number>(undefined);
  const mention = useMentionList(channelId, focused ? mentionAt(body, caret) : undefined);
  const listId = useId();
  const optionId = (index: number) => `${listId}-option-${index}`;

  useLayoutEffect(() => {
    const position = caretAfterMention.current;
    if (position === undefined || !field.current) return;
    caretAfterMention.current = undefined;
    field.current.setSelectionRange(position, position);
  }, [body]);

  /** Replaces the « @ » and the name begun with the person's token and a space; the caret goes after them. */
  const choose = (person: Mentionable) => {
    if (!mention.trigger) return;
    const rest = body.slice(caret);
    const token = mentionToken(person);
    const position = mention.trigger.start + token.length + 1;
    form.setValue('body', body.slice(0, mention.trigger.start) + token + (/^\s/.test(rest) ? '' : ' ') + rest);
    setCaret(position);
    caretAfterMention.current = position;
    field.current?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      formElement.current?.requestSubmit();
      return;
    }
    if (!mention.open) return;
    const plain = !event.ctrlKey && !event.metaKey && !event.altKey && !event.shiftKey;
    const count = mention.people.length;
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      mention.dismiss();
    } else if (count > 0 && (event.key === 'ArrowDown' || event.key === 'ArrowUp') && plain) {
      event.preventDefault();
      mention.setActive((mention.active + (event.key === 'ArrowDown' ? 1 : count - 1)) % count);
    } else if (count > 0 && (event.key === 'Enter' || event.key === 'Tab') && plain) {
      event.preventDefault();
      choose(mention.people[mention.active]);
    }
  };

  const expanded = mention.open && mention.people.length > 0;
  // A combobox (ARIA 1.2) on the field, for the mentions' list.
  const combobox = {
    role: 'combobox',
    'aria-autocomplete': 'list' as const,
    'aria-expanded': expanded,
    'aria-controls': listId,
    'aria-activedescendant': expanded ? optionId(mention.active) : undefined,
  };

  return (
    <form ref={formElement} onSubmit={submit} noValidate>
      {alert}
      <Input
        label={label}
        hintText={`${t('discussion.sendHint')} ${t('mentions.hint')}`}
        textArea
        className={expanded ? fr.cx('fr-mb-1v') : undefined}
        {...errorState(form.formState.errors.body)}
        nativeTextAreaProps={{
          required: true,
          rows: onCancel ? 3 : 2,
          autoFocus: Boolean(onCancel),
          ...combobox,
          ...bodyProps,
          ref: (element: HTMLTextAreaElement | null) => {
            bodyProps.ref(element);
            field.current = element;
          },
          onChange: (event) => {
            void bodyProps.onChange(event);
            setCaret(event.target.selectionStart);
            onType?.();
          },
          // The caret moved (arrows, click): the mention begun is the one before it.
          onSelect: (event) => setCaret(event.currentTarget.selectionStart),
          onFocus: () => setFocused(true),
          onBlur: (event) => {
            void bodyProps.onBlur(event);
            setFocused(false);
          },
          onKeyDown,
        }}
      />
      <ul
        id={listId}
        role="listbox"
        aria-label={t('mentions.listLabel')}
        hidden={!expanded}
        className="ouvroir-mention-list fr-mb-3w"
        // The field keeps the focus (and its caret) when the list is clicked: an option, or its scroll bar.
        onMouseDown={(event) => event.preventDefault()}
      >
        {expanded &&
          mention.people.map((person, index) => (
            <li
              key={person.id}
              id={optionId(index)}
              role="option"
              aria-selected={index === mention.active}
              onClick={() => choose(person)}
            >
              {person.displayName}
            </li>
          ))}
      </ul>
      {/* What the list holds, for screen readers; and, seen by all, that nobody matches. */}
      <p role="status" className={fr.cx('fr-text--sm', 'fr-mb-1w')}>
        {mention.open && mention.status === 'none' && t('mentions.none', { query: mention.trigger?.query })}
        {mention.open && mention.status === 'error' && t('mentions.error', { reason: mention.error })}
        {expanded && (
          <span className={fr.cx('fr-sr-only')}>{t('mentions.count', { count: mention.people.length })}</span>
        )}
      </p>
      <SendButtons submitLabel={submitLabel} sending={sending} onCancel={onCancel} />
    </form>
  );
}

type Answer = { start: number; query: string; people: Mentionable[]; error?: string };

/** The same name being typed at the same « @ »: one query begins the other. */
const related = (a: MentionTrigger, b: MentionTrigger) =>
  a.start === b.start && (a.query.startsWith(b.query) || b.query.startsWith(a.query));

/**
 * The people proposed for the mention begun (`trigger`), asked of the API once the typing pauses; while a new search
 * runs, the previous answer for the same name stays shown. Échap closes the list until the name begun is edited
 * back or another « @ » is typed. The first person is active (Entrée or Tab chooses them) until ↑/↓ move.
 */
function useMentionList(channelId: string, trigger: MentionTrigger | undefined) {
  const cache = useQueryClient();
  const [answer, setAnswer] = useState<Answer>();
  const [dismissed, setDismissed] = useState<MentionTrigger>();
  const [active, setActive] = useState<{ answer?: Answer; index: number }>({ index: 0 });
  const open = Boolean(
    trigger && !(dismissed && trigger.start === dismissed.start && trigger.query.startsWith(dismissed.query)),
  );
  const key = open && trigger ? JSON.stringify([trigger.start, trigger.query]) : '';
  const searched = useDebouncedValue(key, SEARCH_DELAY_MS);

  useEffect(() => {
    if (!searched) return;
    const [start, query] = JSON.parse(searched) as [number, string];
    let cancelled = false;
    findMentionable(cache, channelId, query).then(
      (people) => !cancelled && setAnswer({ start, query, people }),
      (error: unknown) => !cancelled && setAnswer({ start, query, people: [], error: messageOf(error) }),
    );
    return () => {
      cancelled = true;
    };
  }, [searched, channelId, cache]);

  const current = open && trigger && answer && related(answer, trigger) ? answer : undefined;
  const people = current?.people ?? [];
  const fresh = current !== undefined && current.query === trigger?.query;
  const status = current?.error ? 'error' : fresh && people.length === 0 ? 'none' : 'shown';
  const index = active.answer === current && active.index < people.length ? active.index : 0;

  return {
    open,
    trigger: open ? trigger : undefined,
    people,
    status,
    error: current?.error,
    active: index,
    setActive: (next: number) => setActive({ answer: current, index: next }),
    dismiss: () => setDismissed(trigger),
  };
}
