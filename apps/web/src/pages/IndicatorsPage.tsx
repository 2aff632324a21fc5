import { INDICATOR_LIMITS } from '@ouvroir/contracts';
import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { Tile } from '@codegouvfr/react-dsfr/Tile';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { QueryResult } from '../components/QueryResult';
import { useDebouncedValue } from '../components/useDebouncedValue';
import { useSetSearchParam } from '../components/useSetSearchParam';
import { DomainSelect } from '../domains/DomainSelect';
import { useDomains } from '../domains/useDomains';
import { IndicatorSection } from '../indicators/IndicatorSection';
import {
  useIndicatorDefinitions,
  useIndicatorFigures,
  type IndicatorDefinition,
  type IndicatorPeriod,
} from '../indicators/indicators';
import { useDocumentTitle } from '../layout/useDocumentTitle';

/** The filters live in the address, in French, so that a view of the figures can be shared. */
const params = { domain: 'domaine', since: 'du', until: 'au' } as const;

/** The themes in the order the page tells them; a theme the API adds later comes after. */
const THEMES = ['participation', 'production', 'gouvernance', 'appels', 'discussion'];

/** The figures read first, when the API publishes them: each the total of its indicator. */
const KEY_FIGURES = [
  'membres',
  'contributeurs-actifs',
  'propositions-par-etat',
  'taux-adoption',
  'communs-par-type',
  'votes-tenus',
];

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const day = (date: Date) => date.toISOString().slice(0, 10);
/** A real day written YYYY-MM-DD (not 2026-02-31, which an address may hold). */
const isDay = (value: string) =>
  DATE.test(value) && !Number.isNaN(Date.parse(value)) && day(new Date(`${value}T00:00:00Z`)) === value;
