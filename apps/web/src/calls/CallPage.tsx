import { fr } from '@codegouvfr/react-dsfr';
import { Breadcrumb } from '@codegouvfr/react-dsfr/Breadcrumb';
import { ButtonsGroup } from '@codegouvfr/react-dsfr/ButtonsGroup';
import type { ButtonProps } from '@codegouvfr/react-dsfr/Button';
import { createModal } from '@codegouvfr/react-dsfr/Modal';
import { useQuery } from '@tanstack/react-query';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { codeOf, messageOf } from '../api/graphql-request';
import { graphqlQuery } from '../api/queries';
import { StackedTable } from '../components/StackedTable';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { DateTime } from '../components/DateTime';
import { Facts, type Fact } from '../components/Facts';
import { QueryResult } from '../components/QueryResult';
import { useAction } from '../components/useAction';
import { useSession } from '../identity/useSession';
import { useDocumentTitle } from '../layout/useDocumentTitle';
import { NotFoundPage } from '../pages/NotFoundPage';
import { CallStateBadge } from './CallBadges';
import { useMoveCall } from './call-mutations';
import { callPageQuery, nextStep, type Call } from './calls';
import { CallMilestones } from './Milestones';

const moveModal = createModal({ id: 'call-move', isOpenedByDefault: false });

/** `/appels/:id`: a call's text, challenges, grid, rounds and budget; the acts its reader may do from there. */
export function CallPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const call = useQuery(graphqlQuery(callPageQuery, { id }));
  const heading = useRef<HTMLHeadingElement>(null);
  useDocumentTitle(call.data ? call.data.call.title : t('callPage.pageTitle'));

  if (call.data) return <CallContent call={call.data.call} />;
  if (codeOf(call.error) === 'NOT_FOUND') return <NotFoundPage lead={messageOf(call.error)} />;
  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        {t('callPage.pageTitle')}
      </h1>
      <QueryResult
        query={call}
        loading={t('callPage.loading')}
        errorTitle={t('callPage.errorTitle')}
        titleAs="h2"
        onRetry={() => heading.current?.focus()}
      >
        {() => null}
      </QueryResult>
    </>
  );
}

