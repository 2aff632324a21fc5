import { fr } from '@codegouvfr/react-dsfr';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { COMMON_LIMITS } from '@ouvroir/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { z } from 'zod';
import { DateTime } from '../components/DateTime';
import { omittableText, refusal } from '../components/form-schema';
import { useAction } from '../components/useAction';
import { errorState, useFormSubmission } from '../components/useFormSubmission';
import { useSession } from '../identity/useSession';
import { useDeclareUsage, useWithdrawUsage, type CommonDetails } from './commons';

const usageSchema = z.object({
  instanceUrl: omittableText(COMMON_LIMITS.instanceUrlMax).refine(
    (url) => url === undefined || /^https?:\/\//i.test(url),
    refusal({ key: 'httpAddress' }),
  ),
  userCount: z
    .string()
    .trim()
    .transform((typed) => (typed === '' ? undefined : Number(typed)))
    .pipe(z.number().int().min(0).max(COMMON_LIMITS.userCountMax).optional()),
});

/**
 * Who uses the common: the organisations that declared it, with their instance and number of users; a person of an
 * organisation declares « nous l’utilisons » for it, or withdraws the declaration.
 */
export function CommonUsages({ common }: { common: CommonDetails }) {
  const { t } = useTranslation();
  const session = useSession();
  const organisation = session.status === 'signedIn' ? session.user.organisation : undefined;
  const declared = organisation && common.usages.some((usage) => usage.organisation?.id === organisation.id);

  return (
    <>
      {common.usages.length === 0 ? (
        <p>{t('commons.usages.none')}</p>
      ) : (
        <ul>
          {common.usages.map((usage) => (
            <li key={usage.id}>
              {usage.organisation && (
                <Link to={`/structures/${usage.organisation.id}`} lang="fr">
                  {usage.organisation.name}
                </Link>
              )}
              {usage.userCount !== null && usage.userCount !== undefined && (
                <> — {t('commons.usages.users', { count: usage.userCount })}</>
              )}
              {usage.instanceUrl && (
                <>
                  {' — '}
                  <a className={fr.cx('fr-link')} href={usage.instanceUrl} rel="noopener noreferrer">
                    {t('commons.usages.instance')}
                  </a>
                </>
              )}{' '}
              <span className={fr.cx('fr-text--sm')}>
                ({t('commons.usages.since')} <DateTime value={usage.declaredAt} />)
              </span>
            </li>
          ))}
        </ul>
      )}
      {organisation && common.viewerCan.declareUsage && (
        <DeclareUsage commonId={common.id} organisation={organisation} declared={Boolean(declared)} />
      )}
    </>
  );
}

function DeclareUsage({
  commonId,
  organisation,
  declared,
}: {
  commonId: string;
  organisation: { id: string; name: string };
  declared: boolean;
}) {
  const { t } = useTranslation();
  const declare = useDeclareUsage();
  const withdraw = useWithdrawUsage();
  const action = useAction();
  const { form, submit, alert, sending } = useFormSubmission({
    schema: usageSchema,
    defaultValues: { instanceUrl: '', userCount: '' },
    send: (values) =>
      action.attempt(async () => {
        await declare.mutateAsync({ commonId, organisationId: organisation.id, ...values });
        return t('commons.usages.declared', { organisation: organisation.name });
      }),
  });
  const { errors } = form.formState;

  if (declared) {
    return (
      <>
        {action.feedback}
        <Button
          priority="secondary"
          iconId="fr-icon-close-line"
          onClick={() =>
            void action.run(async () => {
              await withdraw.mutateAsync({ commonId, organisationId: organisation.id });
              return t('commons.usages.withdrawn', { organisation: organisation.name });
            })
          }
        >
          {t('commons.usages.withdraw', { organisation: organisation.name })}
        </Button>
      </>
    );
  }
  return (
    <form onSubmit={submit} noValidate aria-labelledby="common-declare-usage">
      <h3 id="common-declare-usage" className={fr.cx('fr-h6')}>
        {t('commons.usages.declareHeading', { organisation: organisation.name })}
      </h3>
      {action.feedback}
      {alert}
      <div className={fr.cx('fr-grid-row', 'fr-grid-row--gutters')}>
        <div className={fr.cx('fr-col-12', 'fr-col-md-8')}>
          <Input
            label={t('commons.usages.instanceUrl')}
            hintText={t('commons.usages.instanceUrlHint')}
            {...errorState(errors.instanceUrl)}
            nativeInputProps={{ type: 'url', autoComplete: 'off', ...form.register('instanceUrl') }}
          />
        </div>
        <div className={fr.cx('fr-col-12', 'fr-col-md-4')}>
          <Input
            label={t('commons.usages.userCount')}
            hintText={t('commons.usages.userCountHint')}
            {...errorState(errors.userCount)}
            nativeInputProps={{ inputMode: 'numeric', autoComplete: 'off', ...form.register('userCount') }}
          />
        </div>
      </div>
      <Button type="submit" iconId="fr-icon-check-line">
        {sending ? t('commons.usages.declaring') : t('commons.usages.declare')}
      </Button>
    </form>
  );
}
