import { fr } from '@codegouvfr/react-dsfr';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { ButtonsGroup } from '@codegouvfr/react-dsfr/ButtonsGroup';
import { Checkbox } from '@codegouvfr/react-dsfr/Checkbox';
import { SearchBar } from '@codegouvfr/react-dsfr/SearchBar';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { CommonCard } from '../commons/CommonCard';
import { useCatalogue } from '../commons/commons';
import { FacetFilter, useListParam } from '../components/FacetFilter';
import { PaginatedResults } from '../components/PaginatedResults';
import { useSetSearchParam } from '../components/useSetSearchParam';
import type { CommonFilter, CommonKind, CommonStatus, Forge } from '../gql/graphql';
import { useSession } from '../identity/useSession';
import { useDocumentTitle } from '../layout/useDocumentTitle';
import { searchPath } from '../search/searchPath';

/** The filters live in the address, in French, so that a filtered catalogue can be shared and the back button undoes. */
const params = {
  kind: 'type',
  domain: 'domaine',
  licence: 'licence',
  open: 'ouverte',
  laureate: 'laureat',
  level: 'niveau',
  subject: 'discipline',
  organisation: 'structure',
  forge: 'forge',
  status: 'statut',
} as const;

/** The open data files of the whole catalogue (Licence Ouverte 2.0), served by the API. */
const openDataFiles = [
  { key: 'csv', href: '/donnees/communs.csv' },
  { key: 'json', href: '/donnees/communs.json' },
  { key: 'schema', href: '/donnees/communs.schema.json' },
] as const;

const nthCard = (index: number) => `li:nth-child(${index + 1}) a`;
const orUndefined = <T,>(values: T[]) => (values.length > 0 ? values : undefined);

/**
 * `/communs`: the catalogue of the programme's commons, for everyone. Faceted by kind, domain, licence, ScoLOMFR level
 * and subject, organisation, forge and status, each value with the number of commons it would leave.
 */
