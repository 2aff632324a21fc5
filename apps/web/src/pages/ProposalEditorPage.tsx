import { fr } from '@codegouvfr/react-dsfr';
import { useQuery } from '@tanstack/react-query';
import { type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { graphqlQuery } from '../api/queries';
import { FormPageFrame } from '../components/FormPageFrame';
import { QueryResult } from '../components/QueryResult';
import { groupPageQuery } from '../groups/groups';
import { ProposalForm } from '../proposals/ProposalForm';
import { proposalEditorQuery, useCreateProposal, useSaveProposal } from '../proposals/proposals';

/** `/propositions/nouvelle?groupe=<slug>`: a member starts a draft in a working group. */
export function NewProposalPage() {
  const { t } = useTranslation();
  const [searchParams] = useSearchParams();
  const slug = searchParams.get('groupe') ?? '';
  return (
    <EditorFrame heading={t('proposalForm.newHeading')}>
      {(focusHeading) =>
        slug ? (
          <NewProposal slug={slug} onRetry={focusHeading} />
        ) : (
          <p>
            {t('proposalForm.noGroup')} <Link to="/groupes">{t('proposalForm.groupsLink')}</Link>
          </p>
        )
      }
    </EditorFrame>
  );
}

/** `/propositions/:id/modifier`: an author saves a new revision. */
export function EditProposalPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  return (
    <EditorFrame heading={t('proposalForm.editHeading')}>
      {(focusHeading) => <EditProposal id={id} onRetry={focusHeading} />}
    </EditorFrame>
  );
}

/** The editor's heading, and the editor itself for signed-in people. */
function EditorFrame({ heading, children }: { heading: string; children: (focusHeading: () => void) => ReactNode }) {
  const { t } = useTranslation();
  return (
    <FormPageFrame
      heading={heading}
      section={{ label: t('layout.proposals'), to: '/propositions' }}
      signedOut={t('proposalForm.signedOut')}
    >
      {children}
    </FormPageFrame>
  );
}

const emptyText = { title: '', summary: '', body: '', tags: '' };

function NewProposal({ slug, onRetry }: { slug: string; onRetry: () => void }) {
  const { t } = useTranslation();
  const group = useQuery(graphqlQuery(groupPageQuery, { slug }));
  const createProposal = useCreateProposal();
  const navigate = useNavigate();
  return (
    <QueryResult
      query={group}
      loading={t('group.loading')}
      errorTitle={t('group.errorTitle')}
      titleAs="h2"
      onRetry={onRetry}
    >
      {({ group }) => (
        <>
          <p className={fr.cx('fr-text--lead')}>
            {t('proposalForm.inGroup')}{' '}
            <Link to={`/groupes/${group.slug}`} lang="fr">
              {group.name}
            </Link>
            . {t('proposalForm.draftExplained')}
          </p>
          <ProposalForm
            initial={emptyText}
            baseRevision={0}
            submitLabel={t('proposalForm.create')}
            errorTitle={t('proposalForm.createErrorTitle')}
            onSubmit={async (input) => {
              const { id } = (await createProposal.mutateAsync({ groupId: group.id, input })).createProposal;
              void navigate(`/propositions/${id}`);
            }}
            cancelTo={`/groupes/${group.slug}?onglet=propositions`}
          />
        </>
      )}
    </QueryResult>
  );
}

function EditProposal({ id, onRetry }: { id: string; onRetry: () => void }) {
  const { t } = useTranslation();
  const proposal = useQuery(graphqlQuery(proposalEditorQuery, { id }));
  const saveProposal = useSaveProposal();
  const navigate = useNavigate();
  return (
    <QueryResult
      query={proposal}
      loading={t('proposal.loading')}
      errorTitle={t('proposal.errorTitle')}
      titleAs="h2"
      onRetry={onRetry}
    >
      {({ proposal }) =>
        proposal.viewerPermissions.edit ? (
          <ProposalForm
            initial={{
              title: proposal.title,
              summary: proposal.summary,
              body: proposal.body,
              tags: proposal.tags.join(', '),
            }}
            baseRevision={proposal.revisionNumber}
            submitLabel={t('proposalForm.save')}
            errorTitle={t('proposalForm.saveErrorTitle')}
            onSubmit={async (input, baseRevision) => {
              await saveProposal.mutateAsync({ proposalId: id, baseRevision, input });
              void navigate(`/propositions/${id}`);
            }}
            cancelTo={`/propositions/${id}`}
          />
        ) : (
          <p>
            {t('proposalForm.notEditable')}{' '}
            <Link to={`/propositions/${id}`} lang="fr">
              {proposal.title}
            </Link>
          </p>
        )
      }
    </QueryResult>
  );
}
