import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { ButtonsGroup } from '@codegouvfr/react-dsfr/ButtonsGroup';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useController } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { codeOf, messageOf } from '../api/graphql-request';
import { graphqlQuery } from '../api/queries';
import { errorState, useFormSubmission } from '../components/useFormSubmission';
import { useDomains } from '../domains/useDomains';
import { SideBySide } from '../proposals/SideBySide';
import { commonFormSchema, type CommonFormOutput, type CommonFormValues } from './common-form.schema';
import { MaintainersField, RepositoriesField, ScolomfrField } from './CommonFormParts';
import { commonPageQuery, type CommonDetails } from './commons';
import { commonKinds } from './kinds';
import { LicenceField } from './LicenceGuidance';
import { recommendedLicences } from './licences';

const statuses = ['active', 'maintained', 'seeking_maintainers', 'archived'] as const;

type CommonFormProps = {
  initial: CommonFormValues;
  /** The revision the common was loaded at (none for a new one): a save from an older one is a CONFLICT. */
  baseRevision?: number;
  /** The common's address, to read its latest version on a conflict (none for a new one). */
  slug?: string;
  submitLabel: string;
  errorTitle: string;
  onSubmit: (input: CommonFormOutput, baseRevision: number) => Promise<unknown>;
  cancelTo: string;
};

/**
 * Publishes or edits a common: what it is, its licence (with the guidance that explains the choice), its repositories,
 * ScoLOMFR values for a resource, its maintainers. What was typed stays after any error; when someone saved first,
 * their version shows beside the person's, who may then save again from it.
 */
