import { fr } from '@codegouvfr/react-dsfr';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { RadioButtons } from '@codegouvfr/react-dsfr/RadioButtons';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAction } from '../components/useAction';
import { useDebouncedValue } from '../components/useDebouncedValue';
import { UserPicker, type PickedUser } from '../groups/UserPicker';
import { useAddMaintainer, useOrganisationChoices, useRemoveMaintainer, type CommonDetails } from './commons';

type Picked = { id: string; name: string };

/**
 * The common's maintainers, people and organisations. Those who manage the common remove one (never the last: the
 * API says so) or name a person or an organisation, each act at once.
 */
export function CommonMaintainers({ common }: { common: CommonDetails }) {
  const { t } = useTranslation();
  const action = useAction();
  const remove = useRemoveMaintainer();
  const manages = common.viewerCan.edit;
  return (
    <>
      {action.feedback}
      <ul>
        {common.maintainers.map((maintainer) => {
          const name = maintainer.user?.displayName ?? maintainer.organisation?.name ?? '';
          return (
            <li key={maintainer.id}>
              {maintainer.user && maintainer.user.displayName}
              {maintainer.organisation && (
                <Link to={`/structures/${maintainer.organisation.id}`} lang="fr">
                  {maintainer.organisation.name}
                </Link>
              )}
              {manages && (
                <>
                  {' '}
                  <Button
                    type="button"
                    size="small"
                    priority="tertiary no outline"
                    iconId="fr-icon-delete-line"
                    onClick={() =>
                      void action.run(async () => {
                        await remove.mutateAsync({ commonId: common.id, maintainerId: maintainer.id });
                        return t('commons.maintainers.removed', { name });
                      })
                    }
                  >
                    {t('commons.maintainers.remove', { name })}
                  </Button>
                </>
              )}
            </li>
          );
        })}
      </ul>
      {manages && <AddMaintainers commonId={common.id} run={action.run} />}
    </>
  );
}

/** Names a person (found in the people directory) or an organisation (found by name) a maintainer. */
function AddMaintainers({ commonId, run }: { commonId: string; run: ReturnType<typeof useAction>['run'] }) {
  const { t } = useTranslation();
  const add = useAddMaintainer();
  const [person, setPerson] = useState<PickedUser>();
  const [organisation, setOrganisation] = useState<Picked>();
  // A fresh search after each addition.
  const [round, setRound] = useState(0);

  const addOne = (target: { userId: string } | { organisationId: string }, name: string) =>
    void run(async () => {
      await add.mutateAsync({ commonId, ...target });
      return t('commons.maintainers.added', { name });
    }).then((done) => {
      if (!done) return;
      setPerson(undefined);
      setOrganisation(undefined);
      setRound((value) => value + 1);
    });

  return (
    <>
      <h3 className={fr.cx('fr-h6')}>{t('commons.maintainers.addPerson')}</h3>
      <UserPicker
        key={`person-${round}`}
        legend={t('commons.maintainers.person')}
        selected={person}
        onSelect={setPerson}
      />
      <Button
        type="button"
        priority="secondary"
        iconId="fr-icon-user-add-line"
        className={fr.cx('fr-mb-4w')}
        disabled={!person}
        onClick={() => person && addOne({ userId: person.id }, person.displayName)}
      >
        {person ? t('commons.maintainers.add', { name: person.displayName }) : t('commons.maintainers.addNone')}
      </Button>
      <h3 className={fr.cx('fr-h6')}>{t('commons.maintainers.addOrganisation')}</h3>
      <OrganisationPicker key={`organisation-${round}`} selected={organisation} onSelect={setOrganisation} />
      <Button
        type="button"
        priority="secondary"
        iconId="fr-icon-building-line"
        disabled={!organisation}
        onClick={() => organisation && addOne({ organisationId: organisation.id }, organisation.name)}
      >
        {organisation
          ? t('commons.maintainers.add', { name: organisation.name })
          : t('commons.maintainers.addNoOrganisation')}
      </Button>
    </>
  );
}

/** Finds an organisation by name (the ten first that match) and picks one. */
function OrganisationPicker({ selected, onSelect }: { selected?: Picked; onSelect: (organisation: Picked) => void }) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const searched = useDebouncedValue(search.trim(), 300);
  const choices = useOrganisationChoices(searched);
  const name = useId();
  const found = choices.data?.organisations;

  return (
    <div className={fr.cx('fr-mb-3w')}>
      <Input
        label={t('commons.maintainers.searchOrganisation')}
        hintText={t('commons.maintainers.searchOrganisationHint')}
        nativeInputProps={{
          type: 'search',
          autoComplete: 'off',
          spellCheck: false,
          value: search,
          onChange: (event) => setSearch(event.target.value),
          onKeyDown: (event) => event.key === 'Enter' && event.preventDefault(),
        }}
      />
      <div aria-live="polite">
        {searched && choices.isError && (
          <p className={fr.cx('fr-error-text')}>{t('commons.maintainers.searchFailed')}</p>
        )}
        {searched && found && found.nodes.length === 0 && <p>{t('commons.maintainers.noOrganisation')}</p>}
      </div>
      {searched && found && found.nodes.length > 0 && (
        <RadioButtons
          legend={t('commons.maintainers.organisation')}
          hintText={
            found.totalCount > found.nodes.length
              ? t('commons.maintainers.moreOrganisations', { count: found.totalCount })
              : undefined
          }
          name={name}
          small
          options={found.nodes.map((organisation) => ({
            // Organisation names come from the API in French, whatever the interface language.
            label: <span lang="fr">{organisation.name}</span>,
            nativeInputProps: {
              value: organisation.id,
              checked: selected?.id === organisation.id,
              onChange: () => onSelect({ id: organisation.id, name: organisation.name }),
            },
          }))}
        />
      )}
    </div>
  );
}
