import { fr } from '@codegouvfr/react-dsfr';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../identity/useSession';
import { startLive, useLive } from './live';

/** Opens the app's live connection while someone is signed in, and closes it when they leave. */
export function LiveConnection() {
  const session = useSession();
  const cache = useQueryClient();
  const userId = session.status === 'signedIn' ? session.user.id : undefined;
  // Closed by the server, the person's rights may have shrunk: whatever the cache holds is read again before it is
  // shown again (the pages following the connection read theirs again as it comes back).
  useEffect(
    () => (userId ? startLive(() => void cache.invalidateQueries({ refetchType: 'none' })) : undefined),
    [userId, cache],
  );
  return null;
}

/** « Reconnexion… » while the live connection is lost after having worked; nothing once back. */
export function LiveNotice() {
  const { t } = useTranslation();
  const { status } = useLive();
  // The region is always there, so that screen readers announce what appears in it.
  return (
    <div
      role="status"
      className={fr.cx('fr-mb-2w')}
      style={{ position: 'fixed', bottom: '1rem', left: '1rem', zIndex: 1000 }}
    >
      {status === 'reconnecting' && (
        <p
          className={fr.cx('fr-badge', 'fr-badge--info', 'fr-badge--sm', 'fr-mb-0')}
          style={{ boxShadow: '0 2px 6px rgba(0, 0, 0, 0.3)' }}
        >
          {t('live.reconnecting')}
        </p>
      )}
    </div>
  );
}
