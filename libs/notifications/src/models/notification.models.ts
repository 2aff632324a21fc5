import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  FOLLOW_SUBJECTS,
  FollowSubject,
  NOTIFICATION_CADENCES,
  NOTIFICATION_KINDS,
  NotificationCadence,
  NotificationKind,
} from '@ouvroir/contracts';
import { enumOf, Paginated } from '@ouvroir/core';
import { MAIL_STATUSES, MailStatus, NotificationSubject } from '../notification.entity';

export const NotificationKindEnum = enumOf(NOTIFICATION_KINDS);
export const NotificationCadenceEnum = enumOf(NOTIFICATION_CADENCES);
export const FollowSubjectEnum = enumOf(FOLLOW_SUBJECTS);
export const NotificationSubjectEnum = enumOf<NotificationSubject>([
  'group',
  'proposal',
  'vote',
  'common',
  'common_message',
]);
export const MailStatusEnum = enumOf(MAIL_STATUSES);
registerEnumType(NotificationKindEnum, { name: 'NotificationKind', description: 'Ce dont une notification avertit.' });
registerEnumType(NotificationCadenceEnum, {
  name: 'NotificationCadence',
  description: 'Quand l’envoyer par courriel : aussitôt, dans le résumé du jour ou de la semaine, jamais.',
});
registerEnumType(FollowSubjectEnum, { name: 'FollowSubject', description: 'Ce qu’on peut suivre.' });
registerEnumType(NotificationSubjectEnum, {
  name: 'NotificationSubject',
  description: 'Ce dont parle une notification.',
});
registerEnumType(MailStatusEnum, { name: 'MailStatus', description: 'Où en est un courriel.' });

@ObjectType('NotificationData', {
  description: 'Ce dont la phrase de la notification a besoin (le client la compose selon le type).',
})
export class NotificationDataModel {
  @Field(() => Boolean, { nullable: true, description: 'Invitation, demande, amendement : accepté ou non.' })
  accepted?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Proposition déplacée : son nouvel état.' })
  state?: string | null;

  @Field(() => String, { nullable: true, description: 'Scrutin clos : son issue (adopted, rejected…).' })
  outcome?: string | null;

  @Field(() => Date, { nullable: true, description: 'Scrutin : sa clôture.' })
  closesAt?: Date | null;

  @Field(() => String, {
    nullable: true,
    description: 'Message relayé aux mainteneurs d’un commun : son texte (il ne leur parvient que par là).',
  })
  message?: string | null;
}

@ObjectType('Notification', { description: 'Une notification, à moi seul adressée.' })
export class NotificationModel {
  @Field(() => ID)
  id: string;

  @Field(() => NotificationKindEnum)
  kind: NotificationKind;

  @Field(() => NotificationSubjectEnum)
  subjectType: NotificationSubject;

  @Field(() => ID)
  subjectId: string;

  @Field({ description: 'Le chemin de la page concernée (/propositions/…).' })
  link: string;

  @Field(() => Int, { description: 'Combien d’événements de ce type sur ce sujet elle regroupe (non lue).' })
  count: number;

  @Field(() => Date, { nullable: true })
  readAt: Date | null;

  @Field()
  createdAt: Date;

  @Field({ description: 'Le dernier événement regroupé (l’ordre de la liste).' })
  updatedAt: Date;

  actorId: string | null;
  groupId: string | null;
  data: Record<string, unknown>;
}

@ObjectType()
export class NotificationConnection extends Paginated(NotificationModel) {}

@InputType('NotificationFilter')
export class NotificationFilterInput {
  @Field(() => Boolean, { nullable: true, description: 'Non lues seulement (true) ou lues seulement (false).' })
  unread?: boolean | null;

  @Field(() => NotificationKindEnum, { nullable: true })
  kind?: NotificationKind | null;
}

@ObjectType('NotificationPreference', { description: 'Quand recevoir par courriel un type de notification.' })
export class NotificationPreferenceModel {
  @Field(() => NotificationKindEnum)
  kind: NotificationKind;

  @Field(() => NotificationCadenceEnum)
  cadence: NotificationCadence;

  @Field({ description: 'Vrai tant que la personne n’a pas choisi : la valeur par défaut s’applique.' })
  isDefault: boolean;
}

@ObjectType('NotificationGroupPreference', { description: 'Le réglage d’un type pour un groupe, qui prime.' })
export class NotificationGroupPreferenceModel {
  @Field(() => NotificationKindEnum)
  kind: NotificationKind;

  @Field(() => NotificationCadenceEnum)
  cadence: NotificationCadence;

  groupId: string;
}

@ObjectType('NotificationPreferences')
export class NotificationPreferencesModel {
  @Field(() => [NotificationPreferenceModel], { description: 'Pour chaque type, dans tous les groupes.' })
  kinds: NotificationPreferenceModel[];

  @Field(() => [NotificationGroupPreferenceModel], { description: 'Les réglages propres à un groupe.' })
  groupOverrides: NotificationGroupPreferenceModel[];
}

@InputType('FollowInput', { description: 'Une proposition ou le salon d’un groupe.' })
export class FollowInput {
  @Field(() => FollowSubjectEnum)
  type: FollowSubject;

  @Field(() => ID)
  id: string;
}

@ObjectType('MailDelivery', { description: 'Un courriel, pour les administrateurs (ceux en échec).' })
export class MailDeliveryModel {
  @Field(() => ID)
  id: string;

  @Field(() => String, { nullable: true, description: 'L’adresse à laquelle il était envoyé.' })
  address: string | null;

  @Field(() => MailStatusEnum)
  status: MailStatus;

  @Field(() => Int)
  attempts: number;

  @Field(() => String, { nullable: true, description: 'La dernière réponse du serveur de courriel.' })
  lastError: string | null;

  @Field(() => String, { nullable: true, description: 'Résumé : daily:AAAA-MM-JJ ou weekly:AAAA-MM-JJ.' })
  digestPeriod: string | null;

  @Field(() => Int, { description: 'Combien de notifications il portait.' })
  notificationCount: number;

  @Field()
  createdAt: Date;

  @Field()
  updatedAt: Date;

  recipientId: string | null;
}

@ObjectType()
export class MailDeliveryConnection extends Paginated(MailDeliveryModel) {}

@ObjectType('UnsubscribeLink', { description: 'Ce dont un lien de désabonnement désabonne.' })
export class UnsubscribeLinkModel {
  @Field(() => NotificationKindEnum)
  kind: NotificationKind;

  @Field(() => String, { nullable: true, description: 'Le groupe, si le lien ne vaut que pour lui.' })
  groupName: string | null;

  @Field(() => NotificationCadenceEnum, { description: 'Le réglage actuel.' })
  cadence: NotificationCadence;

  @Field({ description: 'Faux si un choix plus récent l’a remplacé : le lien ne s’applique plus.' })
  applies: boolean;
}

@ObjectType('DevelopmentMail', { description: 'Un courriel écrit sur disque (développement, sans SMTP_URL).' })
export class DevelopmentMailModel {
  @Field({ description: 'Le nom du fichier .eml.' })
  id: string;

  @Field()
  to: string;

  @Field()
  subject: string;

  @Field()
  date: Date;

  @Field()
  text: string;

  @Field()
  html: string;
}
