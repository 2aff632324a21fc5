import { fr } from '@codegouvfr/react-dsfr';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { z } from 'zod';
import { refusal } from '../components/form-schema';
import { useAction } from '../components/useAction';
import { errorState, useFormSubmission } from '../components/useFormSubmission';
import { useLinkDecision, useUnlinkDecision, type CommonDetails } from './commons';

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

// The proposal's page address as copied from the browser (…/propositions/<id>), or its bare identifier.
const linkSchema = z.object({
  proposal: z
    .string()
    .trim()
    .min(1)
    .refine((typed) => UUID.test(typed), refusal({ key: 'proposalAddress' }))
    .transform((typed) => UUID.exec(typed)![0].toLowerCase()),
});

/**
 * « Décisions »: the proposals that concern the common, those the viewer may read, an adopted one flagged. Those who
 * manage the common link a proposal by its address or identifier, and unlink one.
 */
export function CommonDecisions({ common }: { common: CommonDetails }) {
  const { t } = useTranslation();
  const action = useAction();
  const unlink = useUnlinkDecision();
  const manages = common.viewerCan.edit;
  return (
    <>
      {action.feedback}
      {common.decisions.length === 0 ? (
        <p>{t('common.noDecision')}</p>
      ) : (
        <ul>
          {common.decisions.map((decision) => (
            <li key={decision.id}>
              <Link to={`/propositions/${decision.id}`} lang="fr">
                {decision.title}
              </Link>{' '}
              {decision.state === 'adopted' ? (
                <Badge as="span" small severity="success">
                  {t('proposals.states.adopted')}
                </Badge>
              ) : (
                <span className={fr.cx('fr-text--sm')}>({t(`proposals.states.${decision.state}`)})</span>
              )}
              {manages && (
                <>
                  {' '}
                  <Button
                    type="button"
                    size="small"
                    priority="tertiary no outline"
                    iconId="fr-icon-link-unlink"
                    onClick={() =>
                      void action.run(async () => {
                        await unlink.mutateAsync({ commonId: common.id, proposalId: decision.id });
                        return t('commons.decisions.unlinked', { title: decision.title });
                      })
                    }
                  >
                    {t('commons.decisions.unlink', { title: decision.title })}
                  </Button>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      {manages && <LinkDecision commonId={common.id} attempt={action.attempt} />}
    </>
  );
}

function LinkDecision({ commonId, attempt }: { commonId: string; attempt: ReturnType<typeof useAction>['attempt'] }) {
  const { t } = useTranslation();
  const link = useLinkDecision();
  const { form, submit, alert, sending } = useFormSubmission({
    schema: linkSchema,
    defaultValues: { proposal: '' },
    send: ({ proposal }) =>
      attempt(async () => {
        const { linkCommonDecision } = await link.mutateAsync({ commonId, proposalId: proposal });
        const title = linkCommonDecision.decisions.find((decision) => decision.id === proposal)?.title ?? '';
        return t('commons.decisions.linked', { title });
      }),
    onSuccess: (_result, _values, sent) => sent.reset({ proposal: '' }),
  });
  return (
    <form onSubmit={submit} noValidate aria-labelledby="common-link-decision">
      <h3 id="common-link-decision" className={fr.cx('fr-h6')}>
        {t('commons.decisions.heading')}
      </h3>
      {alert}
      <Input
        label={t('commons.decisions.proposal')}
        hintText={t('commons.decisions.proposalHint')}
        {...errorState(form.formState.errors.proposal)}
        nativeInputProps={{ autoComplete: 'off', spellCheck: false, required: true, ...form.register('proposal') }}
      />
      <Button type="submit" priority="secondary" iconId="fr-icon-links-line">
        {sending ? t('commons.decisions.linking') : t('commons.decisions.link')}
      </Button>
    </form>
  );
}
