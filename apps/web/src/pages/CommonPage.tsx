import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Breadcrumb } from '@codegouvfr/react-dsfr/Breadcrumb';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { codeOf, messageOf } from '../api/graphql-request';
import { CommonBadges } from '../commons/CommonBadges';
import { CommonDecisions } from '../commons/CommonDecisions';
import { CommonMaintainers } from '../commons/CommonMaintainers';
import { CommonLaureate } from '../commons/CommonLaureate';
import { CommonRepositories } from '../commons/CommonRepositories';
import { CommonUsages } from '../commons/CommonUsages';
import { ContactMaintainers } from '../commons/ContactMaintainers';
import { LicenceExplained } from '../commons/LicenceExplained';
import { reportItems, useCommon, useConfirmMaintenance, type CommonDetails, type ReportItem } from '../commons/commons';
import { DateTime } from '../components/DateTime';
import { Facts, type Fact } from '../components/Facts';
import { QueryResult } from '../components/QueryResult';
import { useAction } from '../components/useAction';
import { useDocumentTitle } from '../layout/useDocumentTitle';
import { NotFoundPage } from './NotFoundPage';

/** `/communs/:slug`: a common, for everyone; its maintainers act on it from here. */
export function CommonPage() {
  const { slug = '' } = useParams();
  const common = useCommon(slug);
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  useDocumentTitle(common.data?.common ? common.data.common.name : t('common.pageTitle'));

  if (common.data?.common) return <CommonContent common={common.data.common} />;
  if (common.data || codeOf(common.error) === 'NOT_FOUND') {
    return <NotFoundPage lead={common.error ? messageOf(common.error) : t('common.notFound')} />;
  }
  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        {t('common.pageTitle')}
      </h1>
      <QueryResult
        query={common}
        loading={t('common.loading')}
        errorTitle={t('common.errorTitle')}
        titleAs="h2"
        onRetry={() => heading.current?.focus()}
      >
        {() => null}
      </QueryResult>
    </>
  );
}

/** A section of the page, titled, that screen readers list among the page's regions. */
function Section({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id} className={fr.cx('fr-mb-6w')}>
      <h2 id={id} className={fr.cx('fr-h4')}>
        {title}
      </h2>
      {children}
    </section>
  );
}

