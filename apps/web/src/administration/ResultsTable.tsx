import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Table } from '@codegouvfr/react-dsfr/Table';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { LoadError } from '../components/LoadError';
import { useTranslation } from 'react-i18next';
import type { AdministrationSection } from './AdministrationFrame';
import type { PaginatedSearch } from './usePaginatedSearch';

type ResultsTableProps<TNode> = {
  section: AdministrationSection;
  results: PaginatedSearch<TNode>;
  headers: string[];
  row: (node: TNode) => ReactNode[];
  /** Called when the retry button, which disappears while loading, is pressed: the focus has to go somewhere. */
  onRetry: () => void;
};

/** A search's results as a DSFR table: loading, error, count, rows and "Charger plus". */
export function ResultsTable<TNode extends { id: string }>({
  section,
  results,
  headers,
  row,
  onRetry,
}: ResultsTableProps<TNode>) {
  const { t } = useTranslation();
  const table = useRef<HTMLDivElement>(null);
  const [focusedRow, setFocusedRow] = useState<number>();

  // After "Charger plus", keyboard and screen-reader users go on reading at the first new row.
  useEffect(() => {
    if (focusedRow === undefined) return;
    const cell = table.current?.querySelector<HTMLElement>(`tbody tr:nth-child(${focusedRow + 1}) td`);
    cell?.setAttribute('tabindex', '-1');
    cell?.focus();
  }, [focusedRow]);

  switch (results.status) {
    case 'loading':
      return <p role="status">{t(`administration.${section}.loading`)}</p>;
    case 'error':
      return (
        <LoadError
          title={t(`administration.${section}.errorTitle`)}
          description={t('administration.errorDescription', { reason: results.message })}
          retryLabel={t('administration.retry')}
          titleAs="h2"
          onRetry={() => {
            results.retry();
            onRetry();
          }}
        />
      );
    case 'success': {
      const { nodes, totalCount, hasNextPage, more } = results;
      return (
        <>
          <p role="status" className={fr.cx('fr-text--bold')}>
            {results.searching
              ? t('administration.searching')
              : t(`administration.${section}.count`, { count: totalCount })}
            {!results.searching && hasNextPage && ` ${t('administration.shown', { count: nodes.length })}`}
          </p>
          {nodes.length === 0 ? (
            <p>{t(`administration.${section}.empty`)}</p>
          ) : (
            <Table
              ref={table}
              caption={t(`administration.${section}.caption`)}
              noCaption
              headers={headers}
              data={nodes.map(row)}
            />
          )}
          {more.status === 'error' && (
            <Alert
              severity="error"
              small
              description={t('administration.loadMoreError', { reason: more.message })}
              className={fr.cx('fr-mb-3w')}
            />
          )}
          {hasNextPage && (
            <Button
              priority="secondary"
              iconId="fr-icon-arrow-down-line"
              // Not disabled while loading: a disabled button would drop the keyboard focus.
              onClick={() => {
                if (more.status === 'loading') return;
                void results.loadMore().then((index) => index !== undefined && setFocusedRow(index));
              }}
            >
              {more.status === 'loading' ? t('administration.loadingMore') : t('administration.loadMore')}
            </Button>
          )}
        </>
      );
    }
  }
}

/** An empty cell: a dash on screen, words for screen readers. */
export function Missing() {
  const { t } = useTranslation();
  return (
    <>
      <span aria-hidden="true">—</span>
      <span className={fr.cx('fr-sr-only')}>{t('administration.missing')}</span>
    </>
  );
}