export function CataloguePage() {
  const { t } = useTranslation();
  useDocumentTitle(t('commons.pageTitle'));
  const session = useSession();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const setParam = useSetSearchParam();
  const [kinds, setKinds] = useListParam(params.kind);
  const [domainIds, setDomains] = useListParam(params.domain);
  const [licenceIds, setLicences] = useListParam(params.licence);
  const [levelUris, setLevels] = useListParam(params.level);
  const [subjectUris, setSubjects] = useListParam(params.subject);
  const [organisations, setOrganisations] = useListParam(params.organisation);
  const [forges, setForges] = useListParam(params.forge);
  const [statuses, setStatuses] = useListParam(params.status);
  const openOnly = searchParams.get(params.open) === 'oui';
  const laureatesOnly = searchParams.get(params.laureate) === 'oui';
  const filter: CommonFilter = {
    kinds: orUndefined(kinds as CommonKind[]),
    domainIds: orUndefined(domainIds),
    licenceIds: orUndefined(licenceIds),
    licenceOpen: openOnly || undefined,
    laureate: laureatesOnly || undefined,
    levelUris: orUndefined(levelUris),
    subjectUris: orUndefined(subjectUris),
    // The API filters by one organisation: the one chosen last.
    organisationId: organisations.at(-1),
    forges: orUndefined(forges as Forge[]),
    statuses: orUndefined(statuses as CommonStatus[]),
  };
  const commons = useCatalogue(filter);
  const facets = commons.data?.facets;
  const heading = useRef<HTMLHeadingElement>(null);

  return (
    <>
      <div className={fr.cx('fr-grid-row')}>
        <div className={fr.cx('fr-col-12', 'fr-col-lg-9')}>
          <h1 ref={heading}>{t('commons.heading')}</h1>
          <p className={fr.cx('fr-text--lead')}>{t('commons.intro')}</p>
        </div>
      </div>
      {session.status === 'signedIn' && (
        <ButtonsGroup
          inlineLayoutWhen="sm and up"
          className={fr.cx('fr-mb-2w')}
          buttons={[
            { children: t('commons.publish'), iconId: 'fr-icon-add-line', linkProps: { to: '/communs/nouveau' } },
            {
              children: t('commons.import'),
              iconId: 'fr-icon-upload-line',
              priority: 'secondary',
              linkProps: { to: '/communs/importer' },
            },
          ]}
        />
      )}
      <div className={fr.cx('fr-mb-4w')}>
        {/* Words are searched by the portal's one search, restricted to the commons. */}
        <SearchBar
          label={t('commons.search')}
          onButtonClick={(text) => void navigate(searchPath(text.trim(), 'common'))}
        />
      </div>
      <div className={fr.cx('fr-grid-row', 'fr-grid-row--gutters')}>
        <section aria-labelledby="catalogue-facets" className={fr.cx('fr-col-12', 'fr-col-md-4', 'fr-col-lg-3')}>
          <h2 id="catalogue-facets" className={fr.cx('fr-h5')}>
            {t('commons.facetsHeading')}
          </h2>
          <Checkbox
            small
            className={fr.cx('fr-mb-3w')}
            options={[
              {
                label: t('commons.openOnly'),
                nativeInputProps: {
                  checked: openOnly,
                  onChange: (event) => setParam(params.open, event.target.checked ? 'oui' : undefined),
                },
              },
              {
                label: t('commons.laureatesOnly'),
                nativeInputProps: {
                  checked: laureatesOnly,
                  onChange: (event) => setParam(params.laureate, event.target.checked ? 'oui' : undefined),
                },
              },
            ]}
          />
          <FacetFilter
            name={params.kind}
            legend={t('commons.facets.kind')}
            facets={facets?.kinds ?? []}
            selected={kinds}
            onChange={setKinds}
            labelOf={(facet) => t(`commons.kinds.${facet.value as CommonKind}`, { defaultValue: facet.label })}
          />
          <FacetFilter
            name={params.level}
            legend={t('commons.facets.level')}
            facets={facets?.levels ?? []}
            selected={levelUris}
            onChange={setLevels}
          />
          <FacetFilter
            name={params.subject}
            legend={t('commons.facets.subject')}
            facets={facets?.subjects ?? []}
            selected={subjectUris}
            onChange={setSubjects}
          />
          <FacetFilter
            name={params.licence}
            legend={t('commons.facets.licence')}
            facets={facets?.licences ?? []}
            selected={licenceIds}
            onChange={setLicences}
          />
          <FacetFilter
            name={params.domain}
            legend={t('commons.facets.domain')}
            facets={facets?.domains ?? []}
            selected={domainIds}
            onChange={setDomains}
          />
          <FacetFilter
            name={params.organisation}
            legend={t('commons.facets.organisation')}
            facets={facets?.organisations ?? []}
            selected={organisations}
            onChange={(values) => setOrganisations(values.slice(-1))}
          />
          <FacetFilter
            name={params.forge}
            legend={t('commons.facets.forge')}
            facets={facets?.forges ?? []}
            selected={forges}
            onChange={setForges}
            labelOf={(facet) => t(`commons.forges.${facet.value as Forge}`, { defaultValue: facet.label })}
          />
          <FacetFilter
            name={params.status}
            legend={t('commons.facets.status')}
            facets={facets?.statuses ?? []}
            selected={statuses}
            onChange={setStatuses}
            labelOf={(facet) => t(`commons.statuses.${facet.value as CommonStatus}`, { defaultValue: facet.label })}
          />
        </section>
        <section aria-labelledby="catalogue-results" className={fr.cx('fr-col-12', 'fr-col-md-8', 'fr-col-lg-9')}>
          <h2 id="catalogue-results" className={fr.cx('fr-h5')}>
            {t('commons.results')}
          </h2>
          <PaginatedResults
            texts="commons.list"
            results={commons}
            itemSelector={nthCard}
            onRetry={() => heading.current?.focus()}
          >
            {(nodes) => (
              <ul className={fr.cx('fr-grid-row', 'fr-grid-row--gutters', 'fr-raw-list', 'fr-mb-3w')}>
                {nodes.map((common) => (
                  <li key={common.id} className={fr.cx('fr-col-12', 'fr-col-lg-6')}>
                    <CommonCard common={common} />
                  </li>
                ))}
              </ul>
            )}
          </PaginatedResults>
        </section>
      </div>
      <section aria-labelledby="catalogue-open-data" className={fr.cx('fr-mt-4w')}>
        <h2 id="catalogue-open-data" className={fr.cx('fr-h5')}>
          {t('commons.openData.heading')}
        </h2>
        <p>{t('commons.openData.text')}</p>
        <ul>
          {openDataFiles.map((file) => (
            <li key={file.key}>
              {/* Files served by the API, outside the client's routes: a plain link. */}
              <a className={fr.cx('fr-link')} href={file.href} download>
                {t(`commons.openData.${file.key}`)}
              </a>
            </li>
          ))}
        </ul>
      </section>
      {session.status === 'anonymous' && (
        <Button priority="tertiary" linkProps={{ to: '/connexion' }} iconId="fr-icon-account-circle-line">
          {t('commons.signInToPublish')}
        </Button>
      )}
    </>
  );
}
