import { fr } from '@codegouvfr/react-dsfr';
import { useTranslation } from 'react-i18next';

/** One automatic check of a submission, as the API computes it: passed or not, with what it asks. */
export type EligibilityCheck = { check: string; passed: boolean; message: string };

/** The checks this client says in the interface's language; another one is said in the API's words. */
const knownChecks = ['licence_open', 'public_url', 'maintainer', 'challenge', 'pitch', 'amount'] as const;
type KnownCheck = (typeof knownChecks)[number];
const isKnown = (check: string): check is KnownCheck => (knownChecks as readonly string[]).includes(check);

/**
 * The automatic eligibility checks, as a list of passed and failed items, said again to screen readers as they change
 * (the applicant sees them while writing, before submitting).
 */
export function EligibilityChecks({
  checks,
  pending,
  withBudget,
}: {
  checks: EligibilityCheck[];
  pending: boolean;
  withBudget: boolean;
}) {
  const { t } = useTranslation();
  const failed = checks.filter((check) => !check.passed).length;
  return (
    <section aria-labelledby="eligibility-checks" className={fr.cx('fr-mb-4w')}>
      <h2 id="eligibility-checks" className={fr.cx('fr-h5')}>
        {t('submission.checks.heading')}
      </h2>
      <p aria-live="polite" className={fr.cx('fr-text--bold')}>
        {pending
          ? t('submission.checks.checking')
          : failed === 0
            ? t('submission.checks.allPassed')
            : t('submission.checks.failed', { count: failed })}
      </p>
      <ul className={fr.cx('fr-raw-list')}>
        {checks.map((check) => (
          <li key={check.check} className={fr.cx('fr-mb-1w')}>
            <span
              aria-hidden="true"
              className={fr.cx(check.passed ? 'fr-icon-success-line' : 'fr-icon-error-line', 'fr-mr-1w')}
              style={{
                color: check.passed
                  ? fr.colors.decisions.text.default.success.default
                  : fr.colors.decisions.text.default.error.default,
              }}
            />
            <span className={fr.cx('fr-sr-only')}>
              {check.passed ? t('submission.checks.passed') : t('submission.checks.notPassed')}
            </span>
            {isKnown(check.check) ? (
              t(`submission.checks.items.${check.check === 'amount' && !withBudget ? 'noAmount' : check.check}`)
            ) : (
              <span lang="fr">{check.message}</span>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
