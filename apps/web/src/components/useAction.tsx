import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { messageOf } from '../api/graphql-request';

/** The result of the last act; `key` makes a repeated message announced again. */
type Feedback = { severity: 'success' | 'error'; message: string; key: number };

/**
 * Runs a person's acts one at a time and says how each went: `feedback` is the alert to place above what they act
 * on. An act resolves to its success message. A button's act (`run`) shows its error there too; a form's
 * (`attempt`) leaves it to the form.
 */
export function useAction() {
  const { t } = useTranslation();
  const [feedback, setFeedback] = useState<Feedback>();
  const [pending, setPending] = useState(false);
  const count = useRef(0);
  const running = useRef(false);

  /** Shows the success of an act, done here or by a form that shows its own errors. */
  const succeeded = useCallback(
    (message: string) => setFeedback({ severity: 'success', message, key: ++count.current }),
    [],
  );

  /**
   * Runs an act sent by a form (a dialog's, a comment's): its success shows in `feedback`; a failure rejects, for the
   * form (`useFormSubmission`) to show on its field or in its alert, above what was typed.
   */
  const attempt = useCallback(
    async (act: () => Promise<string>): Promise<void> => {
      // A second click while an act runs is ignored: buttons stay enabled, so that the focus stays on them.
      if (running.current) return;
      running.current = true;
      setPending(true);
      setFeedback(undefined);
      try {
        succeeded(await act());
      } finally {
        running.current = false;
        setPending(false);
      }
    },
    [succeeded],
  );

  /** Runs an act and shows its error in `feedback`; resolves to whether it succeeded. */
  const run = useCallback(
    async (act: () => Promise<string>) => {
      try {
        await attempt(act);
        return true;
      } catch (error) {
        setFeedback({ severity: 'error', message: messageOf(error), key: ++count.current });
        return false;
      }
    },
    [attempt],
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
