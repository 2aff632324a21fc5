import { fr } from '@codegouvfr/react-dsfr';
import { Table } from '@codegouvfr/react-dsfr/Table';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { StackedTable } from './StackedTable';
import { PaginatedResults, type ListTexts, type PaginatedResultsProps } from './PaginatedResults';

type ResultsTableProps<TNode> = Omit<PaginatedResultsProps<TNode>, 'children' | 'itemSelector'> & {
  texts: Exclude<
    ListTexts,
    | 'groups.directory'
    | 'userPicker'
    | 'notifications.list'
    | 'proposals.list'
    | 'proposal.comments.list'
    | 'votes.agenda.proposals'
    | 'votes.agenda.upcoming'
    | 'votes.agenda.open'
    | 'votes.agenda.closed'
    | 'calls.list'
  >;
  headers: string[];
  row: (node: TNode) => ReactNode[];
  /** On a phone, each row a block of labelled lines rather than a table too wide to read (ouvroir.css). */
  stacked?: boolean;
};

const firstCell = (index: number) => `tbody tr:nth-child(${index + 1}) td`;

/** A paginated list as a DSFR table: loading, error, count, rows and "Voir plus". */
export function ResultsTable<TNode extends { id: string }>({
  texts,
  headers,
  row,
  stacked = false,
  ...props
}: ResultsTableProps<TNode>) {
  const { t } = useTranslation();
  return (
    <PaginatedResults texts={texts} itemSelector={firstCell} {...props}>
      {(nodes) =>
        stacked ? (
          <StackedTable
            caption={t(`${texts}.caption`)}
            headers={headers}
            rows={nodes.map((node) => ({ key: node.id, cells: row(node) }))}
          />
        ) : (
          <Table caption={t(`${texts}.caption`)} noCaption headers={headers} data={nodes.map(row)} />
        )
      }
    </PaginatedResults>
  );
}

/** An empty cell: a dash on screen, words for screen readers. */
export function Missing() {
  const { t } = useTranslation();
  return (
    <>
      <span aria-hidden="true">—</span>
      <span className={fr.cx('fr-sr-only')}>{t('lists.missing')}</span>
    </>
  );
}
