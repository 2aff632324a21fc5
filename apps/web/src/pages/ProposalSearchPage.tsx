import { fr } from '@codegouvfr/react-dsfr';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { SearchForm } from '../components/SearchForm';
import { useDebouncedValue } from '../components/useDebouncedValue';
import { useSetSearchParam } from '../components/useSetSearchParam';
import { useDocumentTitle } from '../layout/useDocumentTitle';
import { stateParam, stateParams } from '../proposals/GroupProposalsTab';
import { ProposalList } from '../proposals/ProposalList';
import { proposalStates, useProposalSearch } from '../proposals/proposals';

/** The words searched live in the address (`/propositions?recherche=logiciels&etat=adoptee`), so that a search can be shared. */
const searchParam = 'recherche';

/**
 * Every proposal the viewer may read: the latest changed first, filtered by state (« adoptées »), or searched in
 * French, the best match first.
 */
export function ProposalSearchPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('proposals.pageTitle'));
  const [searchParams] = useSearchParams();
  const setParam = useSetSearchParam();
  const [search, setSearch] = useState(() => searchParams.get(searchParam) ?? '');
  const searched = useDebouncedValue(search.trim(), 300);
  const searchInput = useRef<HTMLInputElement>(null);
  const state = proposalStates.find((known) => stateParams[known] === searchParams.get(stateParam));
  const results = useProposalSearch(searched, state && [state]);

  useEffect(() => setParam(searchParam, searched), [searched, setParam]);

  return (
    <>
      <div className={fr.cx('fr-grid-row')}>
        <div className={fr.cx('fr-col-12', 'fr-col-lg-9')}>
          <h1>{t('proposals.heading')}</h1>
          <p className={fr.cx('fr-text--lead')}>{t('proposals.intro')}</p>
        </div>
      </div>
      <SearchForm
        label={t('proposals.searchAll')}
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
      <section aria-labelledby="proposals-results">
        <h2 id="proposals-results" className={fr.cx('fr-sr-only')}>
          {searched ? t('proposals.results') : t('proposals.latest')}
        </h2>
        {!searched && <p>{t('proposals.latestHint')}</p>}
        <ProposalList results={results} showGroup onRetry={() => searchInput.current?.focus()} />
      </section>
    </>
  );
}