function CommonContent({ common }: { common: CommonDetails }) {
  const { t } = useTranslation();
  const facts: Fact[] = [
    { term: t('common.kind'), value: t(`commons.kinds.${common.kind}`) },
    { term: t('common.status'), value: t(`commons.statuses.${common.status}`) },
  ];
  if (common.domain)
    facts.splice(1, 0, { term: t('common.domain'), value: <span lang="fr">{common.domain.name}</span> });
  if (common.stewardingGroup) {
    facts.push({
      term: t('common.stewardingGroup'),
      value: (
        <Link to={`/groupes/${common.stewardingGroup.slug}`} lang="fr">
          {common.stewardingGroup.name}
        </Link>
      ),
    });
  }
  if (common.website) {
    facts.push({
      term: t('common.website'),
      value: (
        <a className={fr.cx('fr-link')} href={common.website} rel="noopener noreferrer">
          {common.website}
        </a>
      ),
    });
  }
  if (common.tags.length > 0)
    facts.push({ term: t('common.tags'), value: <span lang="fr">{common.tags.join(', ')}</span> });
  facts.push({
    term: t('common.revision'),
    value: (
      <>
        {t('common.revisionNumber', { number: common.revision })}, {t('common.updated')}{' '}
        <DateTime value={common.updatedAt} />
      </>
    ),
  });
  const scolomfr = common.scolomfr
    ? ([
        ['levels', common.scolomfr.levels],
        ['subjects', common.scolomfr.subjects],
        ['pedagogicalTypes', common.scolomfr.pedagogicalTypes],
        ['documentTypes', common.scolomfr.documentTypes],
      ] as const)
    : [];

  return (
    <>
      <Breadcrumb
        currentPageLabel={<span lang="fr">{common.name}</span>}
        homeLinkProps={{ to: '/' }}
        segments={[{ label: t('layout.commons'), linkProps: { to: '/communs' } }]}
        className={fr.cx('fr-mt-0', 'fr-mb-3w')}
      />
      <CommonBadges common={common} />
      <h1 lang="fr">{common.name}</h1>
      <p className={fr.cx('fr-text--lead')} lang="fr">
        {common.summary}
      </p>
      {(common.maintenanceDue || common.viewerCan.confirmMaintenance) && <Maintenance common={common} />}
      {common.viewerCan.edit && (
        <Button linkProps={{ to: `/communs/${common.slug}/modifier` }} iconId="fr-icon-edit-line" className="fr-mb-4w">
          {t('common.edit')}
        </Button>
      )}
      <div className={fr.cx('fr-grid-row', 'fr-grid-row--gutters')}>
        <div className={fr.cx('fr-col-12', 'fr-col-lg-8')}>
          <Section id="common-description" title={t('common.description')}>
            {/* Rendered and sanitised by the API from the Markdown. */}
            <div lang="fr" dangerouslySetInnerHTML={{ __html: common.descriptionHtml }} />
          </Section>
          {common.laureateSubmission && <CommonLaureate laureate={common.laureateSubmission} />}
          <Section id="common-licence" title={t('common.licence')}>
            <LicenceExplained licence={common.licence} />
          </Section>
          <Section id="common-usages" title={t('common.usages')}>
            <CommonUsages common={common} />
          </Section>
          <Section id="common-repositories" title={t('common.repositories')}>
            <CommonRepositories repositories={common.repositories} />
            {common.kind === 'software' && (
              <p>
                {/* Served by the API, outside the client's routes: a plain link. */}
                <a className={fr.cx('fr-link')} href={`/communs/${common.slug}/publiccode.yml`} download>
                  {t('common.publiccode')}
                </a>
              </p>
            )}
          </Section>
          {scolomfr.length > 0 && (
            <Section id="common-scolomfr" title={t('common.scolomfr')}>
              <dl>
                {scolomfr.map(([key, concepts]) => (
                  <div key={key} className={fr.cx('fr-mb-2w')}>
                    <dt className={fr.cx('fr-text--bold')}>{t(`common.scolomfrVocabularies.${key}`)}</dt>
                    <dd className={fr.cx('fr-pl-0')} lang="fr">
                      {concepts.length > 0 ? concepts.map((concept) => concept.label).join(', ') : t('lists.missing')}
                    </dd>
                  </div>
                ))}
              </dl>
            </Section>
          )}
          <Section id="common-decisions" title={t('common.decisions')}>
            <CommonDecisions common={common} />
          </Section>
          {common.publiccodeReport && <PubliccodeReport report={reportItems(common.publiccodeReport) ?? []} />}
        </div>
        <div className={fr.cx('fr-col-12', 'fr-col-lg-4')}>
          <Facts facts={facts} />
          <Section id="common-maintainers" title={t('common.maintainers')}>
            <CommonMaintainers common={common} />
            {common.viewerCan.contact && <ContactMaintainers commonId={common.id} />}
          </Section>
          <Section id="common-history" title={t('common.history')}>
            <ol>
              {common.revisions.map((revision) => (
                <li key={revision.number}>
                  {t('common.revisionNumber', { number: revision.number })} —{' '}
                  <DateTime value={revision.createdAt} withTime />
                  {revision.author && <> — {revision.author.displayName}</>}
                </li>
              ))}
            </ol>
          </Section>
        </div>
      </div>
    </>
  );
}

/** « À confirmer » when the maintainers have not confirmed for a year; the button for them to confirm. */
function Maintenance({ common }: { common: CommonDetails }) {
  const { t } = useTranslation();
  const confirm = useConfirmMaintenance();
  const action = useAction();
  return (
    <div className={fr.cx('fr-mb-4w')}>
      {common.maintenanceDue && (
        <Alert severity="warning" small description={t('common.maintenanceDue')} className={fr.cx('fr-mb-2w')} />
      )}
      {action.feedback}
      {common.viewerCan.confirmMaintenance && (
        <Button
          priority="secondary"
          iconId="fr-icon-check-line"
          onClick={() =>
            void action.run(async () => {
              await confirm.mutateAsync({ commonId: common.id });
              return t('common.maintenanceConfirmed');
            })
          }
        >
          {t('common.confirmMaintenance')}
        </Button>
      )}
      {common.maintenanceConfirmedAt && (
        <p className={fr.cx('fr-text--sm', 'fr-mt-1w')}>
          {t('common.maintenanceConfirmedAt')} <DateTime value={common.maintenanceConfirmedAt} />
        </p>
      )}
    </div>
  );
}

/** The defects found in the publiccode.yml it was imported from: only its maintainers receive it. */
function PubliccodeReport({ report }: { report: ReportItem[] }) {
  const { t } = useTranslation();
  return (
    <Section id="common-publiccode-report" title={t('common.report.heading')}>
      {report.length === 0 ? (
        <p>{t('common.report.clean')}</p>
      ) : (
        <ul>
          {report.map((issue) => (
            <li key={`${issue.path}:${issue.message}`}>
              <Badge as="span" small severity={issue.severity === 'error' ? 'error' : 'warning'}>
                {t(`common.report.${issue.severity === 'error' ? 'error' : 'warning'}`)}
              </Badge>{' '}
              <code>{issue.path}</code> — <span lang="fr">{issue.message}</span>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
