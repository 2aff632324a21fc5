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
import { messageOf } from '../api/graphql-request';
import { Missing, ResultsTable } from '../components/ResultsTable';
import { SearchForm } from '../components/SearchForm';
import { useDebouncedValue } from '../components/useDebouncedValue';
import type { OrganisationInput, OrganisationType } from '../gql/graphql';

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
  const saving = update.isPending;

  const save = async (id: string, input: OrganisationInput) =>
    onSaved((await update.mutateAsync({ id, input })).updateOrganisation);

  return (
    <editModal.Component
      title={t('administration.organisations.editTitle')}
      buttons={[
        { children: t('administration.organisations.cancel'), priority: 'secondary' },
        {
          children: saving ? t('administration.organisations.saving') : t('administration.organisations.save'),
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
          onSubmit={(input) => (saving ? Promise.resolve() : save(editing.organisation.id, input))}
        />
      )}
    </editModal.Component>
  );
}

function OrganisationForm({
  organisation,
  onSubmit,
}: {
  organisation: AdminOrganisation;
  onSubmit: (input: OrganisationInput) => Promise<void>;
}) {
  const { t } = useTranslation();
  const [name, setName] = useState(organisation.name);
  const [type, setType] = useState<OrganisationType>(organisation.type);
  const [siret, setSiret] = useState(organisation.siret ?? '');
  const [uai, setUai] = useState(organisation.uai ?? '');
  const [emailDomains, setEmailDomains] = useState((organisation.emailDomains ?? []).join(', '));
  const [error, setError] = useState<string>();

  return (
    <form
      id={formId}
      onSubmit={(event) => {
        event.preventDefault();
        setError(undefined);
        // The API normalises and checks each field, and names the first wrong one in French.
        onSubmit({
          name,
          type,
          siret: siret.trim() || null,
          uai: uai.trim() || null,
          emailDomains: emailDomains
            .split(',')
            .map((domain) => domain.trim())
            .filter(Boolean),
        }).catch((failure: unknown) => setError(messageOf(failure)));
      }}
    >
      {/* The name as it was when the dialog opened: it says which organisation is being edited while it changes. */}
      <p lang="fr" className={fr.cx('fr-text--lead')}>
        {organisation.name}
      </p>
      {error && (
        <Alert
          severity="error"
          as="h2"
          title={t('administration.organisations.saveErrorTitle')}
          description={error}
          className={fr.cx('fr-mb-3w')}
        />
      )}
      <Input
        label={t('administration.organisations.fields.name')}
        nativeInputProps={{ required: true, value: name, onChange: (event) => setName(event.target.value) }}
      />
      <Select
        label={t('administration.organisations.fields.type')}
        nativeSelectProps={{ value: type, onChange: (event) => setType(event.target.value as OrganisationType) }}
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
        nativeInputProps={{ inputMode: 'numeric', value: siret, onChange: (event) => setSiret(event.target.value) }}
      />
      <Input
        label={t('administration.organisations.fields.uai')}
        hintText={t('administration.organisations.fields.uaiHint')}
        nativeInputProps={{ value: uai, onChange: (event) => setUai(event.target.value) }}
      />
      <Input
        label={t('administration.organisations.fields.emailDomains')}
        hintText={t('administration.organisations.fields.emailDomainsHint')}
        nativeInputProps={{
          spellCheck: false,
          value: emailDomains,
          onChange: (event) => setEmailDomains(event.target.value),
        }}
      />
    </form>
  );
}
