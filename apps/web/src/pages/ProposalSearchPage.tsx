import { fr } from '@codegouvfr/react-dsfr';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { SearchForm } from '../components/SearchForm';
import { useDebouncedValue } from '../components/useDebouncedValue';
import { useSetSearchParam } from '../components/useSetSearchParam';
import { useDocumentTitle } from '../layout/useDocumentTitle';
import { ProposalList } from '../proposals/ProposalList';
import { useProposalSearch } from '../proposals/proposals';

/** The words searched live in the address (`/propositions?recherche=logiciels`), so that a search can be shared. */
const searchParam = 'recherche';

/** French full-text search across every proposal the viewer may read. */
export function ProposalSearchPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('proposals.pageTitle'));
  const [searchParams] = useSearchParams();
  const setParam = useSetSearchParam();
  const [search, setSearch] = useState(() => searchParams.get(searchParam) ?? '');
  const searched = useDebouncedValue(search.trim(), 300);
  const searchInput = useRef<HTMLInputElement>(null);

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
      />
      <section aria-labelledby="proposals-results">
        <h2 id="proposals-results" className={fr.cx('fr-sr-only')}>
          {t('proposals.results')}
        </h2>
        {/* The API needs words to search: nothing is listed before. */}
        {searched ? (
          <SearchResults search={searched} onRetry={() => searchInput.current?.focus()} />
        ) : (
          <p>{t('proposals.typeToSearch')}</p>
        )}
      </section>
    </>
  );
}

function SearchResults({ search, onRetry }: { search: string; onRetry: () => void }) {
  const results = useProposalSearch(search);
  return <ProposalList results={results} showGroup onRetry={onRetry} />;
}
