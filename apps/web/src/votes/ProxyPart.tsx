import { fr } from '@codegouvfr/react-dsfr';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { graphqlQuery } from '../api/queries';
import { DateTime } from '../components/DateTime';
import { QueryResult } from '../components/QueryResult';
import type { useAction } from '../components/useAction';
import { refusal } from '../components/form-schema';
import { errorState, useFormSubmission } from '../components/useFormSubmission';
import type { BallotInput } from '../gql/graphql';
import { useSession } from '../identity/useSession';
import { BallotForm } from './BallotForm';
import { useGiveProxy, useRevokeProxy, voteRollQuery, type Vote } from './votes';

type ProxyPartProps = {
  vote: Vote;
  action: ReturnType<typeof useAction>;
  /** Casts the giver's ballot; rejects with the refusal, for the ballot form to show. */
  onCast: (ballot: BallotInput, giver: { id: string; displayName: string }) => Promise<unknown>;
  focusSection: () => void;
};

/** The proxy given (and its revocation), the form to give one, and the ballot of whoever gave the viewer theirs. */
export function ProxyPart({ vote, action, onCast, focusSection }: ProxyPartProps) {
  const { t } = useTranslation();
  const revokeProxy = useRevokeProxy();
  const standing = vote.viewerStanding;
  const { proxyGiven, proxyHeld } = standing;
  const giver = proxyHeld?.giver;

  return (
    <>
      <h3 className={fr.cx('fr-h5')}>{t('proxy.heading')}</h3>
      {proxyGiven ? (
        <>
          <p>
            {t('proxy.given', { name: proxyGiven.holder?.displayName ?? t('proxy.someone') })}{' '}
            <DateTime value={proxyGiven.givenAt} withTime />.
          </p>
          {!standing.voted && (
            <Button
              priority="secondary"
              iconId="fr-icon-arrow-go-back-line"
              onClick={() =>
                void action
                  .run(async () => {
                    await revokeProxy.mutateAsync({ voteId: vote.id });
                    return t('proxy.revoked');
                  })
                  .then(focusSection)
              }
            >
              {t('proxy.revoke')}
            </Button>
          )}
        </>
      ) : (
        !standing.voted && !proxyHeld && <GiveProxyForm vote={vote} action={action} focusSection={focusSection} />
      )}
      {proxyHeld && (
        <>
          <p>{t('proxy.held', { name: giver?.displayName ?? t('proxy.someone') })}</p>
          {standing.proxyHeldUsed ? (
            <p>{t('proxy.heldUsed', { name: giver?.displayName ?? t('proxy.someone') })}</p>
          ) : (
            giver && (
              <BallotForm
                vote={vote}
                idPrefix="proxy-ballot"
                heading={t('proxy.voteFor', { name: giver.displayName })}
                submitLabel={t('proxy.submitFor', { name: giver.displayName })}
                onSubmit={(ballot) => onCast(ballot, giver)}
              />
            )
          )}
        </>
      )}
      {!proxyGiven && !proxyHeld && standing.voted && <p>{t('proxy.none')}</p>}
    </>
  );
}

const proxySchema = z.object({
  holderId: z.string().refine((holderId) => holderId !== '', refusal({ key: 'holderMissing' })),
});

function GiveProxyForm({ vote, action, focusSection }: Omit<ProxyPartProps, 'onCast'>) {
  const { t } = useTranslation();
  const session = useSession();
  const roll = useQuery(graphqlQuery(voteRollQuery, { id: vote.id }));
  const giveProxy = useGiveProxy();
  const selfId = session.status === 'signedIn' ? session.user.id : undefined;
  const others = roll.data?.vote.roll.filter((person) => person.id !== selfId) ?? [];
  const { form, submit, alert } = useFormSubmission({
    schema: proxySchema,
    defaultValues: { holderId: '' },
    send: ({ holderId }) =>
      action.attempt(async () => {
        await giveProxy.mutateAsync({ voteId: vote.id, holderId });
        const holder = others.find((person) => person.id === holderId);
        return t('proxy.givenDone', { name: holder?.displayName ?? '' });
      }),
    onSuccess: focusSection,
  });

  return (
    <QueryResult query={roll} loading={t('proxy.loading')} errorTitle={t('proxy.errorTitle')} titleAs="h3">
      {() =>
        others.length === 0 ? (
          <p>{t('proxy.nobody')}</p>
        ) : (
          <form aria-label={t('proxy.give')} onSubmit={submit} noValidate>
            {alert}
            <p className={fr.cx('fr-text--sm')}>{t('proxy.explained')}</p>
            <Select
              label={t('proxy.holder')}
              {...errorState(form.formState.errors.holderId)}
              nativeSelectProps={form.register('holderId')}
            >
              <option value="">{t('proxy.choose')}</option>
              {others.map((person) => (
                <option key={person.id} value={person.id}>
                  {person.displayName}
                </option>
              ))}
            </Select>
            <Button type="submit" priority="secondary" iconId="fr-icon-user-line">
              {t('proxy.give')}
            </Button>
          </form>
        )
      }
    </QueryResult>
  );
}
