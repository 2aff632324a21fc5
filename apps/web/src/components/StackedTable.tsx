import { fr } from '@codegouvfr/react-dsfr';
import type { ReactNode } from 'react';

type StackedTableProps = { caption: string; headers: string[]; rows: { key: string; cells: ReactNode[] }[] };

/**
 * The DSFR's table markup, with each cell's column name: on a phone, each row a block of labelled lines (ouvroir.css)
 * rather than a table too wide to read, scrolled sideways where a keyboard cannot reach.
 */
export function StackedTable({ caption, headers, rows }: StackedTableProps) {
  return (
    <div className={`${fr.cx('fr-table', 'fr-table--no-caption')} ouvroir-stacked-table`}>
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            {headers.map((header) => (
              <th key={header} scope="col">
                {header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map(({ key, cells }) => (
            <tr key={key}>
              {cells.map((cell, index) => (
                <td key={headers[index]} data-label={headers[index]}>
                  {cell}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
