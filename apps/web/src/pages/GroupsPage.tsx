import { fr } from '@codegouvfr/react-dsfr';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Card } from '@codegouvfr/react-dsfr/Card';
import { Checkbox } from '@codegouvfr/react-dsfr/Checkbox';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { ToggleSwitch } from '@codegouvfr/react-dsfr/ToggleSwitch';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PaginatedResults } from '../components/PaginatedResults';
import { SearchForm } from '../components/SearchForm';
import { useDebouncedValue } from '../components/useDebouncedValue';
import { useSetSearchParam } from '../components/useSetSearchParam';
import { DomainSelect } from '../domains/DomainSelect';
import type { GroupFilter, GroupKind } from '../gql/graphql';
import { GroupBadges } from '../groups/GroupBadges';
import { groupKinds, useGroupsDirectory, type DirectoryGroup } from '../groups/groups';
import { MyInvitations } from '../groups/MyInvitations';
import { useSession } from '../identity/useSession';
import { useDocumentTitle } from '../layout/useDocumentTitle';

/** The filters live in the address, in French, so that a filtered directory can be shared and linked to. */
const params = { domain: 'domaine', kind: 'type', mine: 'mes-groupes', archived: 'archives' } as const;
const kindParams: Record<GroupKind, string> = { working_group: 'groupe', committee: 'comite' };
const kindOf = (param: string | null) => groupKinds.find((kind) => kindParams[kind] === param);

const firstLink = (index: number) => `li:nth-child(${index + 1}) a`;

export function GroupsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('groups.pageTitle'));
  const session = useSession();
  const signedIn = session.status === 'signedIn';
  const [searchParams] = useSearchParams();
  const setParam = useSetSearchParam();
  const [search, setSearch] = useState('');
  const searchInput = useRef<HTMLInputElement>(null);

  const domainSlug = searchParams.get(params.domain) ?? '';
  const kind = kindOf(searchParams.get(params.kind));
  // "Mes groupes" means nothing to a visitor: an address shared by a member lists every group for them.
  const mine = signedIn && searchParams.get(params.mine) === '1';
  const archived = searchParams.get(params.archived) === '1';
  const filter: GroupFilter = {
    search: useDebouncedValue(search.trim(), 300) || undefined,
    domainSlug: domainSlug || undefined,
    kind,
    mine: mine || undefined,
    status: archived ? undefined : 'active',
  };
  const groups = useGroupsDirectory(filter);

  return (
    <>
      <div className={fr.cx('fr-grid-row')}>
        <div className={fr.cx('fr-col-12', 'fr-col-lg-9')}>
          <h1>{t('groups.heading')}</h1>
          <p className={fr.cx('fr-text--lead')}>{t('groups.intro')}</p>
        </div>
      </div>
      {signedIn && session.user.platformRole === 'admin' && (
        <Button linkProps={{ to: '/administration/groupes/nouveau' }} iconId="fr-icon-add-line" className="fr-mb-4w">
          {t('groups.create')}
        </Button>
      )}
      {signedIn && <MyInvitations />}
      <SearchForm
        label={t('groups.search')}
        hint={t('groups.searchHint')}
        value={search}
        onChange={setSearch}
        inputRef={searchInput}
      >
        <div className={fr.cx('fr-grid-row', 'fr-grid-row--gutters', 'fr-grid-row--bottom')}>
          <div className={fr.cx('fr-col-12', 'fr-col-md-4')}>
            <DomainSelect
              label={t('groups.domainFilter')}
              className={fr.cx('fr-mb-0')}
              value={domainSlug}
              onChange={(slug) => setParam(params.domain, slug)}
              emptyOption={t('groups.allDomains')}
            />
          </div>
          <div className={fr.cx('fr-col-12', 'fr-col-md-4')}>
            <Select
              label={t('groups.kindFilter')}
              className={fr.cx('fr-mb-0')}
              nativeSelectProps={{
                value: kind ? kindParams[kind] : '',
                onChange: (event) => setParam(params.kind, event.target.value),
              }}
            >
              <option value="">{t('groups.allKinds')}</option>
              {groupKinds.map((option) => (
                <option key={option} value={kindParams[option]}>
                  {t(`groups.kindsPlural.${option}`)}
                </option>
              ))}
            </Select>
          </div>
          <div className={fr.cx('fr-col-12', 'fr-col-md-4')}>
            {signedIn && (
              <ToggleSwitch
                label={t('groups.mine')}
                checked={mine}
                showCheckedHint={false}
                onChange={(checked) => setParam(params.mine, checked ? '1' : undefined)}
              />
            )}
            <Checkbox
              small
              className={fr.cx('fr-mb-0')}
              options={[
                {
                  label: t('groups.showArchived'),
                  nativeInputProps: {
                    checked: archived,
                    onChange: (event) => setParam(params.archived, event.target.checked ? '1' : undefined),
                  },
                },
              ]}
            />
          </div>
        </div>
      </SearchForm>
      <section aria-labelledby="groups-results">
        <h2 id="groups-results" className={fr.cx('fr-sr-only')}>
          {t('groups.results')}
        </h2>
        <PaginatedResults
          texts="groups.directory"
          results={groups}
          itemSelector={firstLink}
          onRetry={() => searchInput.current?.focus()}
        >
          {(nodes) => (
            <ul className={fr.cx('fr-grid-row', 'fr-grid-row--gutters', 'fr-raw-list', 'fr-mb-3w')}>
              {nodes.map((group) => (
                <li key={group.id} className={fr.cx('fr-col-12', 'fr-col-md-6')}>
                  <GroupCard group={group} />
                </li>
              ))}
            </ul>
          )}
        </PaginatedResults>
      </section>
    </>
  );
}

function GroupCard({ group }: { group: DirectoryGroup }) {
  const { t } = useTranslation();
  const facilitators = group.facilitators.map((person) => person.displayName).join(', ');
  return (
    // Names and descriptions come from the API in French, whatever the interface language.
    <Card
      title={<span lang="fr">{group.name}</span>}
      titleAs="h3"
      size="small"
      enlargeLink
      linkProps={{ to: `/groupes/${group.slug}` }}
      desc={<span lang="fr">{group.shortDescription}</span>}
      start={<GroupBadges group={group} />}
      detail={<span lang="fr">{group.domain.name}</span>}
      endDetail={
        <>
          {t('groups.memberCount', { count: group.memberCount })}
          {facilitators && ` · ${t('groups.facilitatedBy', { names: facilitators })}`}
        </>
      }
    />
  );
}
