import { COMMON_DRAFT_KINDS } from '@ouvroir/contracts';
import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { ButtonsGroup } from '@codegouvfr/react-dsfr/ButtonsGroup';
import { Checkbox } from '@codegouvfr/react-dsfr/Checkbox';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { RadioButtons } from '@codegouvfr/react-dsfr/RadioButtons';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { graphqlQuery } from '../api/queries';
import { DateTime } from '../components/DateTime';
import { FormPageFrame } from '../components/FormPageFrame';
import { QueryResult } from '../components/QueryResult';
import { useAction } from '../components/useAction';
import { errorState, useFormSubmission } from '../components/useFormSubmission';
import { SubmissionStateBadge } from './CallBadges';
import { callPageQuery, isPast, nextCutoff, type Call } from './calls';
import { EligibilityChecks } from './EligibilityChecks';
import { emptySubmission, submissionFormSchema, type SubmissionFormValues } from './submission-form.schema';
import {
  submissionInput,
  submissionPageQuery,
  useCreateSubmission,
  useLiveChecks,
  useSubmitSubmission,
  useUpdateSubmission,
  type SubmissionView,
} from './submissions';

/** The submission being edited, in the address: `/appels/:id/candidature?candidature=<id>`. */
const submissionParam = 'candidature';

/**
 * `/appels/:id/candidature`: the applicant writes the common in draft and the pitch, sees the automatic checks as they
 * type, saves (each save a revision) and submits; after the cut-off, the submission is shown as it was frozen.
 */
export function SubmissionPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const [searchParams] = useSearchParams();
  const submissionId = searchParams.get(submissionParam) ?? '';
  return (
    <FormPageFrame
      heading={submissionId ? t('submission.editHeading') : t('submission.newHeading')}
      section={{ label: t('layout.calls'), to: '/appels' }}
      signedOut={t('submission.signedOut')}
    >
      {(focusHeading) => <SubmissionLoader callId={id} submissionId={submissionId} onRetry={focusHeading} />}
    </FormPageFrame>
  );
}

function SubmissionLoader({
  callId,
  submissionId,
  onRetry,
}: {
  callId: string;
  submissionId: string;
  onRetry: () => void;
}) {
  const { t } = useTranslation();
  const call = useQuery(graphqlQuery(callPageQuery, { id: callId }));
  const submission = useQuery({ ...graphqlQuery(submissionPageQuery, { id: submissionId }), enabled: !!submissionId });
  return (
    <QueryResult
      query={call}
      loading={t('callPage.loading')}
      errorTitle={t('callPage.errorTitle')}
      titleAs="h2"
      onRetry={onRetry}
    >
      {({ call: found }) => (
        <>
          <p className={fr.cx('fr-text--lead')}>
            {t('submission.toCall')}{' '}
            <Link to={`/appels/${found.id}`} lang="fr">
              {found.title}
            </Link>
          </p>
          {submissionId ? (
            <QueryResult
              query={submission}
              loading={t('submission.loading')}
              errorTitle={t('submission.errorTitle')}
              titleAs="h2"
              onRetry={onRetry}
            >
              {({ submission: existing }) => <SubmissionEditor call={found} submission={existing} />}
            </QueryResult>
          ) : found.state === 'open' && nextCutoff(found.cutoffs) ? (
            <SubmissionEditor call={found} />
          ) : (
            <Alert severity="info" small description={t('submission.callNotOpen')} className={fr.cx('fr-mb-3w')} />
          )}
        </>
      )}
    </QueryResult>
  );
}

const formValues = (submission: SubmissionView): SubmissionFormValues => ({
  commonKind: submission.commonKind,
  commonName: submission.commonName,
  summary: submission.summary ?? '',
  licence: submission.licence ?? '',
  repositoryUrl: submission.repositoryUrl ?? '',
  maintainers: (submission.maintainers ?? []).join('\n'),
  pitch: submission.pitch ?? '',
  challenge: submission.challenge,
  amountAsked:
    submission.amountAsked === null || submission.amountAsked === undefined ? '' : String(submission.amountAsked),
  publishConsent: submission.publishConsent,
});

