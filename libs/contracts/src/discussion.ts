import { errorReasons } from './errors';

/** Lengths and counts of the live discussion. */
export const DISCUSSION_LIMITS = {
  messageMax: 10_000,
  mentionsMax: 20,
} as const;

export const DISCUSSION_ERRORS = errorReasons({
  CHANNEL_NOT_FOUND: {
    code: 'NOT_FOUND',
    fr: 'Ce salon n’existe pas, ou il ne vous est pas visible.',
    en: 'This channel does not exist, or you cannot see it.',
  },
  CHANNEL_MEMBERS_ONLY: {
    code: 'FORBIDDEN',
    fr: 'Ce salon est réservé aux membres du groupe.',
    en: 'This channel is for the group’s members only.',
  },
  CHANNEL_READ_ONLY: {
    code: 'FORBIDDEN',
    fr: 'Vous pouvez lire ce salon, mais pas y écrire.',
    en: 'You may read this channel, but not write in it.',
  },
  MESSAGE_RATE_LIMITED: {
    code: 'TOO_MANY_REQUESTS',
    fr: 'Pas plus de {{count}} messages en {{seconds}} secondes : patientez un instant, votre message n’est pas perdu.',
    en: 'No more than {{count}} messages in {{seconds}} seconds: wait a moment, your message is not lost.',
  },
  MESSAGE_NOT_FOUND: {
    code: 'NOT_FOUND',
    fr: 'Ce message n’existe pas.',
    en: 'This message does not exist.',
  },
  MESSAGE_REMOVAL_FACILITATORS_ONLY: {
    code: 'FORBIDDEN',
    fr: 'Seuls les animateurs peuvent retirer un message.',
    en: 'Only facilitators may remove a message.',
  },
  MESSAGE_ALREADY_REMOVED: {
    code: 'CONFLICT',
    fr: 'Ce message est déjà retiré ou supprimé.',
    en: 'This message is already removed or deleted.',
  },
  MESSAGE_AUTHOR_ONLY: {
    code: 'FORBIDDEN',
    fr: 'Seul son auteur peut modifier ce message.',
    en: 'Only its author may change this message.',
  },
  MESSAGE_NOT_VISIBLE: {
    code: 'CONFLICT',
    fr: 'Ce message est retiré ou supprimé.',
    en: 'This message is removed or deleted.',
  },
  MENTIONS_TOO_MANY: {
    code: 'BAD_USER_INPUT',
    fr: 'Pas plus de {{max}} personnes mentionnées par message.',
    en: 'No more than {{max}} people mentioned per message.',
  },
  MENTION_NOT_READER: {
    code: 'BAD_USER_INPUT',
    fr: 'On ne peut mentionner ici que les membres du groupe qui lisent ce salon : {{names}} n’en fait pas partie.',
    en: 'Only the group’s members who read this channel can be mentioned here: {{names}} is not one of them.',
  },
  MESSAGE_NOT_TEXT: {
    code: 'BAD_USER_INPUT',
    fr: 'Le message doit être un texte.',
    en: 'The message must be text.',
  },
  MESSAGE_ID_INVALID: {
    code: 'BAD_USER_INPUT',
    fr: '{{what}} invalide.',
    en: 'Invalid message reference.',
  },
  CHANNEL_PAGE_SIZE: {
    code: 'BAD_USER_INPUT',
    fr: 'Entre 1 et {{max}} messages par page.',
    en: 'Between 1 and {{max}} messages per page.',
  },
  MENTIONABLE_PAGE_SIZE: {
    code: 'BAD_USER_INPUT',
    fr: 'Entre 1 et {{max}} personnes.',
    en: 'Between 1 and {{max}} people.',
  },
  SEARCH_TOO_LONG: {
    code: 'BAD_USER_INPUT',
    fr: 'Recherche trop longue ({{max}} caractères au plus).',
    en: 'Search too long (at most {{max}} characters).',
  },
  CHANNEL_NOT_JOINED: {
    code: 'CONFLICT',
    fr: 'Rejoignez le salon avant d’y écrire.',
    en: 'Join the channel before writing in it.',
  },
});
