import { errorReasons } from './errors';

/** Lengths a proposal's texts may have, and its tags. */
export const PROPOSAL_LIMITS = {
  titleMax: 200,
  summaryMax: 2_000,
  bodyMax: 100_000,
  commentMax: 5_000,
  reasonMax: 1_000,
  tagsMax: 10,
  tagMax: 40,
} as const;

/**
 * A refusal because of the proposal's state names it in `stateName` (French) and `state` (its
 * code, for the English text).
 */
const inState = (act: string) => `La proposition est « {{stateName}} » : ${act} n’est pas possible dans cet état.`;
const inStateEn = (act: string) => `The proposal is “{{state}}”: ${act} is not possible in this state.`;

export const PROPOSAL_ERRORS = errorReasons({
  PROPOSAL_NOT_FOUND: {
    code: 'NOT_FOUND',
    fr: 'Cette proposition n’existe pas, ou elle ne vous est pas visible.',
    en: 'This proposal does not exist, or you may not see it.',
  },
  VOTED_PROPOSAL_NOT_FOUND: {
    code: 'NOT_FOUND',
    fr: 'Cette proposition n’existe pas.',
    en: 'This proposal does not exist.',
  },
  PROPOSAL_GROUP_NOT_FOUND: {
    code: 'NOT_FOUND',
    fr: 'Ce groupe n’existe pas, ou il est réservé à ses membres.',
    en: 'This group does not exist, or it is for its members only.',
  },
  PROPOSAL_IN_COMMITTEE: {
    code: 'BAD_USER_INPUT',
    fr: 'Les propositions se rédigent dans un groupe de travail, pas dans un comité.',
    en: 'Proposals are drafted in a working group, not in a committee.',
  },
  PROPOSAL_GROUP_ARCHIVED: {
    code: 'CONFLICT',
    fr: 'Ce groupe est archivé : il ne reçoit plus de propositions.',
    en: 'This group is archived: it takes no more proposals.',
  },
  PROPOSAL_TITLE_MISSING: {
    code: 'BAD_USER_INPUT',
    fr: 'Donnez un titre à la proposition.',
    en: 'Give the proposal a title.',
  },
  PROPOSAL_TAGS_TOO_MANY: {
    code: 'BAD_USER_INPUT',
    fr: `Au plus ${PROPOSAL_LIMITS.tagsMax} mots-clés de ${PROPOSAL_LIMITS.tagMax} caractères chacun.`,
    en: `At most ${PROPOSAL_LIMITS.tagsMax} tags of ${PROPOSAL_LIMITS.tagMax} characters each.`,
  },
  PROPOSAL_AUTHORS_ONLY: {
    code: 'FORBIDDEN',
    fr: 'Seuls les auteurs de la proposition peuvent faire cela.',
    en: 'Only the proposal’s authors may do this.',
  },
  PROPOSAL_DRAFTING_MEMBERS_ONLY: {
    code: 'FORBIDDEN',
    fr: 'Seuls les membres du groupe rédigent des propositions.',
    en: 'Only the group’s members draft proposals.',
  },
  PROPOSAL_SIGN_IN_TO_TAKE_PART: {
    code: 'UNAUTHENTICATED',
    fr: 'Identifiez-vous pour participer.',
    en: 'Sign in to take part.',
  },
  PROPOSAL_MEMBERS_ONLY: {
    code: 'FORBIDDEN',
    fr: 'Seuls les membres du groupe participent à cette proposition.',
    en: 'Only the group’s members take part in this proposal.',
  },
  PROPOSAL_NOT_EDITABLE: {
    code: 'CONFLICT',
    fr: inState('la modification'),
    en: inStateEn('editing'),
  },
  PROPOSAL_REVISION_OUTDATED: {
    code: 'CONFLICT',
    fr: '{{author}} a enregistré une version plus récente (révision {{number}}) : reprenez vos changements sur son texte.',
    en: '{{author}} saved a newer version (revision {{number}}): apply your changes to their text.',
  },
  REVISION_NOT_FOUND: {
    code: 'NOT_FOUND',
    fr: 'La révision {{number}} n’existe pas.',
    en: 'Revision {{number}} does not exist.',
  },
  COAUTHOR_INVITATION_CLOSED: {
    code: 'CONFLICT',
    fr: inState('l’invitation d’un co-auteur'),
    en: inStateEn('inviting a co-author'),
  },
  COAUTHOR_ID_INVALID: {
    code: 'BAD_USER_INPUT',
    fr: 'Cet identifiant de personne n’est pas valide.',
    en: 'This person’s identifier is not valid.',
  },
  COAUTHOR_NOT_MEMBER: {
    code: 'BAD_USER_INPUT',
    fr: 'Seuls les membres du groupe peuvent être co-auteurs.',
    en: 'Only the group’s members may be co-authors.',
  },
  COAUTHOR_ALREADY_INVITED: {
    code: 'CONFLICT',
    fr: 'Cette personne est déjà auteur ou invitée à l’être.',
    en: 'This person is already an author, or invited to be one.',
  },
  COAUTHOR_INVITATION_MISSING: {
    code: 'CONFLICT',
    fr: 'Aucune invitation à co-écrire cette proposition ne vous attend.',
    en: 'No invitation to co-write this proposal awaits you.',
  },
  TRANSITION_FOR_AUTHORS: {
    code: 'FORBIDDEN',
    fr: 'Seuls ses auteurs peuvent faire avancer la proposition ainsi.',
    en: 'Only its authors may move the proposal this way.',
  },
  TRANSITION_FOR_FACILITATORS: {
    code: 'FORBIDDEN',
    fr: 'Seuls les animateurs du groupe peuvent faire avancer la proposition ainsi.',
    en: 'Only the group’s facilitators may move the proposal this way.',
  },
  TRANSITION_FOR_GROUP_OR_COMMITTEE_FACILITATORS: {
    code: 'FORBIDDEN',
    fr: 'Seuls les animateurs du groupe ou du comité peuvent faire avancer la proposition ainsi.',
    en: 'Only the facilitators of the group or of the committee may move the proposal this way.',
  },
  TRANSITION_NOT_ALLOWED: {
    code: 'CONFLICT',
    fr: 'La proposition est « {{stateName}} » : elle ne peut pas passer à « {{toName}} ».',
    en: 'The proposal is “{{state}}”: it cannot become “{{to}}”.',
  },
  PROPOSAL_WITHOUT_COMMITTEE: {
    code: 'CONFLICT',
    fr: 'Le groupe ne s’adresse à aucun comité : demandez à un administrateur d’en désigner un.',
    en: 'The group has no committee: ask an administrator to name one.',
  },
  PROPOSAL_STATE_CHANGED: {
    code: 'CONFLICT',
    fr: 'La proposition a changé d’état entre-temps : rechargez la page.',
    en: 'The proposal’s state changed meanwhile: reload the page.',
  },
  VOTE_OPENING_NOT_ALLOWED: {
    code: 'CONFLICT',
    fr: inState('l’ouverture d’un scrutin'),
    en: inStateEn('opening a vote'),
  },
  VOTE_RESULT_NOT_ALLOWED: {
    code: 'CONFLICT',
    fr: inState('l’enregistrement d’un résultat de vote'),
    en: inStateEn('recording a vote’s result'),
  },
  SUPPORT_CLOSED: {
    code: 'CONFLICT',
    fr: inState('le soutien'),
    en: inStateEn('supporting it'),
  },
  COMMENTS_CLOSED: {
    code: 'CONFLICT',
    fr: inState('le commentaire'),
    en: inStateEn('commenting'),
  },
  COMMENT_EDIT_CLOSED: {
    code: 'CONFLICT',
    fr: inState('la modification d’un commentaire'),
    en: inStateEn('editing a comment'),
  },
  COMMENT_NOT_FOUND: {
    code: 'NOT_FOUND',
    fr: 'Ce commentaire n’existe pas.',
    en: 'This comment does not exist.',
  },
  COMMENT_PARENT_NOT_FOUND: {
    code: 'NOT_FOUND',
    fr: 'Le commentaire auquel vous répondez n’existe pas.',
    en: 'The comment you reply to does not exist.',
  },
  COMMENT_REPLY_TO_REPLY: {
    code: 'BAD_USER_INPUT',
    fr: 'On répond à un commentaire, pas à une réponse.',
    en: 'One replies to a comment, not to a reply.',
  },
  COMMENT_AUTHOR_ONLY: {
    code: 'FORBIDDEN',
    fr: 'Seul son auteur modifie ou supprime un commentaire.',
    en: 'Only its author edits or deletes a comment.',
  },
  COMMENT_NOT_SHOWN: {
    code: 'CONFLICT',
    fr: 'Ce commentaire n’est plus affiché.',
    en: 'This comment is no longer shown.',
  },
  COMMENT_ALREADY_HIDDEN: {
    code: 'CONFLICT',
    fr: 'Ce commentaire n’est déjà plus affiché.',
    en: 'This comment is already no longer shown.',
  },
  COMMENT_MODERATION_FACILITATORS_ONLY: {
    code: 'FORBIDDEN',
    fr: 'Seuls les animateurs du groupe modèrent les commentaires.',
    en: 'Only the group’s facilitators moderate comments.',
  },
  AMENDMENTS_CLOSED: {
    code: 'CONFLICT',
    fr: inState('l’amendement'),
    en: inStateEn('amending'),
  },
  AMENDMENT_DECISION_CLOSED: {
    code: 'CONFLICT',
    fr: inState('la décision sur un amendement'),
    en: inStateEn('deciding on an amendment'),
  },
  AMENDMENT_BY_AUTHOR: {
    code: 'BAD_USER_INPUT',
    fr: 'Vous êtes auteur de la proposition : modifiez-la directement.',
    en: 'You are an author of the proposal: edit it directly.',
  },
  AMENDMENT_NOT_FOUND: {
    code: 'NOT_FOUND',
    fr: 'Cet amendement n’existe pas.',
    en: 'This amendment does not exist.',
  },
  AMENDMENT_REJECTION_REASON_MISSING: {
    code: 'BAD_USER_INPUT',
    fr: 'Indiquez le motif du rejet : l’auteur de l’amendement le recevra.',
    en: 'Give the reason for the rejection: the amendment’s author will receive it.',
  },
  AMENDMENT_OUTDATED: {
    code: 'CONFLICT',
    fr: 'Le texte a changé depuis cet amendement (révision {{baseRevision}}, maintenant {{revision}}) : demandez à son auteur de le reprendre.',
    en: 'The text changed since this amendment (revision {{baseRevision}}, now {{revision}}): ask its author to rework it.',
  },
  AMENDMENT_TEXT_CHANGED: {
    code: 'CONFLICT',
    fr: 'Le texte a changé entre-temps : rechargez la page.',
    en: 'The text changed meanwhile: reload the page.',
  },
  AMENDMENT_ALREADY_DECIDED: {
    code: 'CONFLICT',
    fr: 'Cet amendement a déjà été traité.',
    en: 'This amendment was already dealt with.',
  },
  AMENDMENT_AUTHOR_ONLY: {
    code: 'FORBIDDEN',
    fr: 'Seul son auteur retire un amendement.',
    en: 'Only its author withdraws an amendment.',
  },
  STATISTICS_PERIOD_INVALID: {
    code: 'BAD_USER_INPUT',
    fr: 'La période doit commencer avant de finir.',
    en: 'The period must begin before it ends.',
  },
});
