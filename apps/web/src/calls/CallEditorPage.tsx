import { fr } from '@codegouvfr/react-dsfr';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { graphqlQuery } from '../api/queries';
import { FormPageFrame } from '../components/FormPageFrame';
import { QueryResult } from '../components/QueryResult';
import { useAction } from '../components/useAction';
import { voteCommitteeQuery } from '../votes/votes';
import { callInput, useCreateCall, useUpdateCall } from './call-mutations';
import { localDateTime, newCallDefaults, type CallFormValues } from './call-form.schema';
import { CallForm } from './CallForm';
import { callPageQuery, type Call } from './calls';
import { ReviewersSection } from './ReviewersSection';

/** `/appels/nouveau?comite=<slug>`: a committee's facilitator drafts a call; its reviewers are named next. */
export function NewCallPage() {
  const { t } = useTranslation();
  const [searchParams] = useSearchParams();
  const slug = searchParams.get('comite') ?? '';
  return (
    <FormPageFrame
      heading={t('callForm.newHeading')}
      section={{ label: t('layout.calls'), to: '/appels' }}
      signedOut={t('callForm.signedOut')}
    >
      {(focusHeading) =>
        slug ? (
          <NewCallForm slug={slug} onRetry={focusHeading} />
        ) : (
          <p>
            {t('callForm.noCommittee')} <Link to="/groupes">{t('proposalForm.groupsLink')}</Link>
          </p>
        )
      }
    </FormPageFrame>
  );
}

function NewCallForm({ slug, onRetry }: { slug: string; onRetry: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const committee = useQuery(graphqlQuery(voteCommitteeQuery, { slug }));
  const createCall = useCreateCall();
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
            {t('callForm.committee')}{' '}
            <Link to={`/groupes/${group.slug}`} lang="fr">
              {group.name}
            </Link>
          </p>
          <p>{t('callForm.draftExplained')}</p>
          <CallForm
            defaultValues={newCallDefaults()}
            submitLabel={t('callForm.create')}
            errorTitle={t('callForm.createErrorTitle')}
            send={async (values) =>
              (await createCall.mutateAsync({ committeeId: group.id, input: callInput(values) })).createCall.id
            }
            // Its reviewers are named on the editor, before it can open.
            onSaved={(id) => void navigate(`/appels/${id}/modifier`)}
            cancelTo={`/groupes/${group.slug}?onglet=scrutins`}
          />
        </>
      )}
    </QueryResult>
  );
}

/** `/appels/:id/modifier`: the draft's text, grid, rounds and budget, and its reviewers. */
export function EditCallPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  return (
    <FormPageFrame
      heading={t('callForm.editHeading')}
      section={{ label: t('layout.calls'), to: '/appels' }}
      signedOut={t('callForm.signedOut')}
    >
      {(focusHeading) => <EditCallForm id={id} onRetry={focusHeading} />}
    </FormPageFrame>
  );
}

const formValues = (call: Call): CallFormValues => ({
  title: call.title,
  body: call.body,
  challenges: call.challenges.map((label) => ({ label })),
  criteria: call.criteria.map(({ key, name, description, weight }) => ({
    key,
    name,
    description,
    weight: String(weight),
  })),
  cutoffs: call.cutoffs.map((at) => ({ at: localDateTime(at) })),
  budget: call.budget === null || call.budget === undefined ? '' : String(call.budget),
});

function EditCallForm({ id, onRetry }: { id: string; onRetry: () => void }) {
  const { t } = useTranslation();
  const call = useQuery(graphqlQuery(callPageQuery, { id }));
  const updateCall = useUpdateCall();
  const saved = useAction();
  return (
    <QueryResult
      query={call}
      loading={t('callPage.loading')}
      errorTitle={t('callPage.errorTitle')}
      titleAs="h2"
      onRetry={onRetry}
    >
      {({ call: found }) =>
        found.viewerStanding.manages && found.state === 'draft' ? (
          <>
            <p className={fr.cx('fr-text--lead')}>
              <Link to={`/appels/${found.id}`} lang="fr">
                {found.title}
              </Link>
            </p>
            {saved.feedback}
            <CallForm
              // A new form for the saved call: its values become the form's own.
              key={found.id}
              defaultValues={formValues(found)}
              submitLabel={t('callForm.save')}
              errorTitle={t('callForm.saveErrorTitle')}
              send={async (values) => {
                await updateCall.mutateAsync({ callId: found.id, input: callInput(values) });
                return found.id;
              }}
              onSaved={() => saved.succeeded(t('callForm.saved'))}
              cancelTo={`/appels/${found.id}`}
            />
            <ReviewersSection call={found} />
          </>
        ) : (
          <p>
            {t('callForm.notEditable')}{' '}
            <Link to={`/appels/${found.id}`} lang="fr">
              {found.title}
            </Link>
          </p>
        )
      }
    </QueryResult>
  );
}
