import { PROPOSAL_LIMITS } from '@ouvroir/contracts';
import { fr } from '@codegouvfr/react-dsfr';
import { Badge, type BadgeProps } from '@codegouvfr/react-dsfr/Badge';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { createModal } from '@codegouvfr/react-dsfr/Modal';
import { useQuery } from '@tanstack/react-query';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { graphqlQuery } from '../api/queries';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { DateTime } from '../components/DateTime';
import { optionalText, requiredText } from '../components/form-schema';
import { QueryResult } from '../components/QueryResult';
import { useAction } from '../components/useAction';
import { errorState, useFormSubmission } from '../components/useFormSubmission';
import type { AmendmentStatus } from '../gql/graphql';
import { revisionBodyQuery, useDecideAmendment, useProposeAmendment, type Amendment, type Proposal } from './proposals';
import { SideBySide } from './SideBySide';

// One dialog for every amendment, opened by script: a rejection needs a reason, sent to the amendment's author.
const rejectModal = createModal({ id: 'reject-amendment', isOpenedByDefault: false });

const severities: Record<AmendmentStatus, BadgeProps['severity']> = {
  pending: 'new',
  accepted: 'success',
  rejected: 'error',
  withdrawn: undefined,
};

const amendmentFormSchema = z.object({
  body: requiredText(PROPOSAL_LIMITS.bodyMax),
  explanation: optionalText(PROPOSAL_LIMITS.reasonMax),
});

/** The amendments, latest first, each with its text beside the one it rewrites; the authors accept or reject them. */
export function AmendmentsTab({ proposal }: { proposal: Proposal }) {
  const { t } = useTranslation();
  const action = useAction();
  const decideAmendment = useDecideAmendment(proposal.id);
  const proposeAmendment = useProposeAmendment();
  const heading = useRef<HTMLHeadingElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const [rejecting, setRejecting] = useState<Amendment>();
  // A new key after each amendment: the form starts again from the current text.
  const [round, setRound] = useState(0);
  // Only authors decide, and only during the discussion: the API says the same.
  const decides = proposal.viewerPermissions.edit && proposal.state === 'in_discussion';
  const nameOf = (amendment: Amendment) => amendment.author?.displayName ?? t('proposal.formerAuthor');

  /** The act of deciding, for `action.run` (errors in the feedback) or the dialog (errors in it). */
  const decision =
    (amendment: Amendment, accept: boolean, reason = '') =>
    async () => {
      await decideAmendment.mutateAsync({ amendmentId: amendment.id, accept, reason: reason || null });
      const name = nameOf(amendment);
      return accept ? t('proposal.amendments.accepted', { name }) : t('proposal.amendments.rejected', { name });
    };

  return (
    <>
      <h2 ref={heading} tabIndex={-1} className={fr.cx('fr-h5')}>
        {t('proposal.amendments.heading')}
      </h2>
      {action.feedback}
      {proposal.amendments.length === 0 ? (
        <p>{t('proposal.amendments.empty')}</p>
      ) : (
        <ul className={fr.cx('fr-raw-list')}>
          {proposal.amendments.map((amendment) => (
            <li key={amendment.id} className={fr.cx('fr-mb-4w')}>
              <AmendmentView
                proposalId={proposal.id}
                amendment={amendment}
                name={nameOf(amendment)}
                decides={decides && amendment.status === 'pending'}
                onAccept={() =>
                  // Once accepted the buttons are gone: the focus goes to the tab's heading, above the news.
                  void action.run(decision(amendment, true)).then((done) => done && heading.current?.focus())
                }
                onReject={(button) => {
                  opener.current = button;
                  setRejecting(amendment);
                  rejectModal.open();
                }}
              />
            </li>
          ))}
        </ul>
      )}
      {proposal.viewerPermissions.amend && (
        <AmendmentForm
          key={round}
          body={proposal.body}
          onSubmit={async (body, explanation) => {
            await action.attempt(async () => {
              // An empty explanation, not null: the API answers null with an internal error (reported).
              await proposeAmendment.mutateAsync({ proposalId: proposal.id, body, explanation });
              return t('proposal.amendments.proposed');
            });
            setRound((count) => count + 1);
            heading.current?.focus();
          }}
        />
      )}
      <ConfirmDialog
        modal={rejectModal}
        title={t('proposal.amendments.rejectTitle', { name: rejecting ? nameOf(rejecting) : '' })}
        confirmLabel={t('proposal.amendments.reject')}
        reason={{
          label: t('proposal.amendments.rejectReason'),
          hint: t('proposal.amendments.rejectReasonHint'),
          required: true,
        }}
        onConfirm={(reason) =>
          rejecting ? action.attempt(decision(rejecting, false, reason)) : Promise.resolve(undefined)
        }
        onConceal={() => (opener.current?.isConnected ? opener.current : heading.current)?.focus()}
      >
        <p>{t('proposal.amendments.rejectExplained')}</p>
      </ConfirmDialog>
    </>
  );
}

type AmendmentViewProps = {
  proposalId: string;
  amendment: Amendment;
  name: string;
  decides: boolean;
  onAccept: () => void;
  onReject: (opener: HTMLButtonElement) => void;
};

