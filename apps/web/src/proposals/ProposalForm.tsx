import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { ButtonsGroup } from '@codegouvfr/react-dsfr/ButtonsGroup';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { codeOf, messageOf } from '../api/graphql-request';
import { errorState, useFormSubmission } from '../components/useFormSubmission';
import type { ProposalInput } from '../gql/graphql';
import { proposalFormSchema, type ProposalFormValues } from './proposal-form.schema';
import { latestRevisionOf, type LatestRevision } from './proposals';
import { MarkdownPreview } from './MarkdownPreview';
import { MarkdownToolbar } from './MarkdownToolbar';
import { SideBySide } from './SideBySide';

type ProposalFormProps = {
  initial: ProposalFormValues;
  /** The revision the text was loaded at (0 for a new proposal): a save from an older one is a CONFLICT. */
  baseRevision: number;
  submitLabel: string;
  errorTitle: string;
  /** Saves the text from `baseRevision`; rejects with the API's error. */
  onSubmit: (input: ProposalInput, baseRevision: number) => Promise<unknown>;
  /** Where "Annuler" leads. */
  cancelTo: string;
};

type Conflict = { message: string; latest: LatestRevision };

/**
 * The editor of a proposal: title, summary, tags and the body in Markdown. What was typed stays after any error;
 * when another author saved first, their text shows beside the person's, who may then save again from it.
 */
export function ProposalForm({
  initial,
  baseRevision,
  submitLabel,
  errorTitle,
  onSubmit,
  cancelTo,
}: ProposalFormProps) {
  const { t } = useTranslation();
  const [base, setBase] = useState(baseRevision);
  const [conflict, setConflict] = useState<Conflict>();
  const conflictHeading = useRef<HTMLHeadingElement>(null);
  const { form, submit, alert, sending } = useFormSubmission({
    schema: proposalFormSchema,
    defaultValues: initial,
    send: (input) => onSubmit(input, base),
    onError: (failure) => {
      const latest = latestRevisionOf(failure);
      if (codeOf(failure) !== 'CONFLICT' || !latest) return false;
      setConflict({ message: messageOf(failure), latest });
      return true;
    },
    errorTitle,
  });
  const { errors } = form.formState;
  const [title, summary, body] = form.watch(['title', 'summary', 'body']);
  // The body's field, for what acts on its text (the Markdown toolbar), merged with react-hook-form's own ref.
  const bodyField = useRef<HTMLTextAreaElement>(null);
  const bodyProps = form.register('body');

  // The comparison appears above the form: keyboard and screen-reader users are taken there.
  useEffect(() => conflictHeading.current?.focus(), [conflict]);

  return (
    <>
      {conflict && (
        <section aria-labelledby="conflict-heading" className={fr.cx('fr-mb-4w')}>
          <h2 id="conflict-heading" ref={conflictHeading} tabIndex={-1} className={fr.cx('fr-h4')}>
            {t('proposalForm.conflict.heading')}
          </h2>
          <Alert
            severity={base === conflict.latest.number ? 'info' : 'warning'}
            small
            description={
              base === conflict.latest.number
                ? t('proposalForm.conflict.rebased', { number: conflict.latest.number })
                : conflict.message
            }
            className={fr.cx('fr-mb-3w')}
          />
          <SideBySide
            headingAs="h3"
            highlight
            versions={[
              {
                heading: t('proposalForm.conflict.yours'),
                fields: [
                  { label: t('proposalForm.title'), text: title },
                  { label: t('proposalForm.summary'), text: summary },
                  { label: t('proposalForm.body'), text: body },
                ],
              },
              {
                heading: t('proposalForm.conflict.theirs', { number: conflict.latest.number }),
                fields: [
                  { label: t('proposalForm.title'), text: conflict.latest.title },
                  { label: t('proposalForm.summary'), text: conflict.latest.summary },
                  { label: t('proposalForm.body'), text: conflict.latest.body },
                ],
              },
            ]}
          />
          {base !== conflict.latest.number && (
            <>
              <p>{t('proposalForm.conflict.explained', { number: conflict.latest.number })}</p>
              <Button
                type="button"
                iconId="fr-icon-refresh-line"
                onClick={() => {
                  setBase(conflict.latest.number);
                  // The button goes away: the focus goes where the changes are to be carried over.
                  bodyField.current?.focus();
                }}
              >
                {t('proposalForm.conflict.rebase', { number: conflict.latest.number })}
              </Button>
            </>
          )}
        </section>
      )}
      <form onSubmit={submit} noValidate>
        {alert}
        <Input
          label={t('proposalForm.title')}
          {...errorState(errors.title)}
          nativeInputProps={{ required: true, ...form.register('title') }}
        />
        <Input
          label={t('proposalForm.summary')}
          hintText={t('proposalForm.summaryHint')}
          textArea
          {...errorState(errors.summary)}
          nativeTextAreaProps={{ rows: 3, ...form.register('summary') }}
        />
        <Input
          label={t('proposalForm.tags')}
          hintText={t('proposalForm.tagsHint')}
          {...errorState(errors.tags)}
          nativeInputProps={{ autoComplete: 'off', ...form.register('tags') }}
        />
        <MarkdownToolbar
          textareaRef={bodyField}
          onChange={(text) =>
            form.setValue('body', text, { shouldDirty: true, shouldValidate: form.formState.isSubmitted })
          }
        />
        <Input
          label={t('proposalForm.body')}
          hintText={t('proposalForm.bodyHint')}
          textArea
          {...errorState(errors.body)}
          nativeTextAreaProps={{
            rows: 16,
            ...bodyProps,
            ref: (element: HTMLTextAreaElement | null) => {
              bodyProps.ref(element);
              bodyField.current = element;
            },
          }}
        />
        <MarkdownPreview markdown={body} />
        <ButtonsGroup
          inlineLayoutWhen="sm and up"
          buttons={[
            {
              children: sending ? t('proposalForm.saving') : submitLabel,
              type: 'submit',
              iconId: 'fr-icon-check-line',
            },
            { children: t('action.cancel'), priority: 'secondary', linkProps: { to: cancelTo } },
          ]}
        />
      </form>
    </>
  );
}