function SubmissionEditor({ call, submission }: { call: Call; submission?: SubmissionView }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const withBudget = call.budget !== null && call.budget !== undefined;
  const schema = useMemo(() => submissionFormSchema(withBudget), [withBudget]);
  const createSubmission = useCreateSubmission();
  const updateSubmission = useUpdateSubmission(call.id);
  const submitSubmission = useSubmitSubmission(call.id);
  const action = useAction();
  // The API refuses a save after the cut-off anyway (SUBMISSION_CLOSED).
  const frozen = submission ? isPast(submission.cutoffAt) : false;

  const { form, submit, alert, sending } = useFormSubmission({
    schema,
    defaultValues: submission ? formValues(submission) : emptySubmission(),
    // The schema's output is the API's input.
    send: async (input) => {
      if (!submission) return (await createSubmission.mutateAsync({ callId: call.id, input })).createSubmission.id;
      await updateSubmission.mutateAsync({ id: submission.id, baseRevision: submission.revision, input });
      return submission.id;
    },
    onSuccess: (id) => {
      action.succeeded(t('submission.saved'));
      if (!submission) void navigate(`/appels/${call.id}/candidature?${submissionParam}=${id}`, { replace: true });
    },
    errorTitle: t('submission.saveErrorTitle'),
  });
  const { register } = form;
  const { errors, isDirty } = form.formState;
  const values = form.watch();
  const checks = useLiveChecks(call.id, submissionInput(values, withBudget));
  const allPassed = (checks.data?.submissionChecks ?? []).every((check) => check.passed);

  if (submission && frozen) return <FrozenSubmission submission={submission} />;

  return (
    <>
      {submission && (
        <p>
          <SubmissionStateBadge state={submission.state} /> {t('submission.cutoff')}{' '}
          <DateTime value={submission.cutoffAt} withTime />
        </p>
      )}
      {action.feedback}
      <div className={fr.cx('fr-grid-row', 'fr-grid-row--gutters')}>
        <div className={fr.cx('fr-col-12', 'fr-col-lg-8')}>
          <form onSubmit={submit} noValidate aria-label={t('submission.formLabel')}>
            {alert}
            <fieldset className={fr.cx('fr-fieldset')}>
              <legend className={fr.cx('fr-fieldset__legend', 'fr-h5')}>{t('submission.commonLegend')}</legend>
              <div className={fr.cx('fr-fieldset__element')}>
                <Select label={t('submission.commonKind')} nativeSelectProps={register('commonKind')}>
                  {COMMON_DRAFT_KINDS.map((kind) => (
                    <option key={kind} value={kind}>
                      {t(`calls.kinds.${kind}`)}
                    </option>
                  ))}
                </Select>
                <Input
                  label={t('submission.commonName')}
                  {...errorState(errors.commonName)}
                  nativeInputProps={{ required: true, ...register('commonName') }}
                />
                <Input
                  label={t('submission.summary')}
                  hintText={t('submission.summaryHint')}
                  textArea
                  {...errorState(errors.summary)}
                  nativeTextAreaProps={{ rows: 2, ...register('summary') }}
                />
                <Input
                  label={t('submission.licence')}
                  hintText={t('submission.licenceHint')}
                  {...errorState(errors.licence)}
                  nativeInputProps={{ spellCheck: false, autoComplete: 'off', ...register('licence') }}
                />
                <Input
                  label={t('submission.repositoryUrl')}
                  hintText={t('submission.repositoryUrlHint')}
                  {...errorState(errors.repositoryUrl)}
                  nativeInputProps={{ type: 'url', inputMode: 'url', ...register('repositoryUrl') }}
                />
                <Input
                  label={t('submission.maintainers')}
                  hintText={t('submission.maintainersHint')}
                  textArea
                  {...errorState(errors.maintainers)}
                  nativeTextAreaProps={{ rows: 3, ...register('maintainers') }}
                />
              </div>
            </fieldset>
            <RadioButtons
              legend={t('submission.challenge')}
              name="submission-challenge"
              {...errorState(errors.challenge)}
              options={call.challenges.map((challenge) => ({
                label: <span lang="fr">{challenge}</span>,
                nativeInputProps: { ...register('challenge'), value: challenge },
              }))}
            />
            <Input
              label={t('submission.pitch')}
              hintText={t('submission.pitchHint')}
              textArea
              {...errorState(errors.pitch)}
              nativeTextAreaProps={{ rows: 8, ...register('pitch') }}
            />
            {withBudget && (
              <Input
                label={t('submission.amountAsked')}
                hintText={t('submission.amountAskedHint', { budget: call.budget })}
                {...errorState(errors.amountAsked)}
                nativeInputProps={{ inputMode: 'numeric', ...register('amountAsked') }}
              />
            )}
            <Checkbox
              legend={t('submission.consentLegend')}
              options={[
                {
                  label: t('submission.consent'),
                  hintText: t('submission.consentHint'),
                  nativeInputProps: register('publishConsent'),
                },
              ]}
            />
            <ButtonsGroup
              inlineLayoutWhen="sm and up"
              buttons={[
                {
                  children: sending ? t('action.working') : t('submission.save'),
                  type: 'submit',
                  iconId: 'fr-icon-save-line',
                },
                { children: t('action.cancel'), priority: 'secondary', linkProps: { to: `/appels/${call.id}` } },
              ]}
            />
          </form>
        </div>
        <div className={fr.cx('fr-col-12', 'fr-col-lg-4')}>
          <EligibilityChecks
            checks={checks.data?.submissionChecks ?? []}
            pending={checks.isFetching}
            withBudget={withBudget}
          />
          {submission?.state === 'draft' && (
            <>
              <p className={fr.cx('fr-text--sm')}>
                {isDirty
                  ? t('submission.saveFirst')
                  : allPassed
                    ? t('submission.readyToSubmit')
                    : t('submission.notReady')}
              </p>
              <Button
                type="button"
                iconId="fr-icon-send-plane-line"
                onClick={() =>
                  void action.run(async () => {
                    await submitSubmission.mutateAsync({ id: submission.id });
                    return t('submission.submitted');
                  })
                }
              >
                {t('submission.submit')}
              </Button>
            </>
          )}
        </div>
      </div>
    </>
  );
}

