import { fr } from '@codegouvfr/react-dsfr';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Card } from '@codegouvfr/react-dsfr/Card';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { DateTime } from '../components/DateTime';
import { PaginatedResults } from '../components/PaginatedResults';
import { useSession } from '../identity/useSession';
import { useDocumentTitle } from '../layout/useDocumentTitle';
import { CallStateBadge } from './CallBadges';
import { nextCutoff, useCalls, type CallSummary } from './calls';

const nthLink = (index: number) => `li:nth-child(${index + 1}) a`;

/**
 * `/appels`: the calls for commons, the latest first: open ones with their next cut-off date, those decided or
 * closed with their results; drafts for their committee's facilitators only (the API decides).
 */
export function CallsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('calls.pageTitle'));
  const session = useSession();
  const calls = useCalls();
  const heading = useRef<HTMLHeadingElement>(null);

  return (
    <>
      <div className={fr.cx('fr-grid-row')}>
        <div className={fr.cx('fr-col-12', 'fr-col-lg-9')}>
          <h1 ref={heading} tabIndex={-1}>
            {t('calls.heading')}
          </h1>
          <p className={fr.cx('fr-text--lead')}>{t('calls.intro')}</p>
          {session.status === 'signedIn' && (
            <Button priority="secondary" iconId="fr-icon-file-text-line" linkProps={{ to: '/appels/mes-candidatures' }}>
              {t('calls.mySubmissionsLink')}
            </Button>
          )}
        </div>
      </div>
      <section aria-labelledby="calls-list" className={fr.cx('fr-mt-4w')}>
        <h2 id="calls-list" className={fr.cx('fr-sr-only')}>
          {t('calls.listHeading')}
        </h2>
        <PaginatedResults
          texts="calls.list"
          results={calls}
          itemSelector={nthLink}
          onRetry={() => heading.current?.focus()}
        >
          {(nodes) => (
            <ul className={fr.cx('fr-raw-list', 'fr-mb-3w')}>
              {nodes.map((call) => (
                <li key={call.id} className={fr.cx('fr-mb-2w')}>
                  <CallCard call={call} />
                </li>
              ))}
            </ul>
          )}
        </PaginatedResults>
      </section>
    </>
  );
}

/** One call as a card: its title to its page, its state, its next cut-off or its challenges, its budget. */
function CallCard({ call }: { call: CallSummary }) {
  const { t } = useTranslation();
  const next = nextCutoff(call.cutoffs);
  return (
    <Card
      title={<span lang="fr">{call.title}</span>}
      titleAs="h3"
      size="small"
      enlargeLink
      linkProps={{ to: `/appels/${call.id}` }}
      start={<CallStateBadge state={call.state} />}
      endDetail={
        <span>
          {call.state === 'open' && next ? (
            <>
              {t('calls.nextCutoff')} <DateTime value={next} withTime />
            </>
          ) : (
            t('calls.challengeCount', { count: call.challenges.length })
          )}
          {call.budget !== null && call.budget !== undefined && ` · ${t('calls.budget', { amount: call.budget })}`}
        </span>
      }
    />
  );
}
