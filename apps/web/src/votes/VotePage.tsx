import { fr } from '@codegouvfr/react-dsfr';
import { Breadcrumb } from '@codegouvfr/react-dsfr/Breadcrumb';
import type { ButtonProps } from '@codegouvfr/react-dsfr/Button';
import { ButtonsGroup } from '@codegouvfr/react-dsfr/ButtonsGroup';
import { createModal } from '@codegouvfr/react-dsfr/Modal';
import { useQuery } from '@tanstack/react-query';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { codeOf, messageOf } from '../api/graphql-request';
import { graphqlQuery } from '../api/queries';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { DateTime } from '../components/DateTime';
import { Facts, type Fact } from '../components/Facts';
import { QueryResult } from '../components/QueryResult';
import { useAction } from '../components/useAction';
import { useDocumentTitle } from '../layout/useDocumentTitle';
import { NotFoundPage } from '../pages/NotFoundPage';
import { ProposalStateBadge } from '../proposals/ProposalStateBadge';
import { BallotLookup, PublishedBallots } from './PublishedBallots';
import { VoterSection } from './VoterSection';
import { VoteBadges } from './VoteBadges';
import { VoteResults } from './VoteResults';
import { useCancelVote, useOpenVote, useVoteWatch, votePageQuery, type Vote } from './votes';

const cancelModal = createModal({ id: 'vote-cancel', isOpenedByDefault: false });

/** `/scrutins/:id`: a vote, its ballot form for the voters, its turnout, and its result once closed. */
export function VotePage() {
  const { id = '' } = useParams();
  const vote = useQuery(graphqlQuery(votePageQuery, { id }));
  const { t } = useTranslation();
  // Its turnout and status change as voters vote and the vote opens or closes: the page follows them.
  useVoteWatch(id);
  const heading = useRef<HTMLHeadingElement>(null);
  useDocumentTitle(vote.data ? vote.data.vote.title : t('vote.pageTitle'));

  if (vote.data) return <VoteContent vote={vote.data.vote} />;
  // A vote of a committee hidden to the viewer is "not found", exactly like a vote that does not exist.
  if (codeOf(vote.error) === 'NOT_FOUND') return <NotFoundPage lead={messageOf(vote.error)} />;
  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        {t('vote.pageTitle')}
      </h1>
      <QueryResult
        query={vote}
        loading={t('vote.loading')}
        errorTitle={t('vote.errorTitle')}
        titleAs="h2"
        onRetry={() => heading.current?.focus()}
      >
        {() => null}
      </QueryResult>
    </>
  );
}

function VoteContent({ vote }: { vote: Vote }) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  const manage = useAction();
  const cancelVote = useCancelVote();
  const { committee, proposal } = vote;

  const facts: Fact[] = [];
  if (committee) {
    facts.push({
      term: t('vote.committee'),
      value: (
        <Link to={`/groupes/${committee.slug}?onglet=scrutins`} lang="fr">
          {committee.name}
        </Link>
      ),
    });
  }
  if (proposal) {
    facts.push({
      term: t('vote.proposal'),
      value: (
        <>
          <Link to={`/propositions/${proposal.id}`} lang="fr">
            {proposal.title}
          </Link>{' '}
          <ProposalStateBadge state={proposal.state} />
        </>
      ),
    });
  }
  facts.push({ term: t('vote.method'), value: t(`votes.methods.${vote.method}`) });
  if (vote.threshold) facts.push({ term: t('vote.threshold'), value: t(`votes.thresholds.${vote.threshold}`) });
  facts.push(
    { term: t('vote.quorum'), value: t('vote.quorumValue', { percent: vote.quorumPercent }) },
    { term: t('vote.ballot'), value: vote.secret ? t('vote.secret') : t('vote.public') },
    { term: t('vote.changes'), value: vote.ballotChanges ? t('vote.changesAllowed') : t('vote.changesForbidden') },
    { term: t('vote.opensAt'), value: <DateTime value={vote.opensAt} withTime /> },
    { term: t('vote.closesAt'), value: <DateTime value={vote.closesAt} withTime /> },
  );
  if (vote.closedAt) facts.push({ term: t('vote.closedAt'), value: <DateTime value={vote.closedAt} withTime /> });
  if (vote.cancelReason)
    facts.push({ term: t('vote.cancelReason'), value: <span lang="fr">{vote.cancelReason}</span> });

  return (
    <>
      <Breadcrumb
        currentPageLabel={<span lang="fr">{vote.title}</span>}
        homeLinkProps={{ to: '/' }}
        segments={[
          { label: t('layout.groups'), linkProps: { to: '/groupes' } },
          ...(committee
            ? [
                {
                  label: <span lang="fr">{committee.name}</span>,
                  linkProps: { to: `/groupes/${committee.slug}?onglet=scrutins` },
                },
              ]
            : []),
        ]}
        className={fr.cx('fr-mt-0', 'fr-mb-3w')}
      />
      <div className={fr.cx('fr-grid-row', 'fr-grid-row--gutters')}>
        <div className={fr.cx('fr-col-12', 'fr-col-lg-8')}>
          <VoteBadges status={vote.status} outcome={vote.result?.outcome} />
          <h1 ref={heading} tabIndex={-1} lang="fr" className={fr.cx('fr-mt-1w')}>
            {vote.title}
          </h1>
          {vote.description && (
            // The API renders the Markdown to HTML without raw HTML, scripts nor javascript: links.
            <div lang="fr" dangerouslySetInnerHTML={{ __html: vote.descriptionHtml }} />
          )}
          <Facts facts={facts} />
          {manage.feedback}
        </div>
        <div className={fr.cx('fr-col-12', 'fr-col-lg-4')}>
          {vote.status !== 'scheduled' && vote.status !== 'cancelled' && <Turnout vote={vote} />}
          {vote.viewerCanManage && (vote.status === 'scheduled' || vote.status === 'open') && (
            <ManageVote vote={vote} action={manage} />
          )}
        </div>
      </div>
      {vote.status === 'open' && vote.viewerStanding.onRoll && <VoterSection vote={vote} />}
      {vote.status === 'closed' && vote.result && <VoteResults vote={vote} result={vote.result} />}
      {vote.status === 'closed' && <Ledger vote={vote} />}
      {/* The ballots' list, like the ledger, is for those who see the committee. */}
      {vote.status === 'closed' && vote.ledgerUrl && <PublishedBallots vote={vote} />}
      {(vote.status === 'open' || vote.status === 'closed') && <BallotLookup vote={vote} />}
      {vote.viewerCanManage && (
        <ConfirmDialog
          modal={cancelModal}
          title={t('vote.cancelTitle')}
          confirmLabel={t('vote.cancel')}
          reason={{ label: t('vote.cancelReasonLabel'), hint: t('vote.cancelReasonHint'), required: true }}
          onConfirm={(reason) =>
            manage.attempt(async () => {
              await cancelVote.mutateAsync({ id: vote.id, reason });
              return t('vote.cancelled');
            })
          }
          // The buttons are gone once the vote is cancelled: the focus goes to the page's heading.
          onConceal={() => heading.current?.focus()}
        >
          <p>{t('vote.cancelExplained')}</p>
        </ConfirmDialog>
      )}
    </>
  );
}

