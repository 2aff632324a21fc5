import { PROPOSAL_LIMITS } from '@ouvroir/contracts';
import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { ButtonsGroup } from '@codegouvfr/react-dsfr/ButtonsGroup';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { codeOf, messageOf } from '../api/graphql-request';
import { latestRevisionOf, type LatestRevision, type ProposalText } from './proposals';
import { MarkdownPreview } from './MarkdownPreview';
import { MarkdownToolbar } from './MarkdownToolbar';
import { SideBySide } from './SideBySide';

type ProposalFormProps = {
  initial: ProposalText;
  /** The revision the text was loaded at (0 for a new proposal): a save from an older one is a CONFLICT. */
  baseRevision: number;
  submitLabel: string;
  errorTitle: string;
  /** Saves the text from `baseRevision`; rejects with the API's error. */
  onSubmit: (text: ProposalText, baseRevision: number) => Promise<void>;
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
  const [text, setText] = useState(initial);
  const [base, setBase] = useState(baseRevision);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string>();
  const [conflict, setConflict] = useState<Conflict>();
  const conflictHeading = useRef<HTMLHeadingElement>(null);
  const bodyField = useRef<HTMLTextAreaElement>(null);
  const field = (name: keyof ProposalText) => ({
    value: text[name],
    onChange: (event: { target: { value: string } }) =>
      setText((previous) => ({ ...previous, [name]: event.target.value })),
  });

  // The comparison appears above the form: keyboard and screen-reader users are taken there.
  useEffect(() => conflictHeading.current?.focus(), [conflict]);

  const submit = async () => {
    if (saving) return;
    setSaving(true);
    setError(undefined);
    try {
      await onSubmit(text, base);
    } catch (failure) {
      const latest = latestRevisionOf(failure);
      if (codeOf(failure) === 'CONFLICT' && latest) {
        setConflict({ message: messageOf(failure), latest });
      } else setError(messageOf(failure));
    } finally {
      setSaving(false);
    }
  };

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
                  { label: t('proposalForm.title'), text: text.title },
                  { label: t('proposalForm.summary'), text: text.summary },
                  { label: t('proposalForm.body'), text: text.body },
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
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        {error && (
          <Alert severity="error" as="h2" title={errorTitle} description={error} className={fr.cx('fr-mb-3w')} />
        )}
        <Input
          label={t('proposalForm.title')}
          nativeInputProps={{ required: true, maxLength: PROPOSAL_LIMITS.titleMax, ...field('title') }}
        />
        <Input
          label={t('proposalForm.summary')}
          hintText={t('proposalForm.summaryHint')}
          textArea
          nativeTextAreaProps={{ rows: 3, maxLength: PROPOSAL_LIMITS.summaryMax, ...field('summary') }}
        />
        <Input
          label={t('proposalForm.tags')}
          hintText={t('proposalForm.tagsHint')}
          nativeInputProps={{ autoComplete: 'off', ...field('tags') }}
        />
        <MarkdownToolbar textareaRef={bodyField} onChange={(body) => setText((previous) => ({ ...previous, body }))} />
        <Input
          label={t('proposalForm.body')}
          hintText={t('proposalForm.bodyHint')}
          textArea
          nativeTextAreaProps={{ ref: bodyField, rows: 16, maxLength: PROPOSAL_LIMITS.bodyMax, ...field('body') }}
        />
        <MarkdownPreview markdown={text.body} />
        <ButtonsGroup
          inlineLayoutWhen="sm and up"
          buttons={[
            { children: saving ? t('proposalForm.saving') : submitLabel, type: 'submit', iconId: 'fr-icon-check-line' },
            { children: t('action.cancel'), priority: 'secondary', linkProps: { to: cancelTo } },
          ]}
        />
      </form>
    </>
  );
}
