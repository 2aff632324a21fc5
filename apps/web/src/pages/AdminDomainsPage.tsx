import { DOMAIN_LIMITS } from '@ouvroir/contracts';
import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { ButtonsGroup } from '@codegouvfr/react-dsfr/ButtonsGroup';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AdministrationFrame } from '../administration/AdministrationFrame';
import { messageOf } from '../api/graphql-request';
import { QueryResult } from '../components/QueryResult';
import { useCreateDomain, useDomains, useUpdateDomain } from '../domains/useDomains';
import type { DomainInput } from '../gql/graphql';

type Domain = DomainInput & { id: string };

/** Administrators list the programme's domains, create one, and edit one (name, address, description). */
export function AdminDomainsPage() {
  return <AdministrationFrame section="domains">{() => <DomainsAdministration />}</AdministrationFrame>;
}

function DomainsAdministration() {
  const { t } = useTranslation();
  const domains = useDomains();
  const [editing, setEditing] = useState<Domain>();
  const [saved, setSaved] = useState<string>();
  const formHeading = useRef<HTMLHeadingElement>(null);

  const edit = (domain: Domain | undefined) => {
    setEditing(domain);
    setSaved(undefined);
    // The form is above: the focus follows, so that the next thing read is what is being edited.
    requestAnimationFrame(() => formHeading.current?.focus());
  };

  return (
    <>
      {saved && <Alert severity="success" small description={saved} closable className={fr.cx('fr-mb-3w')} />}
      <h2 ref={formHeading} tabIndex={-1} className={fr.cx('fr-h4')}>
        {editing
          ? t('administration.domains.editTitle', { name: editing.name })
          : t('administration.domains.createTitle')}
      </h2>
      <DomainForm
        key={editing?.id ?? 'new'}
        domain={editing}
        onSaved={(name) => {
          setSaved(t(editing ? 'administration.domains.updated' : 'administration.domains.created', { name }));
          setEditing(undefined);
        }}
        onCancel={editing ? () => edit(undefined) : undefined}
      />
      <h2 className={fr.cx('fr-h4', 'fr-mt-6w')}>{t('administration.domains.listTitle')}</h2>
      <QueryResult
        query={domains}
        loading={t('administration.domains.loading')}
        errorTitle={t('administration.domains.errorTitle')}
        titleAs="h3"
      >
        {({ domains: list }) => (
          <ul className={fr.cx('fr-raw-list')}>
            {list.map((domain) => (
              <li key={domain.id} className={fr.cx('fr-mb-3w')}>
                <p className={fr.cx('fr-mb-1v', 'fr-text--bold')} lang="fr">
                  {domain.name} <span className={fr.cx('fr-text--regular', 'fr-text--sm')}>/{domain.slug}</span>
                </p>
                <p className={fr.cx('fr-mb-1v', 'fr-text--sm')} lang="fr">
                  {domain.description}
                </p>
                <Button
                  priority="secondary"
                  size="small"
                  onClick={() => edit(domain)}
                  title={t('administration.domains.editLabel', { name: domain.name })}
                >
                  {t('administration.domains.edit')}
                </Button>
              </li>
            ))}
          </ul>
        )}
      </QueryResult>
    </>
  );
}

function DomainForm({
  domain,
  onSaved,
  onCancel,
}: {
  domain?: Domain;
  onSaved: (name: string) => void;
  onCancel?: () => void;
}) {
  const { t } = useTranslation();
  const create = useCreateDomain();
  const update = useUpdateDomain();
  const [name, setName] = useState(domain?.name ?? '');
  const [slug, setSlug] = useState(domain?.slug ?? '');
  const [description, setDescription] = useState(domain?.description ?? '');
  const [error, setError] = useState<string>();
  const saving = create.isPending || update.isPending;

  const submit = async () => {
    if (saving) return;
    setError(undefined);
    const input = { name, slug, description };
    try {
      const result = domain
        ? (await update.mutateAsync({ id: domain.id, input })).updateDomain
        : (await create.mutateAsync({ input })).createDomain;
      onSaved(result.name);
    } catch (failure) {
      setError(messageOf(failure));
    }
  };

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      {error && (
        <Alert
          severity="error"
          as="h3"
          title={t('administration.domains.saveErrorTitle')}
          description={error}
          className={fr.cx('fr-mb-3w')}
        />
      )}
      <Input
        label={t('administration.domains.fields.name')}
        hintText={t('administration.domains.fields.nameHint', { max: DOMAIN_LIMITS.nameMax })}
        nativeInputProps={{
          required: true,
          minLength: DOMAIN_LIMITS.nameMin,
          maxLength: DOMAIN_LIMITS.nameMax,
          value: name,
          onChange: (event) => setName(event.target.value),
        }}
      />
      <Input
        label={t('administration.domains.fields.slug')}
        hintText={t('administration.domains.fields.slugHint')}
        nativeInputProps={{
          required: true,
          spellCheck: false,
          maxLength: DOMAIN_LIMITS.slugMax,
          value: slug,
          onChange: (event) => setSlug(event.target.value),
        }}
      />
      <Input
        textArea
        label={t('administration.domains.fields.description')}
        hintText={t('administration.domains.fields.descriptionHint', { max: DOMAIN_LIMITS.descriptionMax })}
        nativeTextAreaProps={{
          rows: 4,
          maxLength: DOMAIN_LIMITS.descriptionMax,
          value: description,
          onChange: (event) => setDescription(event.target.value),
        }}
      />
      <ButtonsGroup
        inlineLayoutWhen="sm and up"
        buttons={[
          {
            children: saving
              ? t('administration.domains.saving')
              : domain
                ? t('administration.domains.save')
                : t('administration.domains.create'),
            type: 'submit',
          },
          ...(onCancel
            ? [{ children: t('administration.domains.cancel'), priority: 'secondary' as const, onClick: onCancel }]
            : []),
        ]}
      />
    </form>
  );
}
