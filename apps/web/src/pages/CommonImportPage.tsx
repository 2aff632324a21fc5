import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { Upload } from '@codegouvfr/react-dsfr/Upload';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { z } from 'zod';
import { detailsOf, messageOf } from '../api/graphql-request';
import { reportItems, useImportPubliccode } from '../commons/commons';
import { refusal, requiredText } from '../components/form-schema';
import { FormPageFrame } from '../components/FormPageFrame';
import { errorState, useFormSubmission } from '../components/useFormSubmission';
import { DomainSelect } from '../domains/DomainSelect';
import { useDomains } from '../domains/useDomains';
import type { ImportCommonFromPubliccodeMutation } from '../gql/graphql';

/** The largest publiccode.yml read, as the API bounds it: a real one is a few kilobytes. */
const MAX_BYTES = 512 * 1024;

const importSchema = z.object({
  text: requiredText(MAX_BYTES),
  domainSlug: z.string().refine((slug) => slug !== '', refusal({ key: 'choiceRequired' })),
});

type Imported = ImportCommonFromPubliccodeMutation['importCommonFromPubliccode'];

/**
 * `/communs/importer`: a publiccode.yml pasted or chosen on the computer (read in the browser) makes a software common,
 * or updates the one of the same repository; the defects found are listed beside it. A refusal says why, with its line.
 */
export function CommonImportPage() {
  const { t } = useTranslation();
  return (
    <FormPageFrame
      heading={t('commonImport.heading')}
      section={{ label: t('layout.commons'), to: '/communs' }}
      signedOut={t('commonImport.signedOut')}
    >
      {() => <ImportForm />}
    </FormPageFrame>
  );
}

function ImportForm() {
  const { t } = useTranslation();
  const domains = useDomains();
  const importing = useImportPubliccode();
  const [imported, setImported] = useState<Imported>();
  const [fileError, setFileError] = useState<string>();
  const { form, submit, alert, sending } = useFormSubmission({
    schema: importSchema,
    defaultValues: { text: '', domainSlug: '' },
    send: async ({ text, domainSlug }) => {
      setImported(undefined);
      const domainId = domains.data?.domains.find((domain) => domain.slug === domainSlug)?.id ?? '';
      return (await importing.mutateAsync({ text, domainId })).importCommonFromPubliccode;
    },
    onSuccess: (result) => setImported(result),
    onError: (failure) => {
      // A file refused at a line (not YAML) is said under the text, where it is corrected; the message names the line.
      if (detailsOf(failure)?.line === undefined) return false;
      form.setError('text', { type: 'server', message: messageOf(failure) }, { shouldFocus: true });
      return true;
    },
    errorTitle: t('commonImport.errorTitle'),
  });
  const domainSlug = form.watch('domainSlug');

  const readFile = async (file: File | undefined) => {
    setFileError(undefined);
    if (!file) return;
    if (file.size > MAX_BYTES) {
      setFileError(t('commonImport.fileTooLarge'));
      return;
    }
    form.setValue('text', await file.text(), { shouldValidate: form.formState.isSubmitted });
  };

  return (
    <>
      <p className={fr.cx('fr-text--lead')}>{t('commonImport.intro')}</p>
      {imported && <ImportResult imported={imported} />}
      <form onSubmit={submit} noValidate>
        {alert}
        <Upload
          label={t('commonImport.file')}
          hint={t('commonImport.fileHint')}
          state={fileError ? 'error' : 'default'}
          stateRelatedMessage={fileError}
          nativeInputProps={{
            accept: '.yml,.yaml,text/yaml,application/yaml',
            onChange: (event) => void readFile(event.target.files?.[0]),
          }}
          className={fr.cx('fr-mb-3w')}
        />
        <Input
          label={t('commonImport.text')}
          hintText={t('commonImport.textHint')}
          textArea
          {...errorState(form.formState.errors.text)}
          nativeTextAreaProps={{ rows: 14, spellCheck: false, required: true, ...form.register('text') }}
        />
        <DomainSelect
          label={t('commonImport.domain')}
          value={domainSlug}
          onChange={(slug) => form.setValue('domainSlug', slug, { shouldValidate: form.formState.isSubmitted })}
          emptyOption={t('commonForm.chooseDomain')}
          required
          error={form.formState.errors.domainSlug?.message}
        />
        <Button type="submit" iconId="fr-icon-upload-line">
          {sending ? t('commonImport.importing') : t('commonImport.submit')}
        </Button>
      </form>
    </>
  );
}

function ImportResult({ imported }: { imported: Imported }) {
  const { t } = useTranslation();
  const report = reportItems(imported.publiccodeReport) ?? [];
  return (
    <section aria-labelledby="import-result" className={fr.cx('fr-mb-4w')}>
      <h2 id="import-result" className={fr.cx('fr-h4')} tabIndex={-1} ref={(heading) => heading?.focus()}>
        {t('commonImport.done')}
      </h2>
      <Alert
        severity="success"
        small
        description={
          <>
            {t('commonImport.entry')}{' '}
            <Link to={`/communs/${imported.slug}`} lang="fr">
              {imported.name}
            </Link>
          </>
        }
        className={fr.cx('fr-mb-2w')}
      />
      {report.length === 0 ? (
        <p>{t('common.report.clean')}</p>
      ) : (
        <>
          <p>{t('commonImport.reportIntro', { count: report.length })}</p>
          <ul>
            {report.map((issue) => (
              <li key={`${issue.path}:${issue.message}`}>
                <Badge as="span" small severity={issue.severity === 'error' ? 'error' : 'warning'}>
                  {t(`common.report.${issue.severity === 'error' ? 'error' : 'warning'}`)}
                </Badge>{' '}
                <code>{issue.path}</code> — <span lang="fr">{issue.message}</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
