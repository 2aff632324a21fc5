import type { NotificationKind } from '@ouvroir/contracts';
import { PROPOSAL_STATE_LABELS } from '@ouvroir/proposals';

/** What a notification's sentence needs, read as its recipient may see it. */
export interface NoticeText {
  kind: NotificationKind;
  count: number;
  actorName: string | null;
  /** The proposal's or vote's title, or the group's name. */
  subjectTitle: string;
  data: Record<string, unknown>;
  url: string;
}

const OUTCOMES: Record<string, string> = {
  adopted: 'proposition adoptée',
  rejected: 'proposition rejetée',
  no_quorum: 'quorum non atteint',
  ranked: 'classement publié',
};

const dateOf = (value: unknown) =>
  typeof value === 'string'
    ? new Intl.DateTimeFormat('fr-FR', { dateStyle: 'full', timeStyle: 'short', timeZone: 'Europe/Paris' }).format(
        new Date(value),
      )
    : '';

/** The sentence, in French, with the title between « ». */
export function sentence(notice: NoticeText): string {
  const { count, data } = notice;
  const who = notice.actorName ?? 'Quelqu’un';
  const title = `« ${notice.subjectTitle} »`;
  const many = count > 1;
  switch (notice.kind) {
    case 'group_invitation':
      return `${who} vous invite à rejoindre le groupe ${title}.`;
    case 'join_request_received':
      return many
        ? `${count} demandes d’adhésion au groupe ${title} attendent votre décision.`
        : `${who} demande à rejoindre le groupe ${title}.`;
    case 'join_request_decided':
      return `Votre demande d’adhésion au groupe ${title} est ${data.accepted ? 'acceptée' : 'refusée'}.`;
    case 'coauthor_invited':
      return `${who} vous invite à co-écrire la proposition ${title}.`;
    case 'coauthor_answered':
      return data.accepted
        ? `${who} a accepté de co-écrire la proposition ${title}.`
        : `${who} a décliné l’invitation à co-écrire la proposition ${title}.`;
    case 'amendment_proposed':
      return many
        ? `${count} amendements sont proposés à ${title}.`
        : `${who} propose un amendement à la proposition ${title}.`;
    case 'amendment_decided':
      return `Votre amendement à la proposition ${title} est ${data.accepted ? 'accepté' : 'rejeté'}.`;
    case 'mention':
      return many
        ? `Vous êtes mentionné ${count} fois dans la discussion de ${title}.`
        : `${who} vous mentionne dans la discussion de ${title}.`;
    case 'comment':
      return many
        ? `${count} nouveaux commentaires sur la proposition ${title}.`
        : `${who} a commenté la proposition ${title}.`;
    case 'proposal_moved':
      return `La proposition ${title} est désormais : ${PROPOSAL_STATE_LABELS[data.state as keyof typeof PROPOSAL_STATE_LABELS] ?? String(data.state)}.`;
    case 'vote_opened':
      return `Le scrutin ${title} est ouvert jusqu’au ${dateOf(data.closesAt)}.`;
    case 'vote_closing':
      return `Le scrutin ${title} se clôt le ${dateOf(data.closesAt)} et vous n’avez pas encore voté.`;
    case 'vote_closed':
      return `Le scrutin ${title} est clos : ${OUTCOMES[String(data.outcome)] ?? String(data.outcome)}.`;
    case 'proxy_given':
      return `${who} vous donne procuration pour le scrutin ${title}.`;
    case 'proxy_used':
      return `${who} a voté pour vous, avec votre procuration, au scrutin ${title}.`;
    case 'common_maintainer_message':
      return `${who} vous écrit au sujet du commun ${title} : « ${typeof data.message === 'string' ? data.message : ''} »`;
    case 'common_maintainer_added':
      return `${who} vous nomme mainteneur du commun ${title}.`;
    case 'common_usage_declared':
      return many
        ? `${count} structures déclarent utiliser le commun ${title}.`
        : `${who} déclare que sa structure utilise le commun ${title}.`;
    case 'common_maintenance_due':
      return `Confirmez que vous maintenez toujours le commun ${title} : sa fiche affiche « à confirmer ».`;
    case 'call_opened':
      return `L’appel à communs ${title} est ouvert aux candidatures.`;
    case 'review_assigned':
      return many
        ? `${count} affectations d’évaluation dans l’appel ${title}.`
        : `${who} vous confie des candidatures à évaluer dans l’appel ${title}.`;
    case 'eligibility_decided':
      return `Votre candidature « ${String(data.common)} » à l’appel ${title} est ${data.accepted ? 'éligible' : 'déclarée inéligible'}.`;
    case 'submission_decided':
      return `Votre candidature « ${String(data.common)} » à l’appel ${title} est ${data.accepted ? 'retenue' : 'non retenue'}.`;
    case 'milestone_late':
      return `Le jalon « ${String(data.milestone)} » de « ${String(data.common)} », lauréat de l’appel ${title}, est en retard.`;
    case 'contribution_attested':
      return `${who} atteste votre contribution au groupe ${title} : l’attestation figure sur votre profil.`;
  }
}

