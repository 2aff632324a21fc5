import { Args, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AuditEntryConnection, AuditEntryEntity, AuditEntryModel } from '@ouvroir/audit';
import { PageArgs, SignedIn } from '@ouvroir/core';
import { Actor, CurrentActor, IdentityService, userLoader, UserModel, actorOf } from '@ouvroir/identity';
import { groupLoader } from './group-loaders';
import { GroupJournalService } from './group-journal.service';
import { GroupsService } from './groups.service';
import { AuditFilterInput, GroupModel } from './models/group.models';

@Resolver(() => AuditEntryModel)
export class AuditEntryResolver {
  constructor(
    private readonly journal: GroupJournalService,
    private readonly groups: GroupsService,
    private readonly identity: IdentityService,
  ) {}

  @SignedIn()
  @Query(() => AuditEntryConnection, {
    description: 'Le journal des actes de gouvernance, du plus récent au plus ancien.',
  })
  auditLog(
    @CurrentActor() actor: Actor,
    @Args() { first, after }: PageArgs,
    @Args('filter', { nullable: true }) filter?: AuditFilterInput,
  ) {
    return this.journal.page(actor, filter ?? {}, first, after);
  }

  @ResolveField(() => UserModel, { nullable: true, description: 'Qui a fait l’acte.' })
  actor(entry: AuditEntryEntity, _args: unknown, context: object) {
    const viewer = actorOf(context);
    return entry.actorId ? userLoader(context, this.identity, viewer).load(entry.actorId) : null;
  }

  @ResolveField(() => UserModel, { nullable: true, description: 'La personne concernée.' })
  subject(entry: AuditEntryEntity, _args: unknown, context: object) {
    const viewer = actorOf(context);
    return entry.subjectUserId ? userLoader(context, this.identity, viewer).load(entry.subjectUserId) : null;
  }

  @ResolveField(() => GroupModel, { nullable: true })
  group(entry: AuditEntryEntity, _args: unknown, context: object) {
    const viewer = actorOf(context);
    return entry.groupId ? groupLoader(context, this.groups, viewer).load(entry.groupId) : null;
  }

  @ResolveField(() => String)
  details(entry: AuditEntryEntity): string {
    return JSON.stringify(entry.details);
  }
}
