import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { messageOf } from '../api/graphql-request';

/** The result of the last act; `key` makes a repeated message announced again. */
type Feedback = { severity: 'success' | 'error'; message: string; key: number };

/**
 * Runs a person's acts one at a time and says how each went: `feedback` is the alert to place above what they act
 * on. An act resolves to its success message; its error is the API's French message.
 */
export function useAction() {
  const { t } = useTranslation();
  const [feedback, setFeedback] = useState<Feedback>();
  const [pending, setPending] = useState(false);
  const count = useRef(0);
  const running = useRef(false);

  /** Resolves to undefined once done (the success is shown), or to the error's message for the caller to show. */
  const attempt = useCallback(async (act: () => Promise<string>): Promise<string | undefined> => {
    // A second click while an act runs is ignored: buttons stay enabled, so that the focus stays on them.
    if (running.current) return undefined;
    running.current = true;
    setPending(true);
    setFeedback(undefined);
    try {
      const message = await act();
      setFeedback({ severity: 'success', message, key: ++count.current });
      return undefined;
    } catch (error) {
      return messageOf(error);
    } finally {
      running.current = false;
      setPending(false);
    }
  }, []);

  /** Runs an act and shows its error in `feedback`; resolves to whether it succeeded. */
  const run = useCallback(
    async (act: () => Promise<string>) => {
      const failure = await attempt(act);
      if (failure !== undefined) setFeedback({ severity: 'error', message: failure, key: ++count.current });
      return failure === undefined;
    },
    [attempt],
  );

  /** Shows the success of an act done elsewhere (a form, which shows its own errors). */
  const succeeded = useCallback(
    (message: string) => setFeedback({ severity: 'success', message, key: ++count.current }),
    [],
  );

  const element = feedback && (
    <Alert
      key={feedback.key}
      severity={feedback.severity}
      small
      closable
      onClose={() => setFeedback(undefined)}
      description={feedback.severity === 'error' ? t('action.failed', { reason: feedback.message }) : feedback.message}
      className={fr.cx('fr-mb-3w')}
    />
  );

  return { feedback: element, pending, attempt, run, succeeded };
}
