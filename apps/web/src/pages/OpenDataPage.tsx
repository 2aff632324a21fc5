import { fr } from '@codegouvfr/react-dsfr';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QueryResult } from '../components/QueryResult';
import { useIndicatorDefinitions } from '../indicators/indicators';
import { useDocumentTitle } from '../layout/useDocumentTitle';

/** The catalogue of commons' files (libs/commons' open-data controller). */
const commonsFiles = [
  { key: 'csv', href: '/donnees/communs.csv', format: 'CSV' },
  { key: 'json', href: '/donnees/communs.json', format: 'JSON' },
] as const;

/** Each indicator's files (libs/indicators' open-data controller), by the suffix of their address. */
const indicatorFiles = [
  { suffix: 'csv', format: 'CSV', key: 'figures' },
  { suffix: 'json', format: 'JSON', key: 'figures' },
  { suffix: 'schema.json', format: 'Table Schema', key: 'schema' },
  { suffix: 'serie.csv', format: 'CSV', key: 'series' },
  { suffix: 'serie.schema.json', format: 'Table Schema', key: 'seriesSchema' },
] as const;

/** A query anyone can send, to this very portal. */
const apiExample = (origin: string) => `curl -sS ${origin}/graphql \\
  -H 'content-type: application/json' \\
  -d '{"query":"{ indicator(code: \\"membres\\") { cells { label display } } }"}'`;

/** `/donnees`: every open data file the portal publishes, its licence and producer, and the public read API. */
export function OpenDataPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('openData.pageTitle'));
  const definitions = useIndicatorDefinitions();

  return (
    <div className={fr.cx('fr-grid-row')}>
      <div className={fr.cx('fr-col-12', 'fr-col-lg-10')}>
        <h1>{t('openData.heading')}</h1>
        <p className={fr.cx('fr-text--lead')}>{t('openData.intro')}</p>

        <section aria-labelledby="donnees-licence">
          <h2 id="donnees-licence" className={fr.cx('fr-h4')}>
            {t('openData.licence.heading')}
          </h2>
          <p>
            {t('openData.licence.text')}{' '}
            <a
              className={fr.cx('fr-link')}
              href="https://www.etalab.gouv.fr/licence-ouverte-open-licence/"
              target="_blank"
              rel="noreferrer"
              title={t('openData.licence.linkTitle')}
            >
              {t('openData.licence.link')}
            </a>
          </p>
          <p>{t('openData.licence.attribution')}</p>
          <p>{t('openData.licence.producer')}</p>
          <p>{t('openData.licence.formats')}</p>
        </section>

        <section aria-labelledby="donnees-communs">
          <h2 id="donnees-communs" className={fr.cx('fr-h4')}>
            {t('openData.commons.heading')}
          </h2>
          <p>{t('openData.commons.text')}</p>
          <ul>
            {commonsFiles.map((file) => (
              <li key={file.key}>
                <a className={fr.cx('fr-link')} href={file.href}>
                  {file.href}
                </a>{' '}
                ({file.format}) : {t(`openData.commons.${file.key}`)}
              </li>
            ))}
          </ul>
          <p>
            {t('openData.schema')}{' '}
            <a className={fr.cx('fr-link')} href="/donnees/communs.schema.json">
              /donnees/communs.schema.json
            </a>
          </p>
        </section>

        <section aria-labelledby="donnees-indicateurs">
          <h2 id="donnees-indicateurs" className={fr.cx('fr-h4')}>
            {t('openData.indicators.heading')}
          </h2>
          <p>
            {t('openData.indicators.text')}{' '}
            <Link className={fr.cx('fr-link')} to="/indicateurs">
              {t('openData.indicators.dashboard')}
            </Link>
          </p>
          <p>
            {t('openData.indicators.catalogue')}{' '}
            <a className={fr.cx('fr-link')} href="/donnees/indicateurs">
              /donnees/indicateurs
            </a>
          </p>
          <QueryResult
            query={definitions}
            loading={t('indicators.definitionsLoading')}
            errorTitle={t('indicators.definitionsErrorTitle')}
            titleAs="h3"
          >
            {({ indicators }) => (
              <ul className={fr.cx('fr-raw-list')}>
                {indicators.map((definition) => (
                  <li key={definition.code} className={fr.cx('fr-mb-3w')}>
                    <h3 className={fr.cx('fr-h6', 'fr-mb-1v')} lang="fr">
                      {definition.name}
                    </h3>
                    <p className={fr.cx('fr-mb-1v')} lang="fr">
                      {definition.definition}
                    </p>
                    <ul>
                      {indicatorFiles.map((file) => (
                        <li key={file.suffix}>
                          <a
                            className={fr.cx('fr-link')}
                            href={`/donnees/indicateurs/${definition.code}.${file.suffix}`}
                          >
                            {t(`openData.indicators.files.${file.key}`, { format: file.format })}
                            <span className={fr.cx('fr-sr-only')}>
                              {t('openData.indicators.fileOf', { name: definition.name })}
                            </span>
                          </a>
                        </li>
                      ))}
                    </ul>
                  </li>
                ))}
              </ul>
            )}
          </QueryResult>
        </section>

        <section aria-labelledby="donnees-appels">
          <h2 id="donnees-appels" className={fr.cx('fr-h4')}>
            {t('openData.calls.heading')}
          </h2>
          <p>
            {t('openData.calls.text')}{' '}
            <Link className={fr.cx('fr-link')} to="/appels">
              {t('openData.calls.link')}
            </Link>
          </p>
        </section>

        <section aria-labelledby="donnees-api">
          <h2 id="donnees-api" className={fr.cx('fr-h4')}>
            {t('openData.api.heading')}
          </h2>
          <p>{t('openData.api.text')}</p>
          <p>{t('openData.api.rateLimit')}</p>
          <p className={fr.cx('fr-mb-1w')}>{t('openData.api.example')}</p>
          <pre className="ouvroir-code">
            <code>{apiExample(window.location.origin)}</code>
          </pre>
          <p>{t('openData.api.docs')}</p>
        </section>
      </div>
    </div>
  );
}
