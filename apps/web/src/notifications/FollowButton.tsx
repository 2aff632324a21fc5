import { Button } from '@codegouvfr/react-dsfr/Button';
import { useTranslation } from 'react-i18next';
import { useAction } from '../components/useAction';
import { useFollowing } from './notifications';

type FollowButtonProps = { type: 'proposal'; id: string } | { type: 'group'; id: string; slug: string };

/**
 * « Suivre » / « Ne plus suivre » a proposal or a group's discussion: its news then reach the person's notifications
 * (and e-mails, by their preferences). For signed-in readers only: the page decides.
 */
export function FollowButton(subject: FollowButtonProps) {
  const { t } = useTranslation();
  const { following, pending, toggle } = useFollowing(subject);
  const { run, feedback } = useAction();
  if (following === undefined) return null;
  const act = following ? 'unfollow' : 'follow';
  return (
    <>
      <Button
        priority="tertiary"
        size="small"
        iconId={following ? 'fr-icon-notification-3-fill' : 'fr-icon-notification-3-line'}
        disabled={pending}
        onClick={() =>
          void run(async () => {
            await toggle();
            return t(`notifications.follow.${act}Done.${subject.type}`);
          })
        }
      >
        {t(`notifications.follow.${act}.${subject.type}`)}
      </Button>
      {feedback}
    </>
  );
}