function CallContent({ call }: { call: Call }) {
  const { t } = useTranslation();
  const session = useSession();
  const heading = useRef<HTMLHeadingElement>(null);
  const action = useAction();
  const moveCall = useMoveCall();
  const step = nextStep(call.state);
  const manages = call.viewerStanding.manages;

  const facts: Fact[] = [];
  if (call.committee) {
    facts.push({
      term: t('callPage.committee'),
      value: (
        <Link to={`/groupes/${call.committee.slug}`} lang="fr">
          {call.committee.name}
        </Link>
      ),
    });
  }
  facts.push({
    term: t('callPage.budget'),
    value:
      call.budget === null || call.budget === undefined
        ? t('callPage.noBudget')
        : t('calls.budget', { amount: call.budget }),
  });
  if (call.openedAt) facts.push({ term: t('callPage.openedAt'), value: <DateTime value={call.openedAt} /> });
  if (call.decidedAt) facts.push({ term: t('callPage.decidedAt'), value: <DateTime value={call.decidedAt} /> });

  const links: ButtonProps[] = [];
  if (call.state === 'open' && session.status === 'signedIn') {
    links.push({
      children: t('callPage.apply'),
      iconId: 'fr-icon-edit-box-line',
      linkProps: { to: `/appels/${call.id}/candidature` },
    });
  }
  if (call.viewerStanding.reviewer && ['open', 'reviewing', 'deliberating'].includes(call.state)) {
    links.push({
      children: t('callPage.review'),
      priority: 'secondary',
      iconId: 'fr-icon-survey-line',
      linkProps: { to: `/appels/${call.id}/evaluation` },
    });
  }
  if (manages) {
    if (call.state === 'draft') {
      links.push({
        children: t('callPage.edit'),
        priority: 'secondary',
        iconId: 'fr-icon-edit-line',
        linkProps: { to: `/appels/${call.id}/modifier` },
      });
    }
    links.push({
      children: t('callPage.board'),
      priority: 'secondary',
      iconId: 'fr-icon-dashboard-3-line',
      linkProps: { to: `/appels/${call.id}/pilotage` },
    });
    if (step) {
      links.push({
        children: t(`callPage.steps.${step}.button`),
        priority: 'secondary',
        iconId: 'fr-icon-arrow-right-line',
        onClick: () => moveModal.open(),
      });
    }
  }
  if (call.state === 'decided' || call.state === 'closed') {
    links.push({
      children: t('callPage.results'),
      priority: 'secondary',
      iconId: 'fr-icon-award-line',
      linkProps: { to: `/appels/${call.id}/resultats` },
    });
  }

  return (
    <>
      <Breadcrumb
        currentPageLabel={<span lang="fr">{call.title}</span>}
        homeLinkProps={{ to: '/' }}
        segments={[{ label: t('layout.calls'), linkProps: { to: '/appels' } }]}
        className={fr.cx('fr-mt-0', 'fr-mb-3w')}
      />
      <div className={fr.cx('fr-grid-row', 'fr-grid-row--gutters')}>
        <div className={fr.cx('fr-col-12', 'fr-col-lg-8')}>
          <CallStateBadge state={call.state} />
          <h1 ref={heading} tabIndex={-1} lang="fr" className={fr.cx('fr-mt-1w')}>
            {call.title}
          </h1>
          {action.feedback}
          {links.length > 0 && (
            <ButtonsGroup inlineLayoutWhen="md and up" buttons={links as [ButtonProps, ...ButtonProps[]]} />
          )}
          {/* The API renders the Markdown to HTML without raw HTML, scripts nor javascript: links. */}
          {call.bodyHtml && <div lang="fr" dangerouslySetInnerHTML={{ __html: call.bodyHtml }} />}
          <section aria-labelledby="call-challenges">
            <h2 id="call-challenges" className={fr.cx('fr-h4')}>
              {t('callPage.challenges')}
            </h2>
            <ul lang="fr">
              {call.challenges.map((challenge) => (
                <li key={challenge}>{challenge}</li>
              ))}
            </ul>
          </section>
          <section aria-labelledby="call-grid">
            <h2 id="call-grid" className={fr.cx('fr-h4')}>
              {t('callPage.grid')}
            </h2>
            <p>{t('callPage.gridExplained')}</p>
            <StackedTable
              caption={t('callPage.grid')}
              headers={[t('callPage.criterion'), t('callPage.weight'), t('callPage.criterionDescription')]}
              rows={call.criteria.map((criterion) => ({
                key: criterion.key,
                cells: [
                  <span key="name" lang="fr">
                    {criterion.name}
                  </span>,
                  t('callPage.weightValue', { weight: criterion.weight }),
                  <span key="description" lang="fr">
                    {criterion.description}
                  </span>,
                ],
              }))}
            />
          </section>
        </div>
        <div className={fr.cx('fr-col-12', 'fr-col-lg-4')}>
          <Facts facts={facts} />
          <section aria-labelledby="call-rounds">
            <h2 id="call-rounds" className={fr.cx('fr-h5')}>
              {t('callPage.rounds')}
            </h2>
            <ol>
              {call.cutoffs.map((cutoff, index) => (
                <li key={cutoff}>
                  {t('callPage.round', { number: index + 1 })} <DateTime value={cutoff} withTime />
                </li>
              ))}
            </ol>
          </section>
        </div>
      </div>
      {(call.state === 'decided' || call.state === 'closed') && <CallMilestones callId={call.id} />}
      {manages && step && (
        <ConfirmDialog
          modal={moveModal}
          title={t(`callPage.steps.${step}.title`)}
          confirmLabel={t(`callPage.steps.${step}.button`)}
          onConfirm={() =>
            action.attempt(async () => {
              await moveCall(step, call.id);
              return t(`callPage.steps.${step}.done`);
            })
          }
          onConceal={() => heading.current?.focus()}
        >
          <p>{t(`callPage.steps.${step}.explained`)}</p>
        </ConfirmDialog>
      )}
    </>
  );
}
