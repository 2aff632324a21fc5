import { fr } from '@codegouvfr/react-dsfr';
import type { UseQueryResult } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryResult } from '../components/QueryResult';
import type { IndicatorDashboardQuery } from '../gql/graphql';
import { IndicatorChart } from './IndicatorChart';
import { csvHref, type IndicatorCell, type IndicatorDefinition, type IndicatorPeriod } from './indicators';

/** How many figures the chart's spoken summary names before sending to the table. */
const SUMMARY_MAX = 8;

/** The anchor of an indicator's section, which its key figure links to. */
export const sectionId = (code: string) => `indicateur-${code}`;

type IndicatorSectionProps = {
  definition: IndicatorDefinition;
  figures: UseQueryResult<IndicatorDashboardQuery>;
  period: IndicatorPeriod;
  /** The period in words, for the tables' captions. */
  periodText: string;
  /** The chosen domain's name, when a domain narrows the page. */
  domainName?: string;
};

/** One indicator: its definition, its chart, the table of the same figures and their CSV file. */
export function IndicatorSection({ definition, figures, period, periodText, domainName }: IndicatorSectionProps) {
  const { t } = useTranslation();
  const headingId = `${sectionId(definition.code)}-titre`;
  return (
    <section id={sectionId(definition.code)} aria-labelledby={headingId} className={fr.cx('fr-mb-6w')}>
      {/* Names, definitions and figures come from the API in French, whatever the interface language. */}
      <h3 id={headingId} className={fr.cx('fr-h5')} lang="fr">
        {definition.name}
      </h3>
      <p className={fr.cx('fr-mb-1w')} lang="fr">
        {definition.definition}
      </p>
      <p className={fr.cx('fr-hint-text')}>
        {definition.byGroup
          ? domainName
            ? t('indicators.scope.domain', { domain: domainName })
            : t('indicators.scope.programme')
          : t('indicators.scope.programmeOnly')}
      </p>
      <QueryResult
        query={figures}
        loading={t('indicators.loading', { name: definition.name })}
        errorTitle={t('indicators.errorTitle', { name: definition.name })}
        titleAs="h4"
      >
        {({ indicator }) => (
          <Figures definition={definition} cells={indicator.cells} period={period} periodText={periodText} />
        )}
      </QueryResult>
    </section>
  );
}

function Figures({
  definition,
  cells,
  period,
  periodText,
}: {
  definition: IndicatorDefinition;
  cells: IndicatorCell[];
  period: IndicatorPeriod;
  periodText: string;
}) {
  const { t } = useTranslation();
  const tableId = `${sectionId(definition.code)}-tableau`;
  // The parts of a breakdown are charted; a figure alone is read in its table.
  const parts = useMemo(() => cells.filter((cell) => cell.key !== 'total'), [cells]);
  const chart = useMemo(
    () => ({
      // Weekly figures are a line through time, the other breakdowns bars.
      kind: parts.every((cell) => cell.key.startsWith('semaine:')) ? ('line' as const) : ('bar' as const),
      labels: parts.map((cell) => cell.label),
      values: parts.map((cell) => cell.value ?? null),
    }),
    [parts],
  );
  const summary = t('indicators.chart.summary', {
    name: definition.name,
    figures: parts
      .slice(0, SUMMARY_MAX)
      .map((cell) => `${cell.label} : ${cell.display}`)
      .join(', '),
    more: parts.length > SUMMARY_MAX ? t('indicators.chart.more', { count: parts.length - SUMMARY_MAX }) : '',
  });

  return (
    <div className={fr.cx('fr-grid-row', 'fr-grid-row--gutters')}>
      {parts.length >= 2 && (
        <div className={fr.cx('fr-col-12', 'fr-col-lg-7')}>
          <IndicatorChart {...chart} summary={summary} tableId={tableId} />
        </div>
      )}
      <div className={fr.cx('fr-col-12', parts.length >= 2 ? 'fr-col-lg-5' : 'fr-col-lg-7')}>
        <div className={fr.cx('fr-table', 'fr-table--no-scroll', 'fr-mb-2w')}>
          <table id={tableId}>
            <caption className={fr.cx('fr-text--md')}>
              {t('indicators.table.caption', { name: definition.name, period: periodText })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('indicators.table.label')}</th>
                <th scope="col">{t('indicators.table.value', { unit: definition.unit })}</th>
              </tr>
            </thead>
            <tbody>
              {cells.map((cell) => (
                <tr key={cell.key}>
                  <th scope="row" lang="fr">
                    {cell.label}
                  </th>
                  <td lang="fr">{cell.display}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {/* A file of the API, not a page of the application. */}
        <a className={fr.cx('fr-link', 'fr-link--download')} href={csvHref(definition, period)} download>
          {t('indicators.csv')}
          <span className={fr.cx('fr-sr-only')}>{t('indicators.csvOf', { name: definition.name })}</span>
          <span className={fr.cx('fr-link__detail')}>{t('indicators.csvDetail')}</span>
        </a>
      </div>
    </div>
  );
}
