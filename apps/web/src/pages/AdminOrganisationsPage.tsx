import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { createModal } from '@codegouvfr/react-dsfr/Modal';
import { useIsModalOpen } from '@codegouvfr/react-dsfr/Modal/useIsModalOpen';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AdministrationFrame } from '../administration/AdministrationFrame';
import {
  organisationTypes,
  useOrganisations,
  useUpdateOrganisation,
  type AdminOrganisation,
} from '../administration/organisations';
import { organisationFormDefaults, organisationFormSchema } from '../administration/organisation-form.schema';
import { Missing, ResultsTable } from '../components/ResultsTable';
import { SearchForm } from '../components/SearchForm';
import { useDebouncedValue } from '../components/useDebouncedValue';
import { errorState, useFormSubmission } from '../components/useFormSubmission';
import type { OrganisationInput, UpdateOrganisationMutation } from '../gql/graphql';

// One dialog for every row, opened by script: the DSFR manages the focus trap and Escape, and this page puts the focus
// back on the row's button when it closes (the DSFR cannot tell which of the rows' buttons opened it).
const editModal = createModal({ id: 'organisation-edit', isOpenedByDefault: false });
const formId = 'organisation-edit-form';

/** The organisation being edited; `opening` counts the openings, so that each one starts from a fresh form. */
type Editing = { organisation: AdminOrganisation; opening: number };

export function AdminOrganisationsPage() {
  return <AdministrationFrame section="organisations">{() => <OrganisationDirectory />}</AdministrationFrame>;
}

function OrganisationDirectory() {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const organisations = useOrganisations(useDebouncedValue(search.trim(), 300));
  const [editing, setEditing] = useState<Editing>();
  const [saved, setSaved] = useState<{ name: string; key: number }>();
  const searchInput = useRef<HTMLInputElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  useIsModalOpen(editModal, { onConceal: () => opener.current?.focus() });

  const row = (organisation: AdminOrganisation) => [
    // Organisation names come from the API in French, whatever the interface language.
    <span lang="fr">{organisation.name}</span>,
    t(`profile.organisationTypes.${organisation.type}`),
    organisation.siret ?? <Missing />,
    organisation.uai ?? <Missing />,
    organisation.emailDomains?.length ? organisation.emailDomains.join(', ') : <Missing />,
    <Button
      size="small"
      priority="secondary"
      iconId="fr-icon-edit-line"
      onClick={(event) => {
        opener.current = event.currentTarget;
        setEditing((previous) => ({ organisation, opening: (previous?.opening ?? 0) + 1 }));
        editModal.open();
      }}
    >
      {t('administration.organisations.edit')}
      <span className={fr.cx('fr-sr-only')}> {organisation.name}</span>
    </Button>,
  ];

  return (
    <>
      <SearchForm
        label={t('administration.organisations.search')}
        hint={t('administration.organisations.searchHint')}
        value={search}
        onChange={setSearch}
        inputRef={searchInput}
      />
      {saved && (
        <Alert
          key={saved.key}
          severity="success"
          small
          closable
          onClose={() => setSaved(undefined)}
          description={t('administration.organisations.saved', { name: saved.name })}
          className={fr.cx('fr-mb-3w')}
        />
      )}
      <ResultsTable
        texts="administration.organisations"
        results={organisations}
        headers={[
          t('administration.organisations.columns.name'),
          t('administration.organisations.columns.type'),
          t('administration.organisations.columns.siret'),
          t('administration.organisations.columns.uai'),
          t('administration.organisations.columns.emailDomains'),
          t('administration.organisations.columns.actions'),
        ]}
        row={row}
        onRetry={() => searchInput.current?.focus()}
      />
      <OrganisationEditor
        editing={editing}
        onSaved={(organisation) => {
          setSaved((previous) => ({ name: organisation.name, key: (previous?.key ?? 0) + 1 }));
          editModal.close();
        }}
      />
    </>
  );
}

/** The dialog, always in the page for the DSFR to find; its form is keyed by opening, so a cancelled edit leaves nothing. */
function OrganisationEditor({
  editing,
  onSaved,
}: {
  editing?: Editing;
  onSaved: (organisation: AdminOrganisation) => void;
}) {
  const { t } = useTranslation();
  const update = useUpdateOrganisation();

  return (
    <editModal.Component
      title={t('administration.organisations.editTitle')}
      buttons={[
        { children: t('administration.organisations.cancel'), priority: 'secondary' },
        {
          children: update.isPending
            ? t('administration.organisations.saving')
            : t('administration.organisations.save'),
          // The footer is outside the form: the `form` attribute ties the button to it.
          type: 'submit',
          nativeButtonProps: { form: formId },
          doClosesModal: false,
        },
      ]}
    >
      {editing && (
        <OrganisationForm
          key={editing.opening}
          organisation={editing.organisation}
          send={(input) => update.mutateAsync({ id: editing.organisation.id, input })}
          onSaved={onSaved}
        />
      )}
    </editModal.Component>
  );
}

function OrganisationForm({
  organisation,
  send,
  onSaved,
}: {
  organisation: AdminOrganisation;
  send: (input: OrganisationInput) => Promise<UpdateOrganisationMutation>;
  onSaved: (organisation: AdminOrganisation) => void;
}) {
  const { t } = useTranslation();
  // The API normalises and checks each field as the form does, and names the first wrong one.
  const { form, submit, alert } = useFormSubmission({
    schema: organisationFormSchema,
    defaultValues: organisationFormDefaults(organisation),
    send,
    onSuccess: (result) => onSaved(result.updateOrganisation),
    errorTitle: t('administration.organisations.saveErrorTitle'),
  });
  const { register } = form;
  const { errors } = form.formState;

  return (
    <form id={formId} onSubmit={submit} noValidate>
      {/* The name as it was when the dialog opened: it says which organisation is being edited while it changes. */}
      <p lang="fr" className={fr.cx('fr-text--lead')}>
        {organisation.name}
      </p>
      {alert}
      <Input
        label={t('administration.organisations.fields.name')}
        {...errorState(errors.name)}
        nativeInputProps={{ required: true, ...register('name') }}
      />
      <Select
        label={t('administration.organisations.fields.type')}
        {...errorState(errors.type)}
        nativeSelectProps={register('type')}
      >
        {organisationTypes.map((option) => (
          <option key={option} value={option}>
            {t(`profile.organisationTypes.${option}`)}
          </option>
        ))}
      </Select>
      <Input
        label={t('administration.organisations.fields.siret')}
        hintText={t('administration.organisations.fields.siretHint')}
        {...errorState(errors.siret)}
        nativeInputProps={{ inputMode: 'numeric', ...register('siret') }}
      />
      <Input
        label={t('administration.organisations.fields.uai')}
        hintText={t('administration.organisations.fields.uaiHint')}
        {...errorState(errors.uai)}
        nativeInputProps={register('uai')}
      />
      <Input
        label={t('administration.organisations.fields.emailDomains')}
        hintText={t('administration.organisations.fields.emailDomainsHint')}
        {...errorState(errors.emailDomains)}
        nativeInputProps={{ spellCheck: false, ...register('emailDomains') }}
      />
    </form>
  );
}
