import { Field, GraphQLISODateTime, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { enumOf, Paginated } from '@ouvroir/core';
import { AuditAction } from '../audit-entry.entity';

/**
 * The GraphQL enum of every domain's acts, filled by `registerAuditActions` from the list of domain
 * libraries before the schema is built (Nest reads an enum's values then, not at registration).
 */
export const AuditActionEnum: Record<string, AuditAction> = {};
registerEnumType(AuditActionEnum, { name: 'AuditAction', description: 'Un acte de gouvernance du journal.' });

/** Adds the domains' acts to the journal's enum; a name declared twice is a mistake. */
export function registerAuditActions(actions: readonly AuditAction[]): void {
  for (const action of actions) {
    if (action in AuditActionEnum) throw new Error(`journal act « ${action} » declared twice`);
  }
  Object.assign(AuditActionEnum, enumOf(actions));
}

@ObjectType('AuditEntry', { description: 'Une entrée du journal : qui a fait quel acte de gouvernance, et quand.' })
export class AuditEntryModel {
  @Field(() => ID)
  id: string;

  @Field(() => AuditActionEnum)
  action: AuditAction;

  @Field(() => String, { nullable: true })
  actorId: string | null;

  @Field(() => String, { nullable: true })
  groupId: string | null;

  @Field({ description: 'Ce sur quoi porte l’acte : group, membership, join_request, invitation…' })
  targetType: string;

  @Field()
  targetId: string;

  @Field(() => String, { nullable: true, description: 'La personne concernée par l’acte, s’il y en a une.' })
  subjectUserId: string | null;

  @Field({ description: 'Les précisions de l’acte (rôle, motif, adresse invitée…), en JSON.' })
  details: string;

  @Field(() => GraphQLISODateTime)
  occurredAt: Date;
}

@ObjectType('AuditEntryConnection')
export class AuditEntryConnection extends Paginated(AuditEntryModel) {}