/** How many voters took part: the only figure published while the vote is open. */
function Turnout({ vote }: { vote: Vote }) {
  const { t } = useTranslation();
  const share = vote.eligibleCount > 0 ? Math.round((vote.turnout / vote.eligibleCount) * 100) : 0;
  return (
    <section
      aria-labelledby="vote-turnout"
      className={fr.cx('fr-p-3w', 'fr-mb-3w')}
      // A design token: the grey follows the light and dark themes.
      style={{ backgroundColor: fr.colors.decisions.background.alt.grey.default }}
    >
      <h2 id="vote-turnout" className={fr.cx('fr-h5')}>
        {t('vote.turnoutHeading')}
      </h2>
      <p className={fr.cx('fr-h3', 'fr-mb-1w')}>
        {t('votes.turnout', { count: vote.turnout, eligible: vote.eligibleCount })}
      </p>
      <div
        aria-hidden="true"
        className={fr.cx('fr-mb-2w')}
        style={{ background: fr.colors.decisions.background.contrast.grey.default, height: '0.75rem' }}
      >
        <div
          style={{
            background: fr.colors.decisions.background.actionHigh.blueFrance.default,
            height: '100%',
            width: `${share}%`,
          }}
        />
      </div>
      {vote.status === 'open' && <p className={fr.cx('fr-text--sm', 'fr-mb-0')}>{t('vote.noPartialResults')}</p>}
    </section>
  );
}

/** The facilitators' acts: open a scheduled vote now, cancel one (the dialog, which asks why, is the page's). */
function ManageVote({ vote, action }: { vote: Vote; action: ReturnType<typeof useAction> }) {
  const { t } = useTranslation();
  const openVote = useOpenVote();
  const heading = useRef<HTMLHeadingElement>(null);
  const cancelButton: ButtonProps = {
    children: t('vote.cancel'),
    priority: 'secondary',
    iconId: 'fr-icon-close-circle-line',
    onClick: () => cancelModal.open(),
  };
  const openButton: ButtonProps = {
    children: t('vote.openNow'),
    iconId: 'fr-icon-play-line',
    onClick: () =>
      void action
        .run(async () => {
          await openVote.mutateAsync({ id: vote.id });
          return t('vote.opened');
        })
        .then(() => heading.current?.focus()),
  };
  return (
    <section aria-labelledby="vote-manage" className={fr.cx('fr-mb-3w')}>
      <h2 id="vote-manage" ref={heading} tabIndex={-1} className={fr.cx('fr-h5')}>
        {t('vote.manageHeading')}
      </h2>
      <ButtonsGroup buttons={vote.status === 'scheduled' ? [openButton, cancelButton] : [cancelButton]} />
    </section>
  );
}

/** The final hash and the ledger, for anyone to check the count. */
function Ledger({ vote }: { vote: Vote }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="vote-ledger" className={fr.cx('fr-mb-6w')}>
      <h2 id="vote-ledger">{t('vote.ledgerHeading')}</h2>
      <p>{t('vote.ledgerExplained')}</p>
      {vote.finalHash && (
        <dl>
          <dt className={fr.cx('fr-text--bold')}>{t('vote.finalHash')}</dt>
          <dd className={fr.cx('fr-pl-0')}>
            <code style={{ overflowWrap: 'anywhere' }}>{vote.finalHash}</code>
          </dd>
        </dl>
      )}
      {vote.ledgerUrl && (
        <p>
          {/* A plain link: the server answers it, not the client's router. */}
          <a className={fr.cx('fr-link', 'fr-link--download')} href={vote.ledgerUrl} download>
            {t('vote.ledgerLink')}
            <span className={fr.cx('fr-link__detail')}>{t('vote.ledgerDetail')}</span>
          </a>
        </p>
      )}
    </section>
  );
}
