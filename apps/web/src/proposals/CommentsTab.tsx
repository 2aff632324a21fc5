import { PROPOSAL_LIMITS } from '@ouvroir/contracts';
import { fr } from '@codegouvfr/react-dsfr';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { createModal } from '@codegouvfr/react-dsfr/Modal';
import { useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { DateTime } from '../components/DateTime';
import { requiredText } from '../components/form-schema';
import { ItemActions, type ItemAction } from '../components/ItemActions';
import { PaginatedResults } from '../components/PaginatedResults';
import { useAction } from '../components/useAction';
import { SendButtons } from '../components/SendButtons';
import { errorState, useFormSubmission } from '../components/useFormSubmission';
import { useSession } from '../identity/useSession';
import {
  useAddComment,
  useComments,
  useDeleteComment,
  useEditComment,
  useHideComment,
  type Proposal,
  type Reply,
} from './proposals';

// One dialog of each kind for every comment, opened by script: the focus goes back to the comment's button.
const deleteModal = createModal({ id: 'delete-comment', isOpenedByDefault: false });
const hideModal = createModal({ id: 'hide-comment', isOpenedByDefault: false });

const commentFormSchema = z.object({ body: requiredText(PROPOSAL_LIMITS.commentMax) });

const nthComment = (index: number) => `:scope > ul > li:nth-child(${index + 1}) article`;

/** What a comment's buttons do; each rejects with the error for its form to show. */
type Thread = {
  viewerId?: string;
  mayComment: boolean;
  mayModerate: boolean;
  reply: (parentId: string, body: string) => Promise<void>;
  edit: (commentId: string, body: string) => Promise<void>;
  /** Opens the dialog that deletes or hides the comment; `opener` gets the focus back. */
  ask: (kind: 'delete' | 'hide', comment: Reply, opener: HTMLButtonElement) => void;
};

/** The discussion of a proposal: comments and their replies (one level), oldest first. */
export function CommentsTab({ proposal }: { proposal: Proposal }) {
  const { t } = useTranslation();
  const session = useSession();
  const comments = useComments(proposal.id);
  const addComment = useAddComment(proposal.id);
  const editComment = useEditComment(proposal.id);
  const deleteComment = useDeleteComment(proposal.id);
  const hideComment = useHideComment(proposal.id);
  const action = useAction();
  const heading = useRef<HTMLHeadingElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const [target, setTarget] = useState<Reply>();
  const permissions = proposal.viewerPermissions;

  /** A change to the thread, which the thread and the proposal's count of comments show once it resolves. */
  const changed = (act: () => Promise<unknown>, success: string) =>
    action.attempt(async () => {
      await act();
      return success;
    });

  const thread: Thread = {
    viewerId: session.status === 'signedIn' ? session.user.id : undefined,
    mayComment: permissions.comment,
    mayModerate: permissions.moderate,
    reply: (parentId, body) =>
      changed(() => addComment.mutateAsync({ proposalId: proposal.id, body, parentId }), t('proposal.comments.posted')),
    edit: (commentId, body) =>
      changed(() => editComment.mutateAsync({ commentId, body }), t('proposal.comments.edited')),
    ask: (kind, comment, button) => {
      opener.current = button;
      setTarget(comment);
      (kind === 'delete' ? deleteModal : hideModal).open();
    },
  };
  const focusBack = () => (opener.current?.isConnected ? opener.current : heading.current)?.focus();
  const author = target?.author?.displayName ?? t('proposal.formerAuthor');

  return (
    <>
      <h2 ref={heading} tabIndex={-1} className={fr.cx('fr-h5')}>
        {t('proposal.comments.heading')}
      </h2>
      {action.feedback}
      <PaginatedResults
        texts="proposal.comments.list"
        results={comments}
        itemSelector={nthComment}
        onRetry={() => heading.current?.focus()}
      >
        {(nodes) => (
          <ul className={fr.cx('fr-raw-list')}>
            {nodes.map((comment) => (
              <li key={comment.id} className={fr.cx('fr-mb-4w')}>
                <CommentView comment={comment} thread={thread} replyable />
                {comment.replies.length > 0 && (
                  <ul
                    className={fr.cx('fr-raw-list', 'fr-mt-2w', 'fr-pl-3w')}
                    style={{ borderLeft: `2px solid ${fr.colors.decisions.border.default.grey.default}` }}
                    aria-label={t('proposal.comments.repliesTo', { name: comment.author?.displayName ?? '' })}
                  >
                    {comment.replies.map((reply) => (
                      <li key={reply.id} className={fr.cx('fr-mb-2w')}>
                        <CommentView comment={reply} thread={thread} />
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ul>
        )}
      </PaginatedResults>
      <section aria-labelledby="new-comment-heading" className={fr.cx('fr-mt-4w')}>
        <h3 id="new-comment-heading" className={fr.cx('fr-h6')}>
          {t('proposal.comments.newHeading')}
        </h3>
        {permissions.comment ? (
          <CommentForm
            label={t('proposal.comments.yours')}
            submitLabel={t('proposal.comments.post')}
            onSubmit={(body) =>
              changed(() => addComment.mutateAsync({ proposalId: proposal.id, body }), t('proposal.comments.posted'))
            }
          />
        ) : (
          <p>
            {session.status === 'signedIn' ? t('proposal.comments.closed') : t('proposal.comments.signInToComment')}
          </p>
        )}
      </section>
      <ConfirmDialog
        modal={deleteModal}
        title={t('proposal.comments.deleteTitle')}
        confirmLabel={t('proposal.comments.delete')}
        onConfirm={() =>
          target
            ? changed(() => deleteComment.mutateAsync({ commentId: target.id }), t('proposal.comments.deleted'))
            : Promise.resolve(undefined)
        }
        onConceal={focusBack}
      >
        <p>{t('proposal.comments.deleteExplained')}</p>
      </ConfirmDialog>
      <ConfirmDialog
        modal={hideModal}
        title={t('proposal.comments.hideTitle', { name: author })}
        confirmLabel={t('proposal.comments.hide')}
        reason={{
          label: t('proposal.comments.hideReason'),
          hint: t('proposal.comments.hideReasonHint'),
          required: true,
        }}
        onConfirm={(reason) =>
          target
            ? changed(
                () => hideComment.mutateAsync({ commentId: target.id, reason }),
                t('proposal.comments.hidden', { name: author }),
              )
            : Promise.resolve(undefined)
        }
        onConceal={focusBack}
      >
        <p>{t('proposal.comments.hideExplained')}</p>
      </ConfirmDialog>
    </>
  );
}

/** One comment: who wrote it and when, its text (or why it is gone), and what the viewer may do with it. */
function CommentView({ comment, thread, replyable = false }: { comment: Reply; thread: Thread; replyable?: boolean }) {
  const { t } = useTranslation();
  const [mode, setMode] = useState<'reading' | 'replying' | 'editing'>('reading');
  const name = comment.author?.displayName ?? t('proposal.formerAuthor');
  const visible = comment.status === 'visible';
  const own = visible && thread.mayComment && thread.viewerId !== undefined && comment.author?.id === thread.viewerId;

  let text: ReactNode;
  if (comment.status === 'hidden') {
    // The API gives the hidden text to the moderators only, so that they can review their decision.
    text = (
      <>
        <em>{t('proposal.comments.hiddenText', { reason: comment.moderationReason ?? '' })}</em>
        {comment.body !== null && (
          <span className={fr.cx('fr-hint-text')}>
            {t('proposal.comments.hiddenForModerators')}{' '}
            <span lang="fr" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
              {comment.body}
            </span>
          </span>
        )}
      </>
    );
  } else if (comment.status === 'deleted') {
    text = <em>{t('proposal.comments.deletedText')}</em>;
  } else {
    // Comments are plain text, shown as typed; from the API in French, whatever the interface language.
    text = (
      <span lang="fr" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
        {comment.body}
      </span>
    );
  }

  const buttons: ItemAction[] = [];
  if (replyable && visible && thread.mayComment) {
    buttons.push({
      label: t('proposal.comments.reply'),
      icon: 'fr-icon-chat-3-line',
      onClick: () => setMode('replying'),
    });
  }
  if (own) {
    buttons.push(
      { label: t('proposal.comments.edit'), icon: 'fr-icon-edit-line', onClick: () => setMode('editing') },
      {
        label: t('proposal.comments.delete'),
        icon: 'fr-icon-delete-line',
        onClick: (button) => thread.ask('delete', comment, button),
      },
    );
  }
  if (visible && thread.mayModerate) {
    buttons.push({
      label: t('proposal.comments.hide'),
      icon: 'fr-icon-eye-off-line',
      onClick: (button) => thread.ask('hide', comment, button),
    });
  }

  return (
    <article aria-label={t('proposal.comments.by', { name })}>
      <p className={fr.cx('fr-mb-0', 'fr-text--bold')}>{name}</p>
      <p className={fr.cx('fr-mb-1w', 'fr-text--xs')}>
        <DateTime value={comment.createdAt} withTime />
        {comment.editedAt && ` · ${t('proposal.comments.editedMark')}`}
      </p>
      {mode === 'editing' ? (
        <CommentForm
          label={t('proposal.comments.editLabel')}
          initial={comment.body ?? ''}
          submitLabel={t('proposal.comments.save')}
          onSubmit={async (body) => {
            await thread.edit(comment.id, body);
            setMode('reading');
          }}
          onCancel={() => setMode('reading')}
        />
      ) : (
        <p className={fr.cx('fr-mb-1w')}>{text}</p>
      )}
      {mode === 'reading' && <ItemActions actions={buttons} target={t('proposal.comments.target', { name })} />}
      {mode === 'replying' && (
        <CommentForm
          label={t('proposal.comments.replyLabel', { name })}
          submitLabel={t('proposal.comments.post')}
          onSubmit={async (body) => {
            await thread.reply(comment.id, body);
            setMode('reading');
          }}
          onCancel={() => setMode('reading')}
        />
      )}
    </article>
  );
}

type CommentFormProps = {
  label: string;
  initial?: string;
  submitLabel: string;
  /** Sends the comment (the field then empties); rejects with the error to show, what was typed staying. */
  onSubmit: (body: string) => Promise<unknown>;
  /** For a reply or an edit, which replace the comment's buttons: the field takes the focus. */
  onCancel?: () => void;
};

function CommentForm({ label, initial = '', submitLabel, onSubmit, onCancel }: CommentFormProps) {
  const { form, submit, alert, sending } = useFormSubmission({
    schema: commentFormSchema,
    defaultValues: { body: initial },
    send: ({ body }) => onSubmit(body),
    onSuccess: (_, __, sent) => sent.reset({ body: '' }),
  });

  return (
    <form className={fr.cx('fr-mt-2w')} onSubmit={submit} noValidate>
      {alert}
      <Input
        label={label}
        textArea
        {...errorState(form.formState.errors.body)}
        nativeTextAreaProps={{ required: true, rows: 4, autoFocus: Boolean(onCancel), ...form.register('body') }}
      />
      <SendButtons submitLabel={submitLabel} sending={sending} onCancel={onCancel} />
    </form>
  );
}
