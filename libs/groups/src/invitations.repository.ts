import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import { DataSource, EntityManager } from 'typeorm';
import { InvitationEntity } from './invitation.entity';

@Injectable()
export class InvitationsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  saveInvitation(manager: EntityManager, invitation: Partial<InvitationEntity>): Promise<InvitationEntity> {
    return manager.save(InvitationEntity, manager.create(InvitationEntity, invitation));
  }

  async findInvitation(id: string): Promise<InvitationEntity | null> {
    return isUUID(id) ? this.dataSource.manager.findOneBy(InvitationEntity, { id }) : null;
  }

  findInvitationByTokenHash(tokenHash: string): Promise<InvitationEntity | null> {
    return this.dataSource.manager.findOneBy(InvitationEntity, { tokenHash });
  }

  /** Invitations neither accepted nor revoked: of a group, or addressed to a user. */
  openInvitations(where: { groupId: string } | { invitedUserId: string }): Promise<InvitationEntity[]> {
    const builder = this.dataSource.manager
      .createQueryBuilder(InvitationEntity, 'invitation')
      .where('invitation.accepted_at IS NULL AND invitation.revoked_at IS NULL');
    if ('groupId' in where) builder.andWhere('invitation.group_id = :groupId', where);
    else builder.andWhere('invitation.invited_user_id = :invitedUserId AND invitation.expires_at > now()', where);
    return builder.orderBy('invitation.created_at', 'DESC').getMany();
  }

  /** Marks an open invitation used or revoked; false when it already was (single use, even under races). */
  async closeInvitation(
    manager: EntityManager,
    id: string,
    change: { acceptedBy: string } | { revoked: true },
  ): Promise<boolean> {
    const set =
      'acceptedBy' in change
        ? { acceptedBy: change.acceptedBy, acceptedAt: () => 'now()' }
        : { revokedAt: () => 'now()' };
    const result = await manager
      .createQueryBuilder()
      .update(InvitationEntity)
      .set(set)
      .where('id = :id AND accepted_at IS NULL AND revoked_at IS NULL', { id })
      .execute();
    return result.affected === 1;
  }
}
