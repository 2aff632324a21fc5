import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import type { CommonFormOutput, CommonFormValues } from '../commons/common-form.schema';
import { CommonForm } from '../commons/CommonForm';
import { useCommon, useCreateCommon, useUpdateCommon, type CommonDetails } from '../commons/commons';
import { FormPageFrame } from '../components/FormPageFrame';
import { QueryResult } from '../components/QueryResult';
import type { CommonInput } from '../gql/graphql';

const emptyCommon: CommonFormValues = {
  kind: '',
  name: '',
  slug: '',
  summary: '',
  description: '',
  domainId: '',
  status: 'active',
  website: '',
  tags: '',
  licence: '',
  repositories: [],
  scolomfrUris: [],
  maintainers: [],
};

/** What the API takes from what the form checked. */
const inputOf = (values: CommonFormOutput): CommonInput => values;

/** `/communs/nouveau`: a member publishes a common, and is told there which licence fits it. */
export function NewCommonPage() {
  const { t } = useTranslation();
  const create = useCreateCommon();
  const navigate = useNavigate();
  return (
    <FormPageFrame
      heading={t('commonForm.newHeading')}
      section={{ label: t('layout.commons'), to: '/communs' }}
      signedOut={t('commonForm.signedOut')}
    >
      {() => (
        <CommonForm
          initial={emptyCommon}
          submitLabel={t('commonForm.create')}
          errorTitle={t('commonForm.createErrorTitle')}
          onSubmit={async (input) => {
            const { slug } = (await create.mutateAsync({ input: inputOf(input) })).createCommon;
            void navigate(`/communs/${slug}`);
          }}
          cancelTo="/communs"
        />
      )}
    </FormPageFrame>
  );
}

const valuesOf = (common: CommonDetails): CommonFormValues => ({
  kind: common.kind,
  name: common.name,
  slug: '',
  summary: common.summary,
  description: common.description,
  domainId: common.domain?.id ?? '',
  status: common.status,
  website: common.website ?? '',
  tags: common.tags.join(', '),
  licence: common.licence.expression,
  repositories: common.repositories.map((repository) => ({
    url: repository.url,
    role: repository.role,
    mirrorOfUrl: common.repositories.find((source) => source.id === repository.mirrorOf)?.url ?? '',
  })),
  scolomfrUris: common.scolomfr
    ? [
        ...common.scolomfr.levels,
        ...common.scolomfr.subjects,
        ...common.scolomfr.pedagogicalTypes,
        ...common.scolomfr.documentTypes,
      ].map((concept) => concept.uri)
    : [],
  maintainers: common.maintainers.flatMap((maintainer) => (maintainer.user ? [maintainer.user] : [])),
});

/** `/communs/:slug/modifier`: a maintainer saves a new revision. */
export function EditCommonPage() {
  const { t } = useTranslation();
  const { slug = '' } = useParams();
  const common = useCommon(slug);
  const update = useUpdateCommon();
  const navigate = useNavigate();
  return (
    <FormPageFrame
      heading={t('commonForm.editHeading')}
      section={{ label: t('layout.commons'), to: '/communs' }}
      signedOut={t('commonForm.signedOut')}
    >
      {(focusHeading) => (
        <QueryResult
          query={common}
          loading={t('common.loading')}
          errorTitle={t('common.errorTitle')}
          titleAs="h2"
          onRetry={focusHeading}
        >
          {({ common }) =>
            common?.viewerCan.edit ? (
              <CommonForm
                initial={valuesOf(common)}
                baseRevision={common.revision}
                slug={common.slug}
                submitLabel={t('commonForm.save')}
                errorTitle={t('commonForm.saveErrorTitle')}
                onSubmit={async (input, baseRevision) => {
                  // The address never changes: links to it stay valid.
                  await update.mutateAsync({
                    id: common.id,
                    baseRevision,
                    input: { ...inputOf(input), slug: undefined },
                  });
                  void navigate(`/communs/${common.slug}`);
                }}
                cancelTo={`/communs/${common.slug}`}
              />
            ) : (
              <p>
                {t('commonForm.notEditable')}{' '}
                {common && (
                  <Link to={`/communs/${common.slug}`} lang="fr">
                    {common.name}
                  </Link>
                )}
              </p>
            )
          }
        </QueryResult>
      )}
    </FormPageFrame>
  );
}
