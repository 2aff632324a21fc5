import { fr } from '@codegouvfr/react-dsfr';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAction } from '../components/useAction';
import { useSession } from '../identity/useSession';
import type { BallotInput } from '../gql/graphql';
import { BallotForm } from './BallotForm';
import { keepReceipt, keptBallot, secretFor } from './ballotSecret';
import { ProxyPart } from './ProxyPart';
import { useCastBallot, useChangeBallot, type Vote } from './votes';

/** A receipt just given: whose ballot it finds (none: the viewer's own), and the secret it was cast with. */
type Receipt = { receipt: string; secret: string; giver?: string; key: number };

/**
 * What a voter on the roll does while the vote is open: cast their ballot (the receipt is shown once), change it
 * where allowed, give or revoke a proxy, and cast the ballot of whoever gave them theirs.
 */
export function VoterSection({ vote }: { vote: Vote }) {
  const { t } = useTranslation();
  const action = useAction();
  const castBallot = useCastBallot();
  const changeBallot = useChangeBallot();
  const session = useSession();
  const standing = vote.viewerStanding;
  const own = { voteId: vote.id, userId: session.status === 'signedIn' ? session.user.id : '' };
  const kept = keptBallot(own);
  const [receipts, setReceipts] = useState<Receipt[]>([]);
  const [changing, setChanging] = useState(false);
  const [changeSecret, setChangeSecret] = useState(kept?.secret ?? '');
  const receiptHeading = useRef<HTMLHeadingElement>(null);
  const sectionHeading = useRef<HTMLHeadingElement>(null);
  const changeButton = useRef<HTMLButtonElement>(null);
  const count = useRef(0);
  const latest = receipts[receipts.length - 1];

  // The change form replaces its button: the focus goes to the form's heading, not back to the page.
  useEffect(() => {
    if (changing) document.getElementById('changed-ballot-heading')?.focus();
  }, [changing]);

  // A new receipt takes the focus: it is the one thing to read, and to keep, after voting.
  useEffect(() => {
    if (latest) receiptHeading.current?.focus();
  }, [latest]);

  /** Casts a ballot (one's own, or a giver's); rejects with the refusal, for the ballot form to show. */
  const cast = (ballot: BallotInput, giver?: { id: string; displayName: string }) =>
    action.attempt(async () => {
      // Kept before sending: if the answer is lost, trying again sends the same secret and gets the same receipt.
      const whose = { ...own, giverId: giver?.id };
      const secret = secretFor(whose);
      // The answer holds the receipt and the vote as it now stands: the page shows both (the form gone).
      const { receipt } = (
        await castBallot.mutateAsync({ voteId: vote.id, ballot, secret, onBehalfOf: giver?.id ?? null })
      ).castBallot;
      keepReceipt(whose, secret, receipt);
      setReceipts((previous) => [...previous, { receipt, secret, giver: giver?.displayName, key: ++count.current }]);
      if (!giver) setChangeSecret(secret);
      return giver ? t('voter.castFor', { name: giver.displayName }) : t('voter.cast');
    });

  const ownForm = standing.onRoll && !standing.voted && !standing.proxyGiven;
  const mayChange = vote.ballotChanges && standing.voted && !standing.castBy;

  return (
    <section aria-labelledby="voter-heading" className={fr.cx('fr-mb-6w')}>
      <h2 id="voter-heading" ref={sectionHeading} tabIndex={-1}>
        {t('voter.heading')}
      </h2>
      {action.feedback}
      {/* Every receipt given on this page stays until it is left: the voter's own and the proxy's. */}
      {receipts.map((given) => (
        <div key={given.key} className={fr.cx('fr-callout', 'fr-mb-4w')}>
          <h3
            ref={given === latest ? receiptHeading : undefined}
            tabIndex={-1}
            className={fr.cx('fr-callout__title', 'fr-h5')}
          >
            {given.giver ? t('voter.receiptForHeading', { name: given.giver }) : t('voter.receiptHeading')}
          </h3>
          <ReceiptBox receipt={given.receipt} giver={given.giver} />
          {vote.secret && vote.ballotChanges && <SecretBox secret={given.secret} giver={given.giver} />}
        </div>
      ))}
      {standing.voted && (
        <p>{standing.castBy ? t('voter.votedByProxy', { name: standing.castBy.displayName }) : t('voter.voted')}</p>
      )}
      {standing.voted && receipts.length === 0 && (standing.receipt ?? kept?.receipt) && (
        <p>
          {t('voter.keptReceipt')} <code data-receipt>{standing.receipt ?? kept?.receipt}</code>
        </p>
      )}
      {ownForm && (
        <BallotForm
          vote={vote}
          idPrefix="own-ballot"
          heading={t('voter.ownHeading')}
          submitLabel={t('voter.submit')}
          onSubmit={(ballot) => cast(ballot)}
        >
          {vote.secret && <p className={fr.cx('fr-text--sm')}>{t('voter.secretExplained')}</p>}
        </BallotForm>
      )}
      {mayChange && !changing && (
        <Button
          priority="secondary"
          iconId="fr-icon-edit-line"
          className={fr.cx('fr-mb-4w')}
          nativeButtonProps={{ ref: changeButton }}
          onClick={() => setChanging(true)}
        >
          {t('voter.change')}
        </Button>
      )}
      {mayChange && changing && (
        <>
          <BallotForm
            vote={vote}
            idPrefix="changed-ballot"
            heading={t('voter.change')}
            submitLabel={t('voter.changeSubmit')}
            secret={vote.secret ? changeSecret : undefined}
            onSubmit={async (ballot, secret) => {
              await action.attempt(async () => {
                await changeBallot.mutateAsync({ voteId: vote.id, ballot, secret: secret || null, onBehalfOf: null });
                return t('voter.changed');
              });
              setChanging(false);
              sectionHeading.current?.focus();
            }}
          />
          <Button
            priority="tertiary"
            className={fr.cx('fr-mb-4w')}
            onClick={() => {
              setChanging(false);
              setTimeout(() => changeButton.current?.focus());
            }}
          >
            {t('voter.changeCancel')}
          </Button>
        </>
      )}
      <ProxyPart vote={vote} action={action} onCast={cast} focusSection={() => sectionHeading.current?.focus()} />
    </section>
  );
}

