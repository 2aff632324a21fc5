import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { useEffect, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DateTime } from '../components/DateTime';
import { ItemActions, type ItemAction } from '../components/ItemActions';
import { useEditMessage, type Message } from './discussion';
import { MessageForm } from './MessageForm';
import type { useChannel } from './useChannel';

type ListProps = {
  channelId: string;
  channel: ReturnType<typeof useChannel>;
  mayModerate: boolean;
  mayPost: boolean;
  onAsk: (kind: 'delete' | 'remove', message: Message, button: HTMLButtonElement) => void;
  onEdited: () => void;
};

/** The messages, oldest first in a scrolling log that follows the newest unless one reads further up. */
export function MessageList({ channelId, channel, mayModerate, mayPost, onAsk, onEdited }: ListProps) {
  const { t } = useTranslation();
  const log = useRef<HTMLDivElement>(null);
  const atBottom = useRef(true);
  const [loading, setLoading] = useState(false);
  const [moreError, setMoreError] = useState<string>();
  const [focusId, setFocusId] = useState<string>();
  const { messages, history } = channel;
  const hasMore = history.status === 'success' && history.hasMore;
  const newest = messages.at(-1)?.id;

  // A new message keeps the log at its end, unless the reader had scrolled up.
  useLayoutEffect(() => {
    const element = log.current;
    if (element && atBottom.current) element.scrollTop = element.scrollHeight;
  }, [newest]);

  // After « Messages précédents », reading goes on at the oldest message added.
  useEffect(() => {
    if (!focusId) return;
    log.current?.querySelector<HTMLElement>(`[data-message-id="${focusId}"]`)?.focus();
  }, [focusId]);

  const previous = async () => {
    if (loading) return;
    setLoading(true);
    setMoreError(undefined);
    const result = await channel.loadPrevious();
    setLoading(false);
    if ('error' in result) setMoreError(result.error);
    else if (result.added[0]) setFocusId(result.added[0]);
  };

  return (
    <>
      {hasMore && (
        <Button
          type="button"
          size="small"
          priority="secondary"
          iconId="fr-icon-arrow-up-line"
          className={fr.cx('fr-mb-1w')}
          onClick={() => void previous()}
        >
          {loading ? t('discussion.loadingPrevious') : t('discussion.previous')}
        </Button>
      )}
      {moreError && (
        <Alert
          severity="error"
          small
          description={t('discussion.previousError', { reason: moreError })}
          className={fr.cx('fr-mb-2w')}
        />
      )}
      {/* A log: new messages are read out as they come; it scrolls, so it takes the keyboard focus too. */}
      <div
        ref={log}
        role="log"
        tabIndex={0}
        aria-label={t('discussion.messages')}
        onScroll={(event) => {
          const element = event.currentTarget;
          atBottom.current = element.scrollHeight - element.scrollTop - element.clientHeight < 40;
        }}
        className={fr.cx('fr-p-2w', 'fr-mb-1w')}
        style={{
          maxHeight: '28rem',
          overflowY: 'auto',
          border: `1px solid ${fr.colors.decisions.border.default.grey.default}`,
        }}
      >
        {messages.length === 0 ? (
          <p className={fr.cx('fr-mb-0')}>{t('discussion.empty')}</p>
        ) : (
          <ol className={fr.cx('fr-raw-list')}>
            {messages.map((message) => (
              <li key={message.id} className={fr.cx('fr-mb-2w')}>
                <MessageView
                  channelId={channelId}
                  message={message}
                  own={mayPost && message.author?.id === channel.viewerId}
                  mayModerate={mayModerate && message.author?.id !== channel.viewerId}
                  onAsk={onAsk}
                  onEdited={onEdited}
                />
              </li>
            ))}
          </ol>
        )}
      </div>
    </>
  );
}

type MessageViewProps = {
  channelId: string;
  message: Message;
  own: boolean;
  mayModerate: boolean;
  onAsk: ListProps['onAsk'];
  onEdited: () => void;
};

/**
 * One message: its author and time, its text (Markdown, rendered by the API) or why it is gone, and what the viewer
 * may do with it.
 */
function MessageView({ channelId, message, own, mayModerate, onAsk, onEdited }: MessageViewProps) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const editMessage = useEditMessage(channelId);
  const name = message.author?.displayName ?? t('discussion.formerMember');
  const visible = message.status === 'visible';

  let text: ReactNode;
  if (message.status === 'removed')
    text = (
      <p className={fr.cx('fr-mb-0')}>
        <em>{t('discussion.removedText')}</em>
      </p>
    );
  else if (message.status === 'deleted')
    text = (
      <p className={fr.cx('fr-mb-0')}>
        <em>{t('discussion.deletedText')}</em>
      </p>
    );
  else {
    // The Markdown rendered by the API, as the proposals' and charters' texts: raw HTML comes escaped, never scripts
    // nor javascript: links. From people, in French whatever the interface language.
    text = <div lang="fr" className="ouvroir-message-text" dangerouslySetInnerHTML={{ __html: message.bodyHtml }} />;
  }

  const buttons: ItemAction[] = [];
  if (visible && own) {
    buttons.push(
      { label: t('discussion.edit'), icon: 'fr-icon-edit-line', onClick: () => setEditing(true) },
      {
        label: t('discussion.delete'),
        icon: 'fr-icon-delete-line',
        onClick: (button) => onAsk('delete', message, button),
      },
    );
  }
  if (visible && mayModerate) {
    buttons.push({
      label: t('discussion.remove'),
      icon: 'fr-icon-eye-off-line',
      onClick: (button) => onAsk('remove', message, button),
    });
  }

  return (
    <article aria-label={t('discussion.by', { name })} data-message-id={message.id} tabIndex={-1}>
      <p className={fr.cx('fr-mb-0', 'fr-text--sm')}>
        <strong>{name}</strong>{' '}
        <span className={fr.cx('fr-text--xs')}>
          <DateTime value={message.createdAt} withTime />
          {message.editedAt && visible && ` · ${t('discussion.editedMark')}`}
        </span>
      </p>
      {editing ? (
        <MessageForm
          channelId={channelId}
          label={t('discussion.editLabel')}
          initial={message.body}
          submitLabel={t('discussion.save')}
          onSubmit={async (body) => {
            await editMessage.mutateAsync({ id: message.id, body });
            onEdited();
            setEditing(false);
          }}
          onCancel={() => setEditing(false)}
        />
      ) : (
        text
      )}
      {!editing && <ItemActions actions={buttons} target={t('discussion.target', { name })} />}
    </article>
  );
}
