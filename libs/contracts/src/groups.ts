import { errorReasons } from './errors';

/** Lengths a group's fields and join requests may have. */
export const GROUP_LIMITS = {
  nameMin: 3,
  nameMax: 120,
  slugMin: 3,
  slugMax: 80,
  shortDescriptionMax: 280,
  charterMax: 20_000,
  messageMax: 1_000,
  emailMax: 254,
} as const;

/** A group's address in its page's URL: lowercase letters without accents, digits, single hyphens between. */
export const GROUP_SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** An e-mail address an invitation may be sent to: the API lower-cases it and checks no more than this. */
export const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export const GROUP_ERRORS = errorReasons({
  // Seeing and finding groups
  GROUP_NOT_FOUND: {
    code: 'NOT_FOUND',
    fr: 'Ce groupe n’existe pas, ou il est réservé à ses membres.',
    en: 'This group does not exist, or it is for its members only.',
  },
  MY_GROUPS_SIGN_IN_REQUIRED: {
    code: 'UNAUTHENTICATED',
    fr: 'Identifiez-vous pour voir vos groupes.',
    en: 'Sign in to see your groups.',
  },
  MEMBERS_SIGN_IN_REQUIRED: {
    code: 'UNAUTHENTICATED',
    fr: 'Identifiez-vous pour voir les membres du groupe.',
    en: 'Sign in to see the members of the group.',
  },

  // Who may act
  FACILITATORS_ONLY: {
    code: 'FORBIDDEN',
    fr: 'Seuls les animateurs du groupe et les administrateurs peuvent faire cela.',
    en: 'Only the group’s facilitators and administrators may do this.',
  },
  GROUP_CREATION_RESERVED: {
    code: 'FORBIDDEN',
    fr: 'Seuls les administrateurs créent des groupes et des comités.',
    en: 'Only administrators create groups and committees.',
  },
  JOURNAL_RESERVED: {
    code: 'FORBIDDEN',
    fr: 'Le journal est réservé aux administrateurs et aux animateurs de groupe.',
    en: 'The journal is for administrators and group facilitators only.',
  },

  // A group's fields
  GROUP_NAME_LENGTH: {
    code: 'BAD_USER_INPUT',
    fr: 'Le nom doit compter de 3 à {{max}} caractères.',
    en: 'The name must be 3 to {{max}} characters long.',
  },
  GROUP_SLUG_INVALID: {
    code: 'BAD_USER_INPUT',
    fr: 'L’identifiant d’adresse doit compter de 3 à 80 caractères : lettres minuscules sans accent, chiffres et tirets.',
    en: 'The address identifier must be 3 to 80 characters long: lowercase letters without accents, digits and hyphens.',
  },
  GROUP_SLUG_TAKEN: {
    code: 'CONFLICT',
    fr: 'L’adresse « {{slug}} » est déjà prise par un autre groupe : choisissez-en une autre.',
    en: 'The address “{{slug}}” is already taken by another group: choose another one.',
  },
  GROUP_DOMAIN_UNKNOWN: {
    code: 'BAD_USER_INPUT',
    fr: 'Aucun domaine ne porte l’identifiant « {{domainSlug}} ».',
    en: 'No domain has the identifier “{{domainSlug}}”.',
  },
  COMMITTEE_OUTSIDE_DOMAIN: {
    code: 'BAD_USER_INPUT',
    fr: 'Un groupe de travail ne peut s’adresser qu’à un comité de pilotage de son domaine.',
    en: 'A working group may only address a steering committee of its own domain.',
  },
  FACILITATOR_UNKNOWN: {
    code: 'BAD_USER_INPUT',
    fr: 'Aucun compte ne correspond à l’animateur désigné.',
    en: 'No account matches the facilitator named.',
  },
  GROUP_ALREADY_ARCHIVED: {
    code: 'CONFLICT',
    fr: 'Ce groupe est déjà archivé.',
    en: 'This group is already archived.',
  },
  GROUP_ALREADY_ACTIVE: {
    code: 'CONFLICT',
    fr: 'Ce groupe est déjà actif.',
    en: 'This group is already active.',
  },

  // People and memberships
  USER_ID_INVALID: {
    code: 'BAD_USER_INPUT',
    fr: 'Cet identifiant de personne n’est pas valide.',
    en: 'This person identifier is not valid.',
  },
  USER_UNKNOWN: {
    code: 'BAD_USER_INPUT',
    fr: 'Aucun compte ne correspond à cet identifiant.',
    en: 'No account matches this identifier.',
  },
  EMAIL_INVALID: {
    code: 'BAD_USER_INPUT',
    fr: '« {{email}} » n’est pas une adresse électronique valide.',
    en: '“{{email}}” is not a valid e-mail address.',
  },
  GROUP_ARCHIVED: {
    code: 'CONFLICT',
    fr: 'Ce groupe est archivé : il n’accueille plus de nouveaux membres.',
    en: 'This group is archived: it no longer takes new members.',
  },
  ALREADY_MEMBER: {
    code: 'CONFLICT',
    fr: 'Vous êtes déjà membre de ce groupe.',
    en: 'You are already a member of this group.',
  },
  PERSON_ALREADY_MEMBER: {
    code: 'CONFLICT',
    fr: 'Cette personne est déjà membre du groupe.',
    en: 'This person is already a member of the group.',
  },
  NOT_A_MEMBER: {
    code: 'CONFLICT',
    fr: 'Vous n’êtes pas membre de ce groupe.',
    en: 'You are not a member of this group.',
  },
  PERSON_NOT_MEMBER: {
    code: 'NOT_FOUND',
    fr: 'Cette personne n’est pas membre du groupe.',
    en: 'This person is not a member of the group.',
  },
  GUESTS_JOIN_BY_INVITATION: {
    code: 'FORBIDDEN',
    fr: 'Les partenaires invités rejoignent un groupe sur invitation seulement.',
    en: 'Guest partners join a group by invitation only.',
  },
  GROUP_BY_INVITATION_ONLY: {
    code: 'FORBIDDEN',
    fr: 'Ce groupe accueille ses membres sur invitation seulement.',
    en: 'This group takes its members by invitation only.',
  },
  GROUP_JOINED_BY_REQUEST: {
    code: 'BAD_USER_INPUT',
    fr: 'Ce groupe accueille ses membres sur demande : demandez à le rejoindre.',
    en: 'This group takes its members on request: ask to join it.',
  },
  GROUP_OPEN: {
    code: 'BAD_USER_INPUT',
    fr: 'Ce groupe est ouvert : rejoignez-le directement.',
    en: 'This group is open: join it directly.',
  },
  VOTER_OUTSIDE_COMMITTEE: {
    code: 'BAD_USER_INPUT',
    fr: 'Le rôle « votant » n’existe que dans un comité de pilotage.',
    en: 'The “voter” role exists only in a steering committee.',
  },
  LAST_FACILITATOR_LEAVING: {
    code: 'CONFLICT',
    fr: 'Vous êtes le dernier animateur : nommez un autre animateur avant de quitter le groupe.',
    en: 'You are the last facilitator: name another facilitator before leaving the group.',
  },
  LAST_FACILITATOR_ROLE: {
    code: 'CONFLICT',
    fr: 'C’est le dernier animateur du groupe : nommez-en un autre avant de changer son rôle.',
    en: 'This is the group’s last facilitator: name another one before changing their role.',
  },
  LAST_FACILITATOR_REMOVED: {
    code: 'CONFLICT',
    fr: 'C’est le dernier animateur du groupe : nommez-en un autre avant de le retirer.',
    en: 'This is the group’s last facilitator: name another one before removing them.',
  },

  // Join requests
  JOIN_REQUEST_PENDING: {
    code: 'CONFLICT',
    fr: 'Votre demande pour rejoindre ce groupe est déjà en attente.',
    en: 'Your request to join this group is already pending.',
  },
  DECLINE_REASON_REQUIRED: {
    code: 'BAD_USER_INPUT',
    fr: 'Indiquez le motif du refus : la personne le recevra.',
    en: 'Give the reason for declining: the person will receive it.',
  },
  JOIN_REQUEST_DECIDED: {
    code: 'CONFLICT',
    fr: 'Cette demande a déjà été traitée.',
    en: 'This request has already been decided.',
  },

  // Invitations
  INVITEE_USER_OR_EMAIL: {
    code: 'BAD_USER_INPUT',
    fr: 'Invitez soit une personne inscrite, soit une adresse électronique.',
    en: 'Invite either a registered person or an e-mail address.',
  },
  INVITATION_LINK_INVALID: {
    code: 'BAD_USER_INPUT',
    fr: 'Ce lien d’invitation n’est pas valide : vérifiez-le ou demandez-en un autre.',
    en: 'This invitation link is not valid: check it or ask for another one.',
  },
  INVITATION_NOT_FOUND: {
    code: 'NOT_FOUND',
    fr: 'Aucune invitation ne vous est adressée sous cet identifiant.',
    en: 'No invitation is addressed to you under this identifier.',
  },
  INVITATION_USED: {
    code: 'CONFLICT',
    fr: 'Cette invitation a déjà servi : elle ne vaut qu’une fois.',
    en: 'This invitation has already been used: it works only once.',
  },
  INVITATION_REVOKED: {
    code: 'CONFLICT',
    fr: 'Cette invitation a été retirée par l’animateur du groupe.',
    en: 'This invitation was withdrawn by the group’s facilitator.',
  },
  INVITATION_CLOSED: {
    code: 'CONFLICT',
    fr: 'Cette invitation a déjà été acceptée ou retirée.',
    en: 'This invitation has already been accepted or withdrawn.',
  },
  INVITATION_EXPIRED: {
    code: 'BAD_USER_INPUT',
    fr: 'Cette invitation a expiré : demandez à l’animateur du groupe de la renouveler.',
    en: 'This invitation has expired: ask the group’s facilitator to renew it.',
  },
  INVITATION_FOR_SOMEONE_ELSE: {
    code: 'FORBIDDEN',
    fr: 'Cette invitation est adressée à une autre personne.',
    en: 'This invitation is addressed to someone else.',
  },
});
