import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { containing, entityColumns, keysetPage, Page, preparedQuery } from '@ouvroir/core';
import { DataSource, EntityManager, In } from 'typeorm';
import { IdentityLinkGrantEntity } from './identity-link-grant.entity';
import { IdentityEntity } from './identity.entity';
import { OrganisationEntity } from './organisation.entity';
import { AgreementForm, UserEntity } from './user.entity';

/** What a profile shows of an organisation (its dates are not read). */
export type ProfileOrganisation = Omit<OrganisationEntity, 'createdAt'>;

/** What a profile shows of a person, as `findProfiles` reads it. */
export type ProfileRow = Pick<
  UserEntity,
  'id' | 'displayName' | 'email' | 'organisationId' | 'platformRole' | 'status' | 'agreementForm' | 'publicProfile'
> & { organisation?: ProfileOrganisation | null };

/** The prefix of the organisation's columns in a user's row. */
const ORGANISATION = 'organisation.';

@Injectable()
export class IdentityRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  findIdentity(issuer: string, subject: string, manager = this.dataSource.manager): Promise<IdentityEntity | null> {
    return manager.findOne(IdentityEntity, { where: { issuer, subject }, relations: { user: true } });
  }

  /** One query: `findOne` with a relation would add a query to pick the id first. */
  findUser(id: string): Promise<UserEntity | null> {
    return this.dataSource.manager
      .createQueryBuilder(UserEntity, 'user')
      .leftJoinAndSelect('user.organisation', 'organisation')
      .where('user.id = :id', { id })
      .getOne();
  }

  /** Active users among `ids` whose name contains `search`, by name. */
  usersNamedAmong(ids: readonly string[], search: string, limit: number): Promise<UserEntity[]> {
    return this.dataSource.manager
      .createQueryBuilder(UserEntity, 'user')
      .leftJoinAndSelect('user.organisation', 'organisation')
      .where('user.id = ANY(:ids)', { ids })
      .andWhere("user.status = 'active'")
      .andWhere('user.display_name ILIKE :pattern', { pattern: containing(search) })
      .orderBy('user.display_name')
      .addOrderBy('user.id')
      .limit(limit)
      .getMany();
  }

  publicPeopleOf(organisationId: string, limit: number): Promise<UserEntity[]> {
    return this.dataSource.manager
      .createQueryBuilder(UserEntity, 'user')
      .where('user.organisation_id = :organisationId', { organisationId })
      .andWhere("user.status = 'active' AND user.public_profile")
      .orderBy('user.display_name')
      .addOrderBy('user.id')
      .limit(limit)
      .getMany();
  }

  /**
   * Users with their organisation, as a prepared statement read without the query builder: every
   * page naming people asks it (the directory's facilitators, the proposals' authors).
   */
  async findUsers(ids: readonly string[]): Promise<UserEntity[]> {
    if (ids.length === 0) return [];
    const rows = await preparedQuery<Record<string, unknown>>(
      this.dataSource,
      'users_by_ids',
      `SELECT ${entityColumns(this.dataSource, UserEntity, 'account')},
         ${entityColumns(this.dataSource, OrganisationEntity, 'organisation', ORGANISATION)}
       FROM user_account account LEFT JOIN organisation ON organisation.id = account.organisation_id
       WHERE account.id = ANY($1)`,
      [ids],
    );
    return rows.map((row) => {
      const own: Record<string, unknown> = {};
      const joined: Record<string, unknown> = {};
      for (const key in row) {
        if (key.startsWith(ORGANISATION)) joined[key.slice(ORGANISATION.length)] = row[key];
        else own[key] = row[key];
      }
      const user = Object.assign(new UserEntity(), own);
      if (joined.id) user.organisation = Object.assign(new OrganisationEntity(), joined);
      return user;
    });
  }

  /**
   * People as others see them (UserProfile), their organisation in the same row: only the columns a
   * profile shows, since every page naming people asks this (the directory's facilitators, the
   * proposals' authors) and each date read costs more than the rest of its row.
   */
  async findProfiles(ids: readonly string[]): Promise<ProfileRow[]> {
    if (ids.length === 0) return [];
    return preparedQuery<ProfileRow>(
      this.dataSource,
      'profiles_by_ids',
      `SELECT account.id, account.display_name AS "displayName", account.email,
         account.organisation_id AS "organisationId", account.platform_role AS "platformRole", account.status,
         account.agreement_form AS "agreementForm", account.public_profile AS "publicProfile",
         CASE WHEN organisation.id IS NOT NULL THEN json_build_object('id', organisation.id,
           'name', organisation.name, 'type', organisation.type, 'siret', organisation.siret,
           'uai', organisation.uai, 'emailDomains', organisation.email_domains) END AS organisation
       FROM user_account account LEFT JOIN organisation ON organisation.id = account.organisation_id
       WHERE account.id = ANY($1)`,
      [ids],
    );
  }

  /** A page of users, by name then id, after the cursor key; organisations joined in the same query. */
  pageOfUsers(
    search: string | undefined,
    byEmail: boolean,
    first: number,
    after?: unknown[],
  ): Promise<Page<UserEntity>> {
    const query = this.dataSource.manager
      .createQueryBuilder(UserEntity, 'user')
      .leftJoinAndSelect('user.organisation', 'organisation');
    if (search) {
      query.where(
        byEmail
          ? '(user.display_name ILIKE :pattern OR user.email ILIKE :pattern)'
          : 'user.display_name ILIKE :pattern',
        {
          pattern: containing(search),
        },
      );
    }
    return keysetPage(query, 'user.display_name', 'user.id', first, after);
  }

  pageOfOrganisations(search: string | undefined, first: number, after?: unknown[]): Promise<Page<OrganisationEntity>> {
    const query = this.dataSource.manager.createQueryBuilder(OrganisationEntity, 'organisation');
    if (search) {
      query.where('(organisation.name ILIKE :pattern OR organisation.siret = :exact OR organisation.uai = :exact)', {
        pattern: containing(search),
        exact: search.toUpperCase(),
      });
    }
    return keysetPage(query, 'organisation.name', 'organisation.id', first, after);
  }

  findOrganisations(ids: readonly string[]): Promise<OrganisationEntity[]> {
    return ids.length === 0
      ? Promise.resolve([])
      : this.dataSource.manager.findBy(OrganisationEntity, { id: In([...ids]) });
  }

  findOrganisationById(id: string): Promise<OrganisationEntity | null> {
    return this.dataSource.manager.findOneBy(OrganisationEntity, { id });
  }

  /** Another organisation than `exceptId` already holding this SIRET or UAI. */
  findOrganisationHolding(
    keys: { siret: string | null; uai: string | null },
    exceptId: string,
  ): Promise<OrganisationEntity | null> {
    const query = this.dataSource.manager
      .createQueryBuilder(OrganisationEntity, 'organisation')
      .where('organisation.id <> :exceptId', { exceptId })
      .andWhere('(organisation.siret = :siret OR organisation.uai = :uai)', { siret: keys.siret, uai: keys.uai });
    return query.getOne();
  }

  findIdentitiesOf(userId: string): Promise<IdentityEntity[]> {
    return this.dataSource.manager.find(IdentityEntity, { where: { userId }, order: { createdAt: 'ASC' } });
  }

  /** Ends every session of a user (passport keeps the SessionUser under `passport`). */
  async deleteSessionsOf(manager: EntityManager, userId: string): Promise<void> {
    await manager.query(`DELETE FROM user_session WHERE sess -> 'passport' ->> 'userId' = $1`, [userId]);
  }

  async deleteIdentitiesOf(manager: EntityManager, userId: string): Promise<void> {
    await manager.delete(IdentityEntity, { userId });
  }

  /** The user with this e-mail holding a still valid grant to link an identity of this provider. */
  findUserGrantedLink(manager: EntityManager, email: string, providerId: string): Promise<UserEntity | null> {
    return manager
      .createQueryBuilder(UserEntity, 'user')
      .innerJoin(IdentityLinkGrantEntity, 'grant', 'grant.user_id = user.id')
      .where('user.email = :email', { email })
      .andWhere('grant.provider_id = :providerId', { providerId })
      .andWhere('grant.expires_at > now()')
      .getOne();
  }

  async deleteLinkGrant(manager: EntityManager, userId: string, providerId: string): Promise<void> {
    await manager.delete(IdentityLinkGrantEntity, { userId, providerId });
  }

  async saveLinkGrant(grant: Omit<IdentityLinkGrantEntity, 'id' | 'createdAt' | 'user'>): Promise<void> {
    await this.dataSource.manager.upsert(IdentityLinkGrantEntity, grant, ['userId', 'providerId']);
  }

  countUsersWithEmail(email: string, manager: EntityManager): Promise<number> {
    return manager.countBy(UserEntity, { email });
  }

  /** The organisation with this SIRET, else this UAI, else one declaring this e-mail domain. */
  async findOrganisation(
    manager: EntityManager,
    keys: { siret: string | null; uai: string | null; domain: string | null },
  ): Promise<OrganisationEntity | null> {
    if (keys.siret) {
      const found = await manager.findOneBy(OrganisationEntity, { siret: keys.siret });
      if (found) return found;
    }
    if (keys.uai) {
      const found = await manager.findOneBy(OrganisationEntity, { uai: keys.uai });
      if (found) return found;
    }
    if (!keys.domain) return null;
    return manager
      .createQueryBuilder(OrganisationEntity, 'organisation')
      .where(':domain = ANY(organisation.email_domains)', { domain: keys.domain })
      .orderBy('organisation.created_at')
      .getOne();
  }

  saveOrganisation(manager: EntityManager, organisation: Partial<OrganisationEntity>): Promise<OrganisationEntity> {
    return manager.save(OrganisationEntity, manager.create(OrganisationEntity, organisation));
  }

  async setPublicProfile(userId: string, publicProfile: boolean): Promise<void> {
    await this.dataSource.manager.update(UserEntity, { id: userId }, { publicProfile });
  }

  async setAgreementForm(userId: string, form: AgreementForm | null): Promise<void> {
    await this.dataSource.manager.update(UserEntity, { id: userId }, { agreementForm: form });
  }

  saveUser(manager: EntityManager, user: Partial<UserEntity>): Promise<UserEntity> {
    return manager.save(UserEntity, manager.create(UserEntity, user));
  }

  saveIdentity(manager: EntityManager, identity: Partial<IdentityEntity>): Promise<IdentityEntity> {
    return manager.save(IdentityEntity, manager.create(IdentityEntity, identity));
  }
}
