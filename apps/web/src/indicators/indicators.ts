import { useQueries, useQuery } from '@tanstack/react-query';
import { graphqlQuery } from '../api/queries';
import { graphql } from '../gql';
import type { IndicatorDashboardQuery, IndicatorsListQuery } from '../gql/graphql';

const indicatorsListQuery = graphql(`
  query IndicatorsList {
    indicators {
      code
      theme
      name
      definition
      unit
      scope
      since
      byGroup
    }
  }
`);

const indicatorDashboardQuery = graphql(`
  query IndicatorDashboard($code: String!, $from: String, $to: String, $domain: String) {
    indicator(code: $code, from: $from, to: $to, domain: $domain) {
      from
      to
      domain
      cells {
        key
        label
        value
        display
        suppressed
      }
      computedAt
    }
  }
`);

export type IndicatorDefinition = IndicatorsListQuery['indicators'][number];
export type IndicatorFigures = IndicatorDashboardQuery['indicator'];
export type IndicatorCell = IndicatorFigures['cells'][number];

/** What the dashboard asks: `to` excluded, as the API reads it; a domain by slug. */
export type IndicatorPeriod = { from: string; to: string; domain?: string };

export const useIndicatorDefinitions = () => useQuery(graphqlQuery(indicatorsListQuery));

/** The API's variables for one indicator: a programme-wide indicator is never asked with a domain (the API refuses it). */
const variablesOf = (definition: IndicatorDefinition, { from, to, domain }: IndicatorPeriod) => ({
  code: definition.code,
  from,
  to,
  domain: definition.byGroup ? domain : undefined,
});

/** Every indicator's figures, one request each: a filter then reads again only those it narrows. */
export const useIndicatorFigures = (definitions: IndicatorDefinition[], period: IndicatorPeriod) =>
  useQueries({
    queries: definitions.map((definition) => graphqlQuery(indicatorDashboardQuery, variablesOf(definition, period))),
  });

/** The open-data file of the same figures as the dashboard shows (docs/open-data.md). */
export function csvHref(definition: IndicatorDefinition, period: IndicatorPeriod): string {
  const { code, ...filters } = variablesOf(definition, period);
  const query = new URLSearchParams(
    Object.entries(filters).filter((entry): entry is [string, string] => entry[1] !== undefined),
  );
  return `/donnees/indicateurs/${code}.csv?${query.toString()}`;
}
