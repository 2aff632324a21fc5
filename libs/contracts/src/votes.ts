import { errorReasons } from './errors';

/** Lengths and counts a vote's fields may have; the cancelling reason too. */
export const VOTE_LIMITS = {
  titleMax: 200,
  descriptionMax: 5_000,
  optionMax: 200,
  optionsMin: 2,
  optionsMax: 30,
  reasonMax: 1_000,
  /** A ballot secret, in base64url: 22 characters (128 bits) at least. */
  ballotSecretMin: 22,
  ballotSecretMax: 128,
} as const;

export const VOTE_ERRORS = errorReasons({
  // Seeing and organising
  VOTE_NOT_FOUND: {
    code: 'NOT_FOUND',
    fr: 'Ce scrutin n’existe pas, ou il ne vous est pas visible.',
    en: 'This vote does not exist, or you may not see it.',
  },
  VOTE_COMMITTEE_NOT_FOUND: {
    code: 'NOT_FOUND',
    fr: 'Ce comité n’existe pas, ou il est réservé à ses membres.',
    en: 'This committee does not exist, or it is for its members only.',
  },
  VOTE_MANAGERS_ONLY: {
    code: 'FORBIDDEN',
    fr: 'Seuls les animateurs du comité peuvent organiser ses scrutins.',
    en: 'Only the committee’s facilitators may organise its votes.',
  },
  VOTE_STATUS_FORBIDS: {
    code: 'CONFLICT',
    fr: 'Le scrutin est {{statusName}} : {{what}} n’est pas possible.',
    en: 'The vote is {{status}}: this is not possible.',
  },
  VOTE_CLOSED: {
    code: 'CONFLICT',
    fr: 'Le scrutin est clos : {{what}} n’est plus possible.',
    en: 'The vote is closed: this is no longer possible.',
  },
  VOTE_CHANGED_MEANWHILE: {
    code: 'CONFLICT',
    fr: 'Le scrutin a changé entre-temps : rechargez la page.',
    en: 'The vote changed meanwhile: reload the page.',
  },
  VOTE_OUTSIDE_COMMITTEE: {
    code: 'BAD_USER_INPUT',
    fr: 'Les scrutins se tiennent dans un comité.',
    en: 'Votes are held in a committee.',
  },
  VOTE_COMMITTEE_ARCHIVED: {
    code: 'CONFLICT',
    fr: 'Ce comité est archivé.',
    en: 'This committee is archived.',
  },
  VOTE_PROPOSAL_ELSEWHERE: {
    code: 'BAD_USER_INPUT',
    fr: 'Cette proposition n’est pas adressée à ce comité.',
    en: 'This proposal is not addressed to this committee.',
  },
  VOTE_PROPOSAL_NOT_SUBMITTED: {
    code: 'CONFLICT',
    fr: 'Seule une proposition soumise au comité peut être mise au vote.',
    en: 'Only a proposal submitted to the committee may be put to the vote.',
  },
  VOTE_PROPOSAL_HIDDEN: {
    code: 'CONFLICT',
    fr: 'Cette proposition est réservée aux membres de son groupe : un scrutin de ce comité public publierait son titre. Votez-la dans un comité réservé à ses membres, ou rendez le groupe public.',
    en: 'This proposal is for its group’s members only: a vote of this public committee would publish its title. Vote on it in a members-only committee, or make the group public.',
  },
  VOTE_ALREADY_ON_PROPOSAL: {
    code: 'CONFLICT',
    fr: 'Un scrutin est déjà prévu ou ouvert sur cette proposition.',
    en: 'A vote is already scheduled or open on this proposal.',
  },
  VOTE_METHOD_UNKNOWN: {
    code: 'BAD_USER_INPUT',
    fr: 'Mode de scrutin inconnu.',
    en: 'Unknown voting method.',
  },
  VOTE_PROPOSAL_METHOD: {
    code: 'BAD_USER_INPUT',
    fr: 'Une proposition se vote pour, contre ou abstention.',
    en: 'A proposal is voted for, against or abstain.',
  },
  VOTE_OPTIONS_METHOD: {
    code: 'BAD_USER_INPUT',
    fr: 'Un scrutin sans proposition porte sur des options : jugement majoritaire ou approbation.',
    en: 'A vote without a proposal is on options: majority judgment or approval.',
  },
  VOTE_THRESHOLD_REQUIRED: {
    code: 'BAD_USER_INPUT',
    fr: 'Choisissez la majorité requise : simple, absolue ou des deux tiers.',
    en: 'Choose the required majority: simple, absolute or two thirds.',
  },
  VOTE_OPTIONS_COUNT: {
    code: 'BAD_USER_INPUT',
    fr: 'Proposez entre {{min}} et {{max}} options.',
    en: 'Offer between {{min}} and {{max}} options.',
  },
  VOTE_OPTIONS_TWICE: {
    code: 'BAD_USER_INPUT',
    fr: 'Deux options portent le même libellé.',
    en: 'Two options have the same label.',
  },
  VOTE_QUORUM_INVALID: {
    code: 'BAD_USER_INPUT',
    fr: 'Le quorum est un pourcentage entier des votants, de 0 à 100.',
    en: 'The quorum is a whole percentage of the voters, from 0 to 100.',
  },
  VOTE_DATE_UNREADABLE: {
    code: 'BAD_USER_INPUT',
    fr: 'Date illisible : utilisez le format 2026-11-28T18:00:00+01:00.',
    en: 'Unreadable date: use the format 2026-11-28T18:00:00+01:00.',
  },
  VOTE_CLOSING_TOO_EARLY: {
    code: 'BAD_USER_INPUT',
    fr: 'La clôture doit venir après l’ouverture, et dans le futur.',
    en: 'The closing must come after the opening, and in the future.',
  },

  // Ballots
  VOTER_NOT_ON_ROLL: {
    code: 'FORBIDDEN',
    fr: 'Vous n’êtes pas sur la liste des votants de ce scrutin (les votants du comité à son ouverture).',
    en: 'You are not on this vote’s roll (the committee’s voters when it opened).',
  },
  VOTER_GAVE_PROXY: {
    code: 'CONFLICT',
    fr: 'Vous avez donné procuration pour ce scrutin : révoquez-la pour voter vous-même.',
    en: 'You gave a proxy for this vote: revoke it to vote yourself.',
  },
  BALLOT_ALREADY_CAST: {
    code: 'CONFLICT',
    fr: 'Ce bulletin est déjà dans l’urne : pour le changer, utilisez « Modifier mon bulletin ».',
    en: 'This ballot is already in the box: to change it, use “Change my ballot”.',
  },
  BALLOT_ALREADY_CAST_FOR_GOOD: {
    code: 'CONFLICT',
    fr: 'Ce bulletin est déjà dans l’urne, et ce scrutin ne permet pas de le changer.',
    en: 'This ballot is already in the box, and this vote does not allow changing it.',
  },
  BALLOT_CAST_MEANWHILE: {
    code: 'CONFLICT',
    fr: 'Ce bulletin est déjà dans l’urne.',
    en: 'This ballot is already in the box.',
  },
  BALLOT_SECRET_USED: {
    code: 'CONFLICT',
    fr: 'Ce code secret a déjà servi pour un autre bulletin : rechargez la page pour en créer un nouveau.',
    en: 'This secret code was already used for another ballot: reload the page to make a new one.',
  },
  BALLOT_SECRET_UNREADABLE: {
    code: 'BAD_USER_INPUT',
    fr: 'Le code secret du bulletin est illisible : rechargez la page pour que votre navigateur en crée un.',
    en: 'The ballot’s secret code is unreadable: reload the page for your browser to make one.',
  },
  BALLOT_SECRET_UNKNOWN: {
    code: 'NOT_FOUND',
    fr: 'Aucun bulletin de ce scrutin ne correspond à ce code secret : seul celui du vote permet de le modifier.',
    en: 'No ballot of this vote matches this secret code: only the one it was cast with can change it.',
  },
  BALLOT_RECEIPT_UNKNOWN: {
    code: 'NOT_FOUND',
    fr: 'Aucun bulletin de ce scrutin ne porte ce reçu : vérifiez-le.',
    en: 'No ballot of this vote carries this receipt: check it.',
  },
  BALLOT_CHANGES_NOT_ALLOWED: {
    code: 'CONFLICT',
    fr: 'Ce scrutin ne permet pas de changer son bulletin.',
    en: 'This vote does not allow changing one’s ballot.',
  },
  BALLOT_NOT_CAST: {
    code: 'CONFLICT',
    fr: 'Aucun bulletin à modifier : votez d’abord.',
    en: 'No ballot to change: vote first.',
  },
  BALLOT_POSITION_EXPECTED: {
    code: 'BAD_USER_INPUT',
    fr: 'Ce scrutin se vote pour, contre ou abstention.',
    en: 'This vote is cast for, against or abstain.',
  },
  BALLOT_GRADES_EXPECTED: {
    code: 'BAD_USER_INPUT',
    fr: 'Ce scrutin se vote au jugement majoritaire : donnez une mention à chaque option.',
    en: 'This vote is by majority judgment: give each option a grade.',
  },
  BALLOT_APPROVALS_EXPECTED: {
    code: 'BAD_USER_INPUT',
    fr: 'Ce scrutin se vote par approbation : cochez les options que vous approuvez.',
    en: 'This vote is by approval: tick the options you approve.',
  },
  BALLOT_POSITION_UNKNOWN: {
    code: 'BAD_USER_INPUT',
    fr: 'Choisissez pour, contre ou abstention.',
    en: 'Choose for, against or abstain.',
  },
  BALLOT_OPTION_UNKNOWN: {
    code: 'BAD_USER_INPUT',
    fr: 'Option inconnue : « {{option}} ».',
    en: 'Unknown option: “{{option}}”.',
  },
  BALLOT_GRADE_UNKNOWN: {
    code: 'BAD_USER_INPUT',
    fr: 'Mention inconnue : « {{grade}} ».',
    en: 'Unknown grade: “{{grade}}”.',
  },
  BALLOT_GRADED_TWICE: {
    code: 'BAD_USER_INPUT',
    fr: 'L’option « {{label}} » a reçu deux mentions.',
    en: 'The option “{{label}}” was given two grades.',
  },
  BALLOT_GRADE_MISSING: {
    code: 'BAD_USER_INPUT',
    fr: 'Donnez une mention à « {{label}} » : chaque option en reçoit une.',
    en: 'Give “{{label}}” a grade: every option gets one.',
  },
  BALLOT_APPROVED_TWICE: {
    code: 'BAD_USER_INPUT',
    fr: 'L’option « {{label}} » est cochée deux fois.',
    en: 'The option “{{label}}” is ticked twice.',
  },

  // Proxies
  PROXY_NOT_HELD: {
    code: 'FORBIDDEN',
    fr: 'Vous ne détenez pas de procuration de cette personne pour ce scrutin.',
    en: 'You do not hold this person’s proxy for this vote.',
  },
  PROXY_NOT_GIVEN: {
    code: 'NOT_FOUND',
    fr: 'Vous n’avez pas donné de procuration pour ce scrutin.',
    en: 'You have not given a proxy for this vote.',
  },
  PROXY_TO_ONESELF: {
    code: 'BAD_USER_INPUT',
    fr: 'Donnez procuration à un autre votant que vous-même.',
    en: 'Give your proxy to a voter other than yourself.',
  },
  PROXY_HOLDER_NOT_ON_ROLL: {
    code: 'BAD_USER_INPUT',
    fr: 'Cette personne n’est pas votante de ce scrutin : la procuration va à un autre votant du comité.',
    en: 'This person is not a voter of this vote: a proxy goes to another voter of the committee.',
  },
  PROXY_AFTER_BALLOT: {
    code: 'CONFLICT',
    fr: 'Votre bulletin est déjà dans l’urne : une procuration n’a plus d’objet.',
    en: 'Your ballot is already in the box: a proxy has no purpose any more.',
  },
  PROXY_ALREADY_GIVEN: {
    code: 'CONFLICT',
    fr: 'Vous avez déjà donné procuration pour ce scrutin : révoquez-la d’abord.',
    en: 'You already gave a proxy for this vote: revoke it first.',
  },
  PROXY_GIVEN_MEANWHILE: {
    code: 'CONFLICT',
    fr: 'Vous avez déjà donné procuration pour ce scrutin.',
    en: 'You already gave a proxy for this vote.',
  },
  PROXY_HOLDER_CANNOT_GIVE: {
    code: 'CONFLICT',
    fr: 'Vous détenez une procuration pour ce scrutin : vous ne pouvez pas donner la vôtre.',
    en: 'You hold a proxy for this vote: you cannot give yours.',
  },
  PROXY_ALREADY_HELD: {
    code: 'CONFLICT',
    fr: 'Cette personne détient déjà une procuration pour ce scrutin (une au plus).',
    en: 'This person already holds a proxy for this vote (one at most).',
  },
  PROXY_HELD_MEANWHILE: {
    code: 'CONFLICT',
    fr: 'Cette personne détient déjà une procuration pour ce scrutin.',
    en: 'This person already holds a proxy for this vote.',
  },
  PROXY_HOLDER_GAVE_ONE: {
    code: 'CONFLICT',
    fr: 'Cette personne a elle-même donné procuration pour ce scrutin.',
    en: 'This person gave a proxy for this vote themselves.',
  },
  PROXY_USED: {
    code: 'CONFLICT',
    fr: 'La procuration a déjà servi : votre bulletin est dans l’urne, elle ne peut plus être révoquée.',
    en: 'The proxy was used: your ballot is in the box, it can no longer be revoked.',
  },
});