function AmendmentView({ proposalId, amendment, name, decides, onAccept, onReject }: AmendmentViewProps) {
  const { t } = useTranslation();
  const [comparing, setComparing] = useState(false);
  const comparisonId = useId();

  return (
    <article aria-labelledby={`${comparisonId}-heading`}>
      <h3 id={`${comparisonId}-heading`} className={fr.cx('fr-h6', 'fr-mb-1w')}>
        {t('proposal.amendments.by', { name })}
      </h3>
      <p className={fr.cx('fr-mb-1w')}>
        <Badge as="span" small noIcon severity={severities[amendment.status]}>
          {t(`proposal.amendments.statuses.${amendment.status}`)}
        </Badge>{' '}
        <span className={fr.cx('fr-text--sm')}>
          <DateTime value={amendment.createdAt} withTime /> ·{' '}
          {t('proposal.amendments.base', { number: amendment.baseRevision })}
        </span>
      </p>
      {amendment.explanation && (
        <p className={fr.cx('fr-mb-1w')}>
          {t('proposal.amendments.explanation')} <span lang="fr">{amendment.explanation}</span>
        </p>
      )}
      {amendment.reason && (
        <p className={fr.cx('fr-mb-1w')}>
          {t('proposal.amendments.reason')} <span lang="fr">{amendment.reason}</span>
        </p>
      )}
      <Button
        size="small"
        priority="tertiary"
        iconId={comparing ? 'fr-icon-arrow-up-s-line' : 'fr-icon-arrow-down-s-line'}
        className={fr.cx('fr-mr-2w', 'fr-mb-1w')}
        nativeButtonProps={{ 'aria-expanded': comparing, 'aria-controls': comparisonId }}
        onClick={() => setComparing((shown) => !shown)}
      >
        {t('proposal.amendments.compare')}
        <span className={fr.cx('fr-sr-only')}> {t('proposal.amendments.target', { name })}</span>
      </Button>
      {decides && (
        <>
          <Button size="small" iconId="fr-icon-check-line" className={fr.cx('fr-mr-2w', 'fr-mb-1w')} onClick={onAccept}>
            {t('proposal.amendments.accept')}
            <span className={fr.cx('fr-sr-only')}> {t('proposal.amendments.target', { name })}</span>
          </Button>
          <Button
            size="small"
            priority="secondary"
            iconId="fr-icon-close-line"
            className={fr.cx('fr-mb-1w')}
            onClick={(event) => onReject(event.currentTarget)}
          >
            {t('proposal.amendments.reject')}
            <span className={fr.cx('fr-sr-only')}> {t('proposal.amendments.target', { name })}</span>
          </Button>
        </>
      )}
      <div id={comparisonId}>{comparing && <AmendmentComparison proposalId={proposalId} amendment={amendment} />}</div>
    </article>
  );
}

/** The text the amendment rewrote (its base revision) beside the text it proposes. */
function AmendmentComparison({ proposalId, amendment }: { proposalId: string; amendment: Amendment }) {
  const { t } = useTranslation();
  const base = useQuery(graphqlQuery(revisionBodyQuery, { id: proposalId, number: amendment.baseRevision }));
  return (
    <QueryResult
      query={base}
      loading={t('proposal.amendments.loadingBase')}
      errorTitle={t('proposal.amendments.baseErrorTitle')}
      titleAs="h3"
    >
      {({ proposal }) => (
        <SideBySide
          headingAs="h4"
          versions={[
            {
              heading: t('proposal.amendments.baseText', { number: amendment.baseRevision }),
              fields: [{ label: t('proposalForm.body'), text: proposal.revision.body }],
            },
            {
              heading: t('proposal.amendments.proposedText'),
              fields: [{ label: t('proposalForm.body'), text: amendment.body }],
            },
          ]}
        />
      )}
    </QueryResult>
  );
}

function AmendmentForm({
  body: current,
  onSubmit,
}: {
  body: string;
  /** Proposes the amendment; rejects with the error to show, what was typed staying. */
  onSubmit: (body: string, explanation: string) => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const { form, submit, alert, sending } = useFormSubmission({
    schema: amendmentFormSchema,
    defaultValues: { body: current, explanation: '' },
    send: ({ body, explanation }) => onSubmit(body, explanation),
  });
  const { errors } = form.formState;

  return (
    <section aria-labelledby="amend-heading" className={fr.cx('fr-mt-6w')}>
      <h3 id="amend-heading" className={fr.cx('fr-h6')}>
        {t('proposal.amendments.formHeading')}
      </h3>
      <p className={fr.cx('fr-text--sm')}>{t('proposal.amendments.formExplained')}</p>
      <form onSubmit={submit} noValidate>
        {alert}
        <Input
          label={t('proposal.amendments.text')}
          hintText={t('proposalForm.bodyHint')}
          textArea
          {...errorState(errors.body)}
          nativeTextAreaProps={{ required: true, rows: 12, ...form.register('body') }}
        />
        <Input
          label={t('proposal.amendments.explanationLabel')}
          hintText={t('proposal.amendments.explanationHint')}
          textArea
          {...errorState(errors.explanation)}
          nativeTextAreaProps={{ rows: 3, ...form.register('explanation') }}
        />
        <Button type="submit" iconId="fr-icon-send-plane-line">
          {sending ? t('action.working') : t('proposal.amendments.submit')}
        </Button>
      </form>
    </section>
  );
}
