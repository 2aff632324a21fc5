import { fr } from '@codegouvfr/react-dsfr';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { SearchBar } from '@codegouvfr/react-dsfr/SearchBar';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { DateTime } from '../components/DateTime';
import { FacetFilter, useListParam } from '../components/FacetFilter';
import { PaginatedResults } from '../components/PaginatedResults';
import type { SearchKind } from '../gql/graphql';
import { useDocumentTitle } from '../layout/useDocumentTitle';
import { searchKinds, usePortalSearch } from '../search/search';
import { searchParams as params, searchPath } from '../search/searchPath';

const isKind = (value: string): value is SearchKind => (searchKinds as string[]).includes(value);
const nthResult = (index: number) => `li:nth-child(${index + 1}) a`;

/**
 * `/recherche?q=…`: the results of the header's one search, of every kind the viewer may read, the best first, with
 * their highlighted excerpts; refined by kind and domain (in the address, so that a search can be shared).
 */
export function SearchPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('search.pageTitle'));
  const [searchParams] = useSearchParams();
  const navigate = useNavigate();
  const text = (searchParams.get(params.text) ?? '').trim();
  const [kindValues, setKinds] = useListParam(params.kind);
  const [domainIds, setDomains] = useListParam(params.domain);
  const kinds = kindValues.filter(isKind);
  const results = usePortalSearch(text, kinds, domainIds);
  const input = useRef<HTMLInputElement>(null);
  const facets = results.data?.facets;

  return (
    <>
      <div className={fr.cx('fr-grid-row')}>
        <div className={fr.cx('fr-col-12', 'fr-col-lg-9')}>
          <h1>{t('search.heading')}</h1>
          <p className={fr.cx('fr-text--lead')}>{t('search.intro')}</p>
        </div>
      </div>
      <div className={fr.cx('fr-mb-4w')}>
        <SearchBar
          big
          label={t('search.field')}
          onButtonClick={(typed) => void navigate(searchPath(typed.trim(), kindValues.join(',') || undefined))}
          renderInput={({ className, id, placeholder, type }) => (
            <input
              key={text}
              ref={input}
              className={className}
              id={id}
              placeholder={placeholder}
              type={type}
              defaultValue={text}
              autoComplete="off"
              aria-describedby="search-hint"
            />
          )}
        />
        <p id="search-hint" className={fr.cx('fr-hint-text', 'fr-mt-1v')}>
          {t('search.fieldHint')}
        </p>
      </div>
      {text === '' ? (
        <p>{t('search.prompt')}</p>
      ) : (
        <div className={fr.cx('fr-grid-row', 'fr-grid-row--gutters')}>
          <section aria-labelledby="search-facets" className={fr.cx('fr-col-12', 'fr-col-md-4', 'fr-col-lg-3')}>
            <h2 id="search-facets" className={fr.cx('fr-h5')}>
              {t('search.facetsHeading')}
            </h2>
            <FacetFilter
              name={params.kind}
              legend={t('search.kindFacet')}
              facets={facets?.kinds ?? []}
              selected={kinds}
              onChange={setKinds}
              labelOf={(facet) => (isKind(facet.value) ? t(`search.kinds.${facet.value}`) : facet.label)}
            />
            <FacetFilter
              name={params.domain}
              legend={t('search.domainFacet')}
              facets={facets?.domains ?? []}
              selected={domainIds}
              onChange={setDomains}
            />
          </section>
          <section aria-labelledby="search-results" className={fr.cx('fr-col-12', 'fr-col-md-8', 'fr-col-lg-9')}>
            <h2 id="search-results" className={fr.cx('fr-h5')}>
              {t('search.results')}
            </h2>
            <PaginatedResults
              texts="search.list"
              results={results}
              itemSelector={nthResult}
              onRetry={() => input.current?.focus()}
            >
              {(hits) => (
                <ul className={fr.cx('fr-raw-list')}>
                  {hits.map((hit) => (
                    <li key={hit.id} className={fr.cx('fr-mb-3w')}>
                      <Badge as="span" small noIcon className={fr.cx('fr-mb-1v')}>
                        {t(`search.kinds.${hit.kind}`)}
                      </Badge>
                      <h3 className={fr.cx('fr-h6', 'fr-mb-1v')}>
                        <Link to={hit.path} lang="fr">
                          {hit.title}
                        </Link>
                      </h3>
                      {/* The API escapes the text and marks the words found with <mark> only. */}
                      <p
                        className={fr.cx('fr-mb-1v')}
                        lang="fr"
                        dangerouslySetInnerHTML={{ __html: hit.excerptHtml }}
                      />
                      <p className={fr.cx('fr-text--sm', 'fr-mb-0')}>
                        {hit.domain && <span lang="fr">{hit.domain.name} · </span>}
                        {t('search.updated')} <DateTime value={hit.updatedAt} />
                      </p>
                    </li>
                  ))}
                </ul>
              )}
            </PaginatedResults>
          </section>
        </div>
      )}
    </>
  );
}