export function CommonForm({
  initial,
  baseRevision = 0,
  slug,
  submitLabel,
  errorTitle,
  onSubmit,
  cancelTo,
}: CommonFormProps) {
  const { t } = useTranslation();
  const cache = useQueryClient();
  const domains = useDomains();
  const [base, setBase] = useState(baseRevision);
  const [conflict, setConflict] = useState<{ message: string; latest: CommonDetails }>();
  const conflictHeading = useRef<HTMLHeadingElement>(null);
  const [otherLicence, setOtherLicence] = useState(
    () => initial.licence !== '' && !Object.values(recommendedLicences).some((ids) => ids.includes(initial.licence)),
  );
  const { form, submit, alert, sending } = useFormSubmission({
    schema: commonFormSchema,
    defaultValues: initial,
    send: (input) => onSubmit(input, base),
    onError: (failure) => {
      if (codeOf(failure) !== 'CONFLICT' || !slug) return false;
      // The latest version, read again for the comparison; what was typed stays in the form.
      void cache.fetchQuery({ ...graphqlQuery(commonPageQuery, { slug }), staleTime: 0 }).then(({ common }) => {
        if (common) setConflict({ message: messageOf(failure), latest: common });
      });
      return true;
    },
    errorTitle,
  });
  const { errors } = form.formState;
  const kind = form.watch('kind');
  const [name, summary, description] = form.watch(['name', 'summary', 'description']);
  const licence = useController({ control: form.control, name: 'licence' });

  useEffect(() => conflictHeading.current?.focus(), [conflict]);

  return (
    <>
      {conflict && (
        <section aria-labelledby="conflict-heading" className={fr.cx('fr-mb-4w')}>
          <h2 id="conflict-heading" ref={conflictHeading} tabIndex={-1} className={fr.cx('fr-h4')}>
            {t('commonForm.conflict.heading')}
          </h2>
          <Alert
            severity={base === conflict.latest.revision ? 'info' : 'warning'}
            small
            description={
              base === conflict.latest.revision
                ? t('commonForm.conflict.rebased', { number: conflict.latest.revision })
                : conflict.message
            }
            className={fr.cx('fr-mb-3w')}
          />
          <SideBySide
            headingAs="h3"
            highlight
            versions={[
              {
                heading: t('commonForm.conflict.yours'),
                fields: [
                  { label: t('commonForm.name'), text: name },
                  { label: t('commonForm.summary'), text: summary },
                  { label: t('commonForm.description'), text: description },
                ],
              },
              {
                heading: t('commonForm.conflict.theirs', { number: conflict.latest.revision }),
                fields: [
                  { label: t('commonForm.name'), text: conflict.latest.name },
                  { label: t('commonForm.summary'), text: conflict.latest.summary },
                  { label: t('commonForm.description'), text: conflict.latest.description },
                ],
              },
            ]}
          />
          {base !== conflict.latest.revision && (
            <Button type="button" iconId="fr-icon-refresh-line" onClick={() => setBase(conflict.latest.revision)}>
              {t('commonForm.conflict.rebase', { number: conflict.latest.revision })}
            </Button>
          )}
        </section>
      )}
      <form onSubmit={submit} noValidate>
        {alert}
        <Select
          label={t('commonForm.kind')}
          {...errorState(errors.kind)}
          nativeSelectProps={{ required: true, ...form.register('kind') }}
        >
          <option value="" disabled>
            {t('commonForm.chooseKind')}
          </option>
          {commonKinds.map((option) => (
            <option key={option} value={option}>
              {t(`commons.kinds.${option}`)}
            </option>
          ))}
        </Select>
        <Input
          label={t('commonForm.name')}
          {...errorState(errors.name)}
          nativeInputProps={{ required: true, ...form.register('name') }}
        />
        {baseRevision === 0 && (
          <Input
            label={t('commonForm.slug')}
            hintText={t('commonForm.slugHint')}
            {...errorState(errors.slug)}
            nativeInputProps={{ autoComplete: 'off', spellCheck: false, ...form.register('slug') }}
          />
        )}
        <Input
          label={t('commonForm.summary')}
          hintText={t('commonForm.summaryHint')}
          textArea
          {...errorState(errors.summary)}
          nativeTextAreaProps={{ rows: 3, required: true, ...form.register('summary') }}
        />
        <Input
          label={t('commonForm.description')}
          hintText={t('commonForm.descriptionHint')}
          textArea
          {...errorState(errors.description)}
          nativeTextAreaProps={{ rows: 10, ...form.register('description') }}
        />
        <Select
          label={t('commonForm.domain')}
          {...errorState(errors.domainId)}
          nativeSelectProps={{ required: true, ...form.register('domainId') }}
        >
          <option value="" disabled>
            {t('commonForm.chooseDomain')}
          </option>
          {domains.data?.domains.map((domain) => (
            <option key={domain.id} value={domain.id} lang="fr">
              {domain.name}
            </option>
          ))}
        </Select>
        <LicenceField
          kind={kind as CommonFormOutput['kind'] | ''}
          value={licence.field.value}
          onChange={licence.field.onChange}
          other={otherLicence}
          onOtherChange={setOtherLicence}
          error={errors.licence?.message}
        />
        {kind === 'educational_resource' && <ScolomfrField form={form} />}
        <RepositoriesField form={form} />
        <MaintainersField form={form} />
        <Select label={t('commonForm.status')} nativeSelectProps={form.register('status')}>
          {statuses.map((status) => (
            <option key={status} value={status}>
              {t(`commons.statuses.${status}`)}
            </option>
          ))}
        </Select>
        <Input
          label={t('commonForm.website')}
          {...errorState(errors.website)}
          nativeInputProps={{ type: 'url', autoComplete: 'off', ...form.register('website') }}
        />
        <Input
          label={t('commonForm.tags')}
          hintText={t('commonForm.tagsHint')}
          {...errorState(errors.tags)}
          nativeInputProps={{ autoComplete: 'off', ...form.register('tags') }}
        />
        <ButtonsGroup
          inlineLayoutWhen="sm and up"
          buttons={[
            { children: sending ? t('commonForm.saving') : submitLabel, type: 'submit', iconId: 'fr-icon-check-line' },
            { children: t('action.cancel'), priority: 'secondary', linkProps: { to: cancelTo } },
          ]}
        />
      </form>
    </>
  );
}