const LINK_TEXT: Record<string, string> = {
  group: 'Voir le groupe',
  proposal: 'Voir la proposition',
  common: 'Voir le commun',
  common_message: 'Voir le commun',
  vote: 'Voir le scrutin',
  call: 'Voir l’appel',
};

export interface RenderedMail {
  subject: string;
  html: string;
  text: string;
}

const escape = (text: string) => text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);

/**
 * A mail's HTML (lang="fr", a real heading, links whose text says where they go) and its plain
 * text: the same words.
 */
export function render(options: {
  subject: string;
  heading: string;
  items: { sentence: string; url: string; linkText: string }[];
  preferencesUrl: string;
  unsubscribe: { url: string; what: string } | null;
}): RenderedMail {
  const items = options.items
    .map(
      (item) =>
        `<li><p>${escape(item.sentence)}</p><p><a href="${escape(item.url)}">${escape(item.linkText)}</a></p></li>`,
    )
    .join('\n');
  const footer = [
    `<p><a href="${escape(options.preferencesUrl)}">Régler mes notifications</a></p>`,
    options.unsubscribe
      ? `<p><a href="${escape(options.unsubscribe.url)}">Ne plus recevoir de courriels pour ${escape(options.unsubscribe.what)}</a></p>`
      : '',
  ].join('\n');
  const html = `<!DOCTYPE html>
<html lang="fr">
<head><meta charset="utf-8"><title>${escape(options.subject)}</title></head>
<body>
<h1>${escape(options.heading)}</h1>
<ul>
${items}
</ul>
<footer>
${footer}
</footer>
</body>
</html>
`;
  const text = [
    options.heading,
    '',
    ...options.items.flatMap((item) => [`- ${item.sentence}`, `  ${item.linkText} : ${item.url}`]),
    '',
    `Régler mes notifications : ${options.preferencesUrl}`,
    ...(options.unsubscribe
      ? [`Ne plus recevoir de courriels pour ${options.unsubscribe.what} : ${options.unsubscribe.url}`]
      : []),
    '',
  ].join('\n');
  return { subject: options.subject, html, text };
}

export const linkTextOf = (subjectType: string, title: string) => `${LINK_TEXT[subjectType] ?? 'Voir'} « ${title} »`;

/** What an unsubscribe link stops, in words. */
export const KIND_NAMES: Record<NotificationKind, string> = {
  group_invitation: 'les invitations à un groupe',
  join_request_received: 'les demandes d’adhésion à vos groupes',
  join_request_decided: 'les réponses à vos demandes d’adhésion',
  coauthor_invited: 'les invitations à co-écrire',
  coauthor_answered: 'les réponses à vos invitations à co-écrire',
  amendment_proposed: 'les amendements proposés',
  amendment_decided: 'les décisions sur vos amendements',
  mention: 'les mentions',
  comment: 'les commentaires des propositions suivies',
  proposal_moved: 'les changements d’état des propositions suivies',
  vote_opened: 'les ouvertures de scrutin',
  vote_closing: 'les rappels avant clôture d’un scrutin',
  vote_closed: 'les résultats des scrutins',
  proxy_given: 'les procurations reçues',
  proxy_used: 'l’usage de vos procurations',
  common_maintainer_message: 'les messages adressés aux mainteneurs de vos communs',
  common_maintainer_added: 'les nominations comme mainteneur d’un commun',
  common_usage_declared: 'les déclarations d’usage de vos communs',
  common_maintenance_due: 'les rappels de confirmer la maintenance de vos communs',
  call_opened: 'les ouvertures d’appels à communs de vos comités',
  review_assigned: 'les évaluations qui vous sont confiées',
  eligibility_decided: 'l’éligibilité de vos candidatures',
  submission_decided: 'les décisions sur vos candidatures',
  milestone_late: 'les jalons en retard des lauréats',
  contribution_attested: 'les attestations de vos contributions',
};
