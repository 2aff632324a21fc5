import { fr } from '@codegouvfr/react-dsfr';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { ButtonsGroup } from '@codegouvfr/react-dsfr/ButtonsGroup';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { PaginatedResults } from '../components/PaginatedResults';
import type { AgendaSection } from '../gql/graphql';
import type { Group } from '../groups/groups';
import { ProposalCard } from '../proposals/ProposalList';
import { useCommitteeAgenda } from '../proposals/proposals';
import { useSession } from '../identity/useSession';
import { VoteCards } from './VoteList';
import { agendaSections, useCommitteeVotes } from './votes';

const nthLink = (index: number) => `li:nth-child(${index + 1}) a`;

/** A committee's agenda: votes to come, open and closed; its facilitators prepare new ones, and calls for commons. */
export function CommitteeVotesTab({ group }: { group: Group }) {
  const { t } = useTranslation();
  const session = useSession();
  // The API says the same; the link only shows to whom it will answer yes.
  const mayManage =
    group.status === 'active' &&
    (group.viewerRole === 'facilitator' || (session.status === 'signedIn' && session.user.platformRole === 'admin'));

  return (
    <>
      <h2 className={fr.cx('fr-h5')}>{t('votes.agenda.heading')}</h2>
      {mayManage && (
        <ButtonsGroup
          inlineLayoutWhen="sm and up"
          className={fr.cx('fr-mb-2w')}
          buttons={[
            {
              children: t('votes.new'),
              iconId: 'fr-icon-add-line',
              linkProps: { to: `/scrutins/nouveau?comite=${group.slug}` },
            },
            {
              // A call for commons ends with a vote of this committee on its submissions.
              children: t('votes.newCall'),
              priority: 'secondary',
              iconId: 'fr-icon-megaphone-line',
              linkProps: { to: `/appels/nouveau?comite=${group.slug}` },
            },
          ]}
        />
      )}
      <AwaitingVote slug={group.slug} mayManage={mayManage} />
      {agendaSections.map((section) => (
        <AgendaPart key={section} slug={group.slug} section={section} />
      ))}
    </>
  );
}

/** The proposals submitted to the committee and waiting for a vote; its facilitators put each to the vote from here. */
function AwaitingVote({ slug, mayManage }: { slug: string; mayManage: boolean }) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  const proposals = useCommitteeAgenda(slug);
  return (
    <section aria-labelledby="agenda-proposals" className={fr.cx('fr-mb-4w')}>
      <h3 id="agenda-proposals" ref={heading} tabIndex={-1} className={fr.cx('fr-h6')}>
        {t('votes.agenda.proposalsHeading')}
      </h3>
      <PaginatedResults
        texts="votes.agenda.proposals"
        results={proposals}
        itemSelector={nthLink}
        titleAs="h3"
        onRetry={() => heading.current?.focus()}
      >
        {(nodes) => (
          <ul className={fr.cx('fr-raw-list', 'fr-mb-3w')}>
            {nodes.map((proposal) => (
              <li key={proposal.id} className={fr.cx('fr-mb-2w')}>
                <ProposalCard proposal={proposal} showGroup />
                {mayManage && (
                  <Button
                    priority="secondary"
                    size="small"
                    iconId="fr-icon-checkbox-circle-line"
                    className={fr.cx('fr-mt-1w')}
                    linkProps={{ to: `/scrutins/nouveau?proposition=${proposal.id}` }}
                  >
                    {t('votes.agenda.putToVote')}
                    {/* Each button says which proposal it puts to the vote, for a screen reader's list of links. */}
                    <span className={fr.cx('fr-sr-only')} lang="fr">
                      {' '}
                      « {proposal.title} »
                    </span>
                  </Button>
                )}
              </li>
            ))}
          </ul>
        )}
      </PaginatedResults>
    </section>
  );
}

function AgendaPart({ slug, section }: { slug: string; section: AgendaSection }) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  const votes = useCommitteeVotes(slug, section);
  const id = `agenda-${section}`;
  return (
    <section aria-labelledby={id} className={fr.cx('fr-mb-4w')}>
      <h3 id={id} ref={heading} tabIndex={-1} className={fr.cx('fr-h6')}>
        {t(`votes.agenda.sections.${section}`)}
      </h3>
      <PaginatedResults
        texts={`votes.agenda.${section}`}
        results={votes}
        itemSelector={nthLink}
        titleAs="h3"
        onRetry={() => heading.current?.focus()}
      >
        {(nodes) => <VoteCards votes={nodes} titleAs="h4" />}
      </PaginatedResults>
    </section>
  );
}
