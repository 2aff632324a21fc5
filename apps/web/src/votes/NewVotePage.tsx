import { fr } from '@codegouvfr/react-dsfr';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { graphqlQuery } from '../api/queries';
import { FormPageFrame } from '../components/FormPageFrame';
import { QueryResult } from '../components/QueryResult';
import { voteCommitteeQuery, voteProposalQuery } from './votes';
import { VoteForm } from './VoteForm';

/**
 * `/scrutins/nouveau?comite=<slug>`: a committee's facilitator prepares a vote on options;
 * `/scrutins/nouveau?proposition=<id>`: puts a submitted proposal to the vote.
 */
export function NewVotePage() {
  const { t } = useTranslation();
  const [searchParams] = useSearchParams();
  const slug = searchParams.get('comite') ?? '';
  const proposalId = searchParams.get('proposition') ?? '';
  const heading = proposalId ? t('voteForm.proposalHeading') : t('voteForm.heading');
  return (
    <FormPageFrame
      heading={heading}
      section={{ label: t('layout.groups'), to: '/groupes' }}
      signedOut={t('voteForm.signedOut')}
    >
      {(focusHeading) =>
        proposalId ? (
          <ProposalVoteForm id={proposalId} onRetry={focusHeading} />
        ) : slug ? (
          <OptionsVoteForm slug={slug} onRetry={focusHeading} />
        ) : (
          <p>
            {t('voteForm.noCommittee')} <Link to="/groupes">{t('proposalForm.groupsLink')}</Link>
          </p>
        )
      }
    </FormPageFrame>
  );
}

function ProposalVoteForm({ id, onRetry }: { id: string; onRetry: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const proposal = useQuery(graphqlQuery(voteProposalQuery, { id }));
  return (
    <QueryResult
      query={proposal}
      loading={t('proposal.loading')}
      errorTitle={t('proposal.errorTitle')}
      titleAs="h2"
      onRetry={onRetry}
    >
      {({ proposal: found }) =>
        found.committee ? (
          <>
            <p className={fr.cx('fr-text--lead')}>
              {t('voteForm.proposal')}{' '}
              <Link to={`/propositions/${found.id}`} lang="fr">
                {found.title}
              </Link>
              , {t('voteForm.committee')}{' '}
              <Link to={`/groupes/${found.committee.slug}?onglet=scrutins`} lang="fr">
                {found.committee.name}
              </Link>
            </p>
            <VoteForm
              committeeId={found.committee.id}
              proposal={{ id: found.id, title: found.title }}
              cancelTo={`/propositions/${found.id}`}
              onCreated={(voteId) => void navigate(`/scrutins/${voteId}`)}
            />
          </>
        ) : (
          <p>{t('voteForm.noCommittee')}</p>
        )
      }
    </QueryResult>
  );
}

function OptionsVoteForm({ slug, onRetry }: { slug: string; onRetry: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const committee = useQuery(graphqlQuery(voteCommitteeQuery, { slug }));
  return (
    <QueryResult
      query={committee}
      loading={t('group.loading')}
      errorTitle={t('group.errorTitle')}
      titleAs="h2"
      onRetry={onRetry}
    >
      {({ group }) => (
        <>
          <p className={fr.cx('fr-text--lead')}>
            {t('voteForm.committee')}{' '}
            <Link to={`/groupes/${group.slug}?onglet=scrutins`} lang="fr">
              {group.name}
            </Link>
          </p>
          <VoteForm
            committeeId={group.id}
            cancelTo={`/groupes/${group.slug}?onglet=scrutins`}
            onCreated={(voteId) => void navigate(`/scrutins/${voteId}`)}
          />
        </>
      )}
    </QueryResult>
  );
}