/** After the cut-off: the submission as it was frozen, said plainly. */
function FrozenSubmission({ submission }: { submission: SubmissionView }) {
  const { t } = useTranslation();
  return (
    <>
      <Alert
        severity="info"
        title={t('submission.frozenTitle')}
        as="h2"
        description={t('submission.frozen')}
        className={fr.cx('fr-mb-3w')}
      />
      <p>
        <SubmissionStateBadge state={submission.state} />
      </p>
      <SubmissionDetails submission={submission} />
    </>
  );
}

/** A submission's fields as read: by its applicants once frozen, by its reviewers, by the facilitators. */
export function SubmissionDetails({
  submission,
}: {
  submission: Pick<
    SubmissionView,
    | 'commonKind'
    | 'commonName'
    | 'summary'
    | 'licence'
    | 'repositoryUrl'
    | 'maintainers'
    | 'challenge'
    | 'pitchHtml'
    | 'amountAsked'
  >;
}) {
  const { t } = useTranslation();
  return (
    <dl>
      <dt className={fr.cx('fr-text--bold')}>{t('submission.commonKind')}</dt>
      <dd>{t(`calls.kinds.${submission.commonKind}`)}</dd>
      <dt className={fr.cx('fr-text--bold')}>{t('submission.commonName')}</dt>
      <dd lang="fr">{submission.commonName}</dd>
      {submission.summary && (
        <>
          <dt className={fr.cx('fr-text--bold')}>{t('submission.summary')}</dt>
          <dd lang="fr">{submission.summary}</dd>
        </>
      )}
      <dt className={fr.cx('fr-text--bold')}>{t('submission.licence')}</dt>
      <dd>
        <code>{submission.licence || '—'}</code>
      </dd>
      {submission.repositoryUrl && (
        <>
          <dt className={fr.cx('fr-text--bold')}>{t('submission.repositoryUrl')}</dt>
          <dd>
            <a href={submission.repositoryUrl} rel="noopener noreferrer" target="_blank">
              {submission.repositoryUrl}
            </a>
          </dd>
        </>
      )}
      <dt className={fr.cx('fr-text--bold')}>{t('submission.maintainers')}</dt>
      <dd lang="fr">{(submission.maintainers ?? []).join(', ') || '—'}</dd>
      <dt className={fr.cx('fr-text--bold')}>{t('submission.challenge')}</dt>
      <dd lang="fr">{submission.challenge || '—'}</dd>
      {submission.amountAsked !== null && submission.amountAsked !== undefined && (
        <>
          <dt className={fr.cx('fr-text--bold')}>{t('submission.amountAsked')}</dt>
          <dd>{t('calls.amount', { amount: submission.amountAsked })}</dd>
        </>
      )}
      {submission.pitchHtml && (
        <>
          <dt className={fr.cx('fr-text--bold')}>{t('submission.pitch')}</dt>
          {/* The API renders the Markdown to HTML without raw HTML, scripts nor javascript: links. */}
          <dd lang="fr" dangerouslySetInnerHTML={{ __html: submission.pitchHtml }} />
        </>
      )}
    </dl>
  );
}
