import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { createModal } from '@codegouvfr/react-dsfr/Modal';
import { useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { messageOf } from '../api/graphql-request';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { LoadError } from '../components/LoadError';
import { useDeleteMessage, useRemoveMessage, type Message } from './discussion';
import { MessageForm } from './MessageForm';
import { MessageList } from './MessageList';
import { useChannel } from './useChannel';
import { useShownChannel } from './useMyChannels';

// One dialog of each kind, opened by script for the message chosen: the focus goes back to its button.
const deleteModal = createModal({ id: 'discussion-delete', isOpenedByDefault: false });
const removeModal = createModal({ id: 'discussion-remove', isOpenedByDefault: false });

type Props = {
  channelId: string;
  /** The id of the panel's heading (an h2), which names its region. */
  headingId: string;
  /** Called once the messages shown are marked read (the group page's unread badge). */
  onRead?: () => void;
  /** What who may write or moderate depends on (a proposal's state): the panel reads them again when it changes. */
  revision?: string;
};

/**
 * A channel's discussion: its latest messages (older ones on request), new ones live, who is there and who is
 * typing, a form to write, and each message's edit, delete (its author) and removal (moderators).
 */
export function DiscussionPanel({ channelId, headingId, onRead, revision }: Props) {
  const { t } = useTranslation();
  const channel = useChannel(channelId, onRead, revision);
  const deleteMessage = useDeleteMessage(channelId);
  const removeMessage = useRemoveMessage(channelId);
  // Its new messages are read here as they come: the navigation does not count them as unread.
  useShownChannel(channelId);
  const heading = useRef<HTMLHeadingElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const [target, setTarget] = useState<Message>();
  const [notice, setNotice] = useState<{ message: string; key: number }>();
  const { history, people, presentCount } = channel;

  const focusBack = () => (opener.current?.isConnected ? opener.current : heading.current)?.focus();
  const ask = (kind: 'delete' | 'remove', message: Message, button: HTMLButtonElement) => {
    opener.current = button;
    setTarget(message);
    (kind === 'delete' ? deleteModal : removeModal).open();
  };
  const done = (message: string) => setNotice({ message, key: Date.now() });
  const author = target?.author?.displayName ?? t('discussion.formerMember');

  let content: ReactNode;
  if (history.status === 'loading') content = <p role="status">{t('discussion.loading')}</p>;
  else if (history.status === 'error') {
    content = (
      <LoadError
        title={t('discussion.errorTitle')}
        reason={history.message}
        titleAs="h3"
        onRetry={() => {
          channel.retry();
          heading.current?.focus();
        }}
      />
    );
  } else {
    const { permissions } = history;
    content = (
      <>
        <p className={fr.cx('fr-text--sm', 'fr-mb-1w')}>
          {people.length > 0
            ? t('discussion.online', {
                names: people
                  .map((person) =>
                    person.id === channel.viewerId
                      ? t('discussion.you', { name: person.displayName })
                      : person.displayName,
                  )
                  .join(', '),
              }) +
              (presentCount > people.length ? t('discussion.andOthers', { count: presentCount - people.length }) : '')
            : t('discussion.offline')}
        </p>
        <MessageList
          channelId={channelId}
          channel={channel}
          mayModerate={permissions.moderate}
          mayPost={permissions.post}
          onAsk={ask}
          onEdited={() => done(t('discussion.edited'))}
        />
        <p role="status" className={fr.cx('fr-text--xs', 'fr-mb-1w')} style={{ minHeight: '1.5em' }}>
          {channel.typing.length > 0 &&
            t('discussion.typing', {
              count: channel.typing.length,
              names: channel.typing.map((person) => person.displayName).join(', '),
            })}
        </p>
        {permissions.post ? (
          <MessageForm
            channelId={channelId}
            label={t('discussion.yours')}
            submitLabel={t('discussion.send')}
            onType={channel.type}
            onSubmit={channel.send}
          />
        ) : (
          <p>{t('discussion.readOnly')}</p>
        )}
      </>
    );
  }

  return (
    <>
      <h2 id={headingId} ref={heading} tabIndex={-1} className={fr.cx('fr-h5')}>
        {t('discussion.heading')}
      </h2>
      <div role="status">
        {notice && (
          <Alert
            key={notice.key}
            severity="success"
            small
            role={undefined}
            closable
            onClose={() => setNotice(undefined)}
            description={notice.message}
            className={fr.cx('fr-mb-2w')}
          />
        )}
      </div>
      {content}
      <ConfirmDialog
        modal={deleteModal}
        title={t('discussion.deleteTitle')}
        confirmLabel={t('discussion.delete')}
        onConfirm={async () => {
          if (!target) return undefined;
          try {
            await deleteMessage.mutateAsync({ id: target.id });
            done(t('discussion.deleted'));
            return undefined;
          } catch (error) {
            return messageOf(error);
          }
        }}
        onConceal={focusBack}
      >
        <p>{t('discussion.deleteExplained')}</p>
      </ConfirmDialog>
      <ConfirmDialog
        modal={removeModal}
        title={t('discussion.removeTitle', { name: author })}
        confirmLabel={t('discussion.remove')}
        reason={{ label: t('discussion.removeReason'), hint: t('discussion.removeReasonHint'), required: true }}
        onConfirm={async (reason) => {
          if (!target) return undefined;
          try {
            await removeMessage.mutateAsync({ id: target.id, reason });
            done(t('discussion.removed', { name: author }));
            return undefined;
          } catch (error) {
            return messageOf(error);
          }
        }}
        onConceal={focusBack}
      >
        <p>{t('discussion.removeExplained')}</p>
      </ConfirmDialog>
    </>
  );
}
