import { fr } from '@codegouvfr/react-dsfr';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { SearchForm } from '../components/SearchForm';
import { useDebouncedValue } from '../components/useDebouncedValue';
import { useSetSearchParam } from '../components/useSetSearchParam';
import type { ProposalState } from '../gql/graphql';
import type { Group } from '../groups/groups';
import { useSession } from '../identity/useSession';
import { ProposalList } from './ProposalList';
import { proposalStates, useGroupProposals } from './proposals';

/** The state filter lives in the address, in French (`?onglet=propositions&etat=concertation`), to be shared. */
export const stateParam = 'etat';
export const stateParams: Record<ProposalState, string> = {
  draft: 'brouillon',
  in_discussion: 'concertation',
  submitted: 'soumise',
  voting: 'vote',
  adopted: 'adoptee',
  rejected: 'rejetee',
  in_progress: 'en-cours',
  implemented: 'mise-en-oeuvre',
  withdrawn: 'retiree',
};

/** The group's proposals, filtered by state and searched in French; members start new ones. */
export function GroupProposalsTab({ group }: { group: Group }) {
  const { t } = useTranslation();
  const session = useSession();
  const [searchParams] = useSearchParams();
  const setParam = useSetSearchParam();
  const [search, setSearch] = useState('');
  const searchInput = useRef<HTMLInputElement>(null);
  const state = proposalStates.find((known) => stateParams[known] === searchParams.get(stateParam));
  const proposals = useGroupProposals(group.slug, {
    search: useDebouncedValue(search.trim(), 300) || undefined,
    states: state && [state],
  });
  // The API says the same; the button only shows to whom it will answer yes.
  const mayDraft =
    group.kind === 'working_group' &&
    group.status === 'active' &&
    (group.viewerRole === 'facilitator' ||
      group.viewerRole === 'member' ||
      (session.status === 'signedIn' && session.user.platformRole === 'admin'));

  return (
    <>
      <h2 className={fr.cx('fr-h5')}>{t('proposals.groupHeading')}</h2>
      {mayDraft && (
        <Button
          linkProps={{ to: `/propositions/nouvelle?groupe=${group.slug}` }}
          iconId="fr-icon-add-line"
          className={fr.cx('fr-mb-4w')}
        >
          {t('proposals.new')}
        </Button>
      )}
      <SearchForm
        label={t('proposals.search')}
        hint={t('proposals.searchHint')}
        value={search}
        onChange={setSearch}
        inputRef={searchInput}
      >
        <Select
          label={t('proposals.stateFilter')}
          className={fr.cx('fr-mb-0')}
          nativeSelectProps={{
            value: state ? stateParams[state] : '',
            onChange: (event) => setParam(stateParam, event.target.value),
          }}
        >
          <option value="">{t('proposals.allStates')}</option>
          {proposalStates.map((option) => (
            <option key={option} value={stateParams[option]}>
              {t(`proposals.states.${option}`)}
            </option>
          ))}
        </Select>
      </SearchForm>
      <ProposalList results={proposals} onRetry={() => searchInput.current?.focus()} />
    </>
  );
}
