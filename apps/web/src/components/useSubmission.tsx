import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A small form's sending: one at a time, and its error as an alert (`alert`) to place above what was typed, which
 * stays. `submit` resolves to whether the act was done.
 */
export function useSubmission() {
  const { t } = useTranslation();
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<string>();
  const running = useRef(false);

  /** `send` resolves to undefined once done, or to the error's message. */
  const submit = async (send: () => Promise<string | undefined>) => {
    if (running.current) return false;
    running.current = true;
    setSending(true);
    const failure = await send();
    running.current = false;
    setSending(false);
    setError(failure);
    return failure === undefined;
  };

  const alert = error && (
    <Alert severity="error" small description={t('action.failed', { reason: error })} className={fr.cx('fr-mb-2w')} />
  );
  return { sending, alert, submit };
}
