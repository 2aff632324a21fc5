import { useTranslation } from 'react-i18next';
import type { NotificationItem } from './notifications';

/**
 * What a notification says, composed here from its kind and data (the API sends facts, not French): « Léa commente
 * « Charte d’usage » », or for several grouped « 12 nouveaux commentaires sur « Charte d’usage » ».
 */
export function useNotificationSentence() {
  const { t, i18n } = useTranslation();
  return (notification: NotificationItem) => {
    const { data } = notification;
    const closesAt =
      data.closesAt &&
      new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long', timeStyle: 'short' }).format(new Date(data.closesAt));
    return t(`notifications.sentences.${notification.kind}`, {
      count: notification.count,
      actor: notification.actor?.displayName ?? t('notifications.someone'),
      title: notification.subjectTitle ?? t('notifications.hiddenSubject'),
      group: notification.group?.name ?? t('notifications.hiddenGroup'),
      context: data.accepted === false ? 'refused' : undefined,
      state: data.state ? t(`proposals.states.${data.state}` as 'proposals.states.draft') : '',
      outcome: data.outcome ? t(`votes.outcomes.${data.outcome}` as 'votes.outcomes.adopted') : '',
      closesAt,
    });
  };
}