const addDays = (value: string, days: number) => {
  const date = new Date(`${value}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return day(date);
};
const yearsBefore = (value: string, years: number) => {
  const date = new Date(`${value}T00:00:00Z`);
  date.setUTCFullYear(date.getUTCFullYear() - years);
  return day(date);
};

/** The period chosen, both days included (the last 12 months by default), and whether the API would take it. */
function usePeriod() {
  const [searchParams] = useSearchParams();
  const today = day(new Date());
  const read = (name: string, fallback: string) => {
    const value = searchParams.get(name) ?? '';
    return isDay(value) ? value : fallback;
  };
  const until = read(params.until, today);
  return { since: read(params.since, yearsBefore(until, 1)), until };
}

const isValid = (since: string, until: string) =>
  since <= until && since >= yearsBefore(addDays(until, 1), INDICATOR_LIMITS.periodMaxYears);

const themeRank = (theme: string) => (THEMES.includes(theme) ? THEMES.indexOf(theme) : THEMES.length);

/** `/indicateurs`: the programme's public figures, for everyone, each chart with its table and its CSV file. */
export function IndicatorsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('indicators.pageTitle'));
  const definitions = useIndicatorDefinitions();

  return (
    <>
      <div className={fr.cx('fr-grid-row')}>
        <div className={fr.cx('fr-col-12', 'fr-col-lg-9')}>
          <h1>{t('indicators.heading')}</h1>
          <p className={fr.cx('fr-text--lead')}>{t('indicators.intro')}</p>
          <p>
            {t('indicators.openData')} <Link to="/donnees">{t('indicators.openDataLink')}</Link>
          </p>
        </div>
      </div>
      <QueryResult
        query={definitions}
        loading={t('indicators.definitionsLoading')}
        errorTitle={t('indicators.definitionsErrorTitle')}
      >
        {({ indicators }) => <Dashboard definitions={indicators} />}
      </QueryResult>
    </>
  );
}

function Dashboard({ definitions }: { definitions: IndicatorDefinition[] }) {
  const { t, i18n } = useTranslation();
  const [searchParams] = useSearchParams();
  const setParam = useSetSearchParam();
  const domain = searchParams.get(params.domain) ?? '';
  const domainName = useDomains().data?.domains.find((known) => known.slug === domain)?.name;
  const { since, until } = usePeriod();
  // A date typed digit by digit is a new period at each digit: the figures wait for the end of the typing.
  const [from, last] = useDebouncedValue(`${since}/${until}`, 400).split('/');
  const valid = isValid(from, last);
  const period: IndicatorPeriod = useMemo(
    () => ({ from, to: addDays(last, 1), domain: domain || undefined }),
    [from, last, domain],
  );
  const longDay = (value: string) =>
    new Date(`${value}T00:00:00Z`).toLocaleDateString(i18n.language, { dateStyle: 'long', timeZone: 'UTC' });
  const periodText = t('indicators.period', { since: longDay(from), until: longDay(last) });
  const figures = useIndicatorFigures(valid ? definitions : [], period);
  const figuresOf = (code: string) => figures[definitions.findIndex((definition) => definition.code === code)];
  const themes = [...new Set(definitions.map((definition) => definition.theme))].sort(
    (a, b) => themeRank(a) - themeRank(b),
  );
  const keyFigures = KEY_FIGURES.flatMap((code) => {
    const definition = definitions.find((known) => known.code === code);
    const total = figuresOf(code)?.data?.indicator.cells.find((cell) => cell.key === 'total');
    return definition && total ? [{ definition, total }] : [];
  });

  return (
    <>
      <form
        aria-label={t('indicators.filters')}
        className={fr.cx('fr-grid-row', 'fr-grid-row--gutters', 'fr-mb-3w')}
        onSubmit={(event) => event.preventDefault()}
      >
        <div className={fr.cx('fr-col-12', 'fr-col-md-4')}>
          <DomainSelect
            label={t('indicators.domain')}
            emptyOption={t('indicators.allDomains')}
            value={domain}
            onChange={(slug) => setParam(params.domain, slug)}
          />
        </div>
        {(['since', 'until'] as const).map((bound) => (
          <div key={bound} className={fr.cx('fr-col-12', 'fr-col-sm-6', 'fr-col-md-4')}>
            <Input
              label={t(`indicators.${bound}`)}
              nativeInputProps={{
                type: 'date',
                value: bound === 'since' ? since : until,
                // Each bound keeps the other in the right order.
                min: bound === 'until' ? since : undefined,
                max: bound === 'since' ? until : undefined,
                onChange: (event) => setParam(params[bound], event.target.value),
              }}
            />
          </div>
        ))}
      </form>
      {!valid ? (
        <Alert
          severity="error"
          small
          description={t('indicators.periodInvalid', { years: INDICATOR_LIMITS.periodMaxYears })}
        />
      ) : (
        <>
          <section aria-labelledby="indicateurs-chiffres-cles" className={fr.cx('fr-mb-6w')}>
            <h2 id="indicateurs-chiffres-cles">{t('indicators.keyFigures')}</h2>
            <p className={fr.cx('fr-hint-text')}>{periodText}</p>
            <ul className={`${fr.cx('fr-grid-row', 'fr-grid-row--gutters', 'fr-raw-list')}`}>
              {keyFigures.map(({ definition, total }) => (
                <li key={definition.code} className={fr.cx('fr-col-12', 'fr-col-sm-6', 'fr-col-lg-4')}>
                  <Tile
                    small
                    titleAs="h3"
                    title={<span lang="fr">{definition.name}</span>}
                    desc={
                      <span className={fr.cx('fr-h3')} lang="fr">
                        {total.display}
                      </span>
                    }
                    detail={
                      definition.byGroup && domainName
                        ? t('indicators.scope.domain', { domain: domainName })
                        : t('indicators.scope.programme')
                    }
                  />
                </li>
              ))}
            </ul>
          </section>
          {themes.map((theme) => (
            <section key={theme} aria-labelledby={`indicateurs-${theme}`}>
              <h2 id={`indicateurs-${theme}`}>{t(`indicators.themes.${theme}`, { defaultValue: theme })}</h2>
              {definitions
                .filter((definition) => definition.theme === theme)
                .map((definition) => (
                  <IndicatorSection
                    key={definition.code}
                    definition={definition}
                    figures={figuresOf(definition.code)}
                    period={period}
                    periodText={periodText}
                    domainName={domainName}
                  />
                ))}
            </section>
          ))}
        </>
      )}
    </>
  );
}
