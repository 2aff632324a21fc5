import { fr } from '@codegouvfr/react-dsfr';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { MilestoneEditor, MilestoneTable } from '../calls/Milestones';
import { useSession } from '../identity/useSession';
import type { CommonDetails } from './commons';

type Laureate = NonNullable<CommonDetails['laureateSubmission']>;

/**
 * « Lauréat de l'appel … » on a common's page, and the milestones promised to that call: read by all, kept up to date
 * by the laureate's applicants (the call decides who, as on its own pages).
 */
export function CommonLaureate({ laureate }: { laureate: Laureate }) {
  const { t } = useTranslation();
  const session = useSession();
  const viewerId = session.status === 'signedIn' ? session.user.id : undefined;
  const follows =
    (laureate.call.state === 'decided' || laureate.call.state === 'closed') &&
    laureate.applicants.some((applicant) => applicant.accepted && applicant.user?.id === viewerId);
  return (
    <section aria-labelledby="common-laureate" className={fr.cx('fr-mb-6w')}>
      <h2 id="common-laureate" className={fr.cx('fr-h4')}>
        {t('common.laureateHeading')}
      </h2>
      <p>
        {t('common.laureateOf')}{' '}
        <Link to={`/appels/${laureate.call.id}`} lang="fr">
          {laureate.call.title}
        </Link>
      </p>
      <p>{t('common.laureateMilestones')}</p>
      {follows ? (
        <MilestoneEditor
          callId={laureate.call.id}
          submissionId={laureate.id}
          commonName={laureate.commonName}
          milestones={laureate.milestones}
        />
      ) : (
        <MilestoneTable milestones={laureate.milestones} caption={laureate.commonName} />
      )}
    </section>
  );
}
