import { fr } from '@codegouvfr/react-dsfr';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { useId, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { codeOf, messageOf } from '../api/graphql-request';
import { DateTime } from '../components/DateTime';
import { LoadError } from '../components/LoadError';
import { useAction } from '../components/useAction';
import { useDocumentTitle } from '../layout/useDocumentTitle';
import { AttestForm } from '../recognition/AttestForm';
import { downloadOpenBadge, useContributor, type Contributor } from '../recognition/recognition';
import { NotFoundPage } from './NotFoundPage';

/** A person's public profile (`/contributeurs/:id`): exists only once they opened it, like an unknown person before. */
export function ContributorPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const contributor = useContributor(id);
  const heading = useRef<HTMLHeadingElement>(null);
  const notFound = !contributor.data && codeOf(contributor.error) === 'NOT_FOUND';
  useDocumentTitle(
    contributor.data
      ? contributor.data.contributor.displayName
      : notFound
        ? t('notFound.pageTitle')
        : t('recognition.page.title'),
  );

  if (contributor.data) return <ContributorContent contributor={contributor.data.contributor} />;
  if (notFound) return <NotFoundPage lead={messageOf(contributor.error)} />;
  if (!contributor.isError) return <p role="status">{t('recognition.page.loading')}</p>;
  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        {t('recognition.page.title')}
      </h1>
      <LoadError
        title={t('recognition.page.errorTitle')}
        reason={messageOf(contributor.error)}
        titleAs="h2"
        onRetry={() => {
          void contributor.refetch();
          heading.current?.focus();
        }}
      />
    </>
  );
}

function ContributorContent({ contributor }: { contributor: Contributor }) {
  const { t } = useTranslation();
  const action = useAction();
  const proposalItem = (proposal: Contributor['proposals']['nodes'][number]) => (
    <li key={proposal.id}>
      <Link to={`/propositions/${proposal.id}`}>{proposal.title}</Link> — {t(`proposals.states.${proposal.state}`)},{' '}
      <DateTime value={proposal.updatedAt} />
    </li>
  );

  return (
    <div className={fr.cx('fr-grid-row')}>
      <div className={fr.cx('fr-col-12', 'fr-col-md-10', 'fr-col-lg-8')}>
        <h1>{contributor.displayName}</h1>
        {contributor.organisationId && contributor.organisationName && (
          <p className={fr.cx('fr-text--lead')} lang="fr">
            <Link to={`/structures/${contributor.organisationId}`}>{contributor.organisationName}</Link>
          </p>
        )}
        <p>{t('recognition.page.intro')}</p>
        <Part heading={t('recognition.page.adopted')} empty={contributor.adoptedProposals.nodes.length === 0}>
          {contributor.adoptedProposals.nodes.map(proposalItem)}
        </Part>
        <Part heading={t('recognition.page.proposals')} empty={contributor.proposals.nodes.length === 0}>
          {contributor.proposals.nodes.map(proposalItem)}
        </Part>
        <Part heading={t('recognition.page.amendments')} empty={contributor.acceptedAmendments.length === 0}>
          {contributor.acceptedAmendments.map((amendment) => (
            <li key={amendment.id}>
              <Link to={`/propositions/${amendment.proposalId}`}>{amendment.proposalTitle}</Link>,{' '}
              <DateTime value={amendment.decidedAt} />
            </li>
          ))}
        </Part>
        <Part heading={t('recognition.page.commons')} empty={contributor.maintainedCommons.length === 0}>
          {contributor.maintainedCommons.map((common) => (
            <li key={common.id}>
              <Link to={`/communs/${common.slug}`}>{common.name}</Link> — {t('recognition.page.maintainerSince')}{' '}
              <DateTime value={common.since} />
            </li>
          ))}
        </Part>
        <Part heading={t('recognition.page.callsWon')} empty={contributor.callsWon.length === 0}>
          {contributor.callsWon.map((won) => (
            <li key={won.id}>
              {won.commonSlug ? (
                <Link to={`/communs/${won.commonSlug}`}>
                  {t('recognition.page.laureate', { common: won.commonName, call: won.callTitle })}
                </Link>
              ) : (
                t('recognition.page.laureate', { common: won.commonName, call: won.callTitle })
              )}
              {won.withConditions && ` (${t('recognition.page.withConditions')})`} — {t('recognition.page.decidedOn')}{' '}
              <DateTime value={won.decidedAt} />,{' '}
              <Link to={`/appels/${won.callId}/resultats`}>{t('recognition.page.results')}</Link>
            </li>
          ))}
        </Part>
        <section aria-labelledby="reviews-heading" className={fr.cx('fr-mt-4w')}>
          <h2 id="reviews-heading" className={fr.cx('fr-h4')}>
            {t('recognition.page.reviews')}
          </h2>
          <p>
            {contributor.reviewsDone === 0
              ? t('recognition.page.reviewsNone')
              : t('recognition.page.reviewsCount', { count: contributor.reviewsDone })}
          </p>
        </section>
        <section aria-labelledby="attestations-heading" className={fr.cx('fr-mt-4w')}>
          <h2 id="attestations-heading" className={fr.cx('fr-h4')}>
            {t('recognition.page.attestations')}
          </h2>
          {action.feedback}
          {contributor.attestations.length === 0 && <p>{t('recognition.page.none')}</p>}
          <ul className={fr.cx('fr-raw-list')}>
            {contributor.attestations.map((attestation) => (
              <li key={attestation.id} className={fr.cx('fr-mb-3w')}>
                <p className={fr.cx('fr-mb-1v', 'fr-text--bold')}>
                  {t('recognition.attestation.by', {
                    author: attestation.authorName,
                    group: attestation.groupName ?? t('recognition.attestation.someGroup'),
                  })}{' '}
                  <DateTime value={attestation.createdAt} />
                </p>
                <blockquote className={fr.cx('fr-mb-1w')}>{attestation.reason}</blockquote>
                <Button
                  priority="tertiary"
                  size="small"
                  iconId="fr-icon-download-line"
                  onClick={() =>
                    void action.run(async () => {
                      await downloadOpenBadge(attestation.id);
                      return t('recognition.attestation.downloaded');
                    })
                  }
                >
                  {t('recognition.attestation.download')}
                </Button>
              </li>
            ))}
          </ul>
        </section>
        {contributor.attestableGroups.length > 0 && <AttestForm contributor={contributor} />}
      </div>
    </div>
  );
}

function Part({ heading, empty, children }: { heading: string; empty: boolean; children: ReactNode }) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className={fr.cx('fr-mt-4w')}>
      <h2 id={headingId} className={fr.cx('fr-h4')}>
        {heading}
      </h2>
      {empty ? <p>{t('recognition.page.none')}</p> : <ul>{children}</ul>}
    </section>
  );
}
