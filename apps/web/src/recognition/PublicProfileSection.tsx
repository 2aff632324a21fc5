import { fr } from '@codegouvfr/react-dsfr';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { ToggleSwitch } from '@codegouvfr/react-dsfr/ToggleSwitch';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DateTime } from '../components/DateTime';
import { useAction } from '../components/useAction';
import type { SessionUser } from '../identity/useSession';
import { useMyAttestations, useSetAttestationHidden, useSetMyPublicProfile } from './recognition';

/**
 * The public profile's switch, off until the person turns it on, with what it makes public; and the attestations
 * they received, each of which they may hide from it.
 */
export function PublicProfileSection({ user }: { user: SessionUser }) {
  const { t } = useTranslation();
  const action = useAction();
  const setPublic = useSetMyPublicProfile();
  const setHidden = useSetAttestationHidden();
  const attestations = useMyAttestations(true);

  return (
    <section aria-labelledby="public-profile-heading" className={fr.cx('fr-mb-6w')}>
      <h2 id="public-profile-heading" className={fr.cx('fr-h4')}>
        {t('recognition.profile.heading')}
      </h2>
      <p>{t('recognition.profile.explanation')}</p>
      {action.feedback}
      <ToggleSwitch
        label={t('recognition.profile.toggle')}
        helperText={t('recognition.profile.toggleHint')}
        checked={user.publicProfile}
        onChange={(checked) =>
          void action.run(async () => {
            await setPublic.mutateAsync({ public: checked });
            return checked ? t('recognition.profile.opened') : t('recognition.profile.closed');
          })
        }
      />
      {user.publicProfile && (
        <p className={fr.cx('fr-mt-2w')}>
          <Link to={`/contributeurs/${user.id}`}>{t('recognition.profile.see')}</Link>
        </p>
      )}
      <h3 className={fr.cx('fr-h6', 'fr-mt-4w')}>{t('recognition.profile.attestationsHeading')}</h3>
      {attestations.data?.myAttestations.length === 0 && <p>{t('recognition.profile.noAttestation')}</p>}
      <ul className={fr.cx('fr-raw-list')}>
        {attestations.data?.myAttestations.map((attestation) => (
          <li key={attestation.id} className={fr.cx('fr-mb-3w')}>
            <p className={fr.cx('fr-mb-1v')}>
              {t('recognition.attestation.by', {
                author: attestation.authorName,
                group: attestation.groupName ?? t('recognition.attestation.someGroup'),
              })}{' '}
              <DateTime value={attestation.createdAt} />
              {attestation.hidden && ` — ${t('recognition.profile.hidden')}`}
            </p>
            <blockquote className={fr.cx('fr-mb-1w')}>{attestation.reason}</blockquote>
            <Button
              priority="tertiary"
              size="small"
              onClick={() =>
                void action.run(async () => {
                  await setHidden.mutateAsync({ id: attestation.id, hidden: !attestation.hidden });
                  return attestation.hidden ? t('recognition.profile.shownAgain') : t('recognition.profile.hiddenNow');
                })
              }
            >
              {attestation.hidden ? t('recognition.profile.show') : t('recognition.profile.hide')}
            </Button>
          </li>
        ))}
      </ul>
    </section>
  );
}