/** The receipt, its copy button, and the advice to keep it (or, cast by proxy, to pass it on). */
function ReceiptBox({ receipt, giver }: { receipt: string; giver?: string }) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState<'yes' | 'no'>();
  return (
    <>
      <p className={fr.cx('fr-callout__text')}>
        <code style={{ fontSize: '1.25rem', overflowWrap: 'anywhere' }} data-receipt>
          {receipt}
        </code>
      </p>
      <p>{giver ? t('voter.receiptForAdvice', { name: giver }) : t('voter.receiptAdvice')}</p>
      <Button
        iconId="fr-icon-clipboard-line"
        priority="secondary"
        onClick={() => {
          navigator.clipboard.writeText(receipt).then(
            () => setCopied('yes'),
            () => setCopied('no'),
          );
        }}
      >
        {t('voter.copy')}
      </Button>
      <p role="status" className={fr.cx('fr-text--sm', 'fr-mt-1w', 'fr-mb-0')}>
        {copied === 'yes' ? t('voter.copied') : copied === 'no' ? t('voter.copyFailed') : ''}
      </p>
    </>
  );
}

/** The secret a secret ballot is changed with: kept in this browser, to be noted for another, never shown. */
function SecretBox({ secret, giver }: { secret: string; giver?: string }) {
  const { t } = useTranslation();
  return (
    <>
      <p className={fr.cx('fr-mt-2w', 'fr-mb-1w')}>
        <strong>{t('voter.secretHeading')}</strong>{' '}
        <code style={{ overflowWrap: 'anywhere' }} data-ballot-secret>
          {secret}
        </code>
      </p>
      <p className={fr.cx('fr-text--sm')}>
        {giver ? t('voter.secretForAdvice', { name: giver }) : t('voter.secretAdvice')}
      </p>
    </>
  );
}
