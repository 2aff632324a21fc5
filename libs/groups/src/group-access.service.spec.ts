import type { Actor } from '@ouvroir/identity';
import { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner';
import { person, ServiceTesting, startServices } from '../../../test/support/service-testing';
import { GroupAccessService } from './group-access.service';
import { GroupEntity } from './group.entity';
import { GroupsRepository } from './groups.repository';
import { GroupsService } from './groups.service';
import { JoinRequestsService } from './join-requests.service';
import { MembershipsService } from './memberships.service';

/** The statements sent to PostgreSQL while `work` runs. */
async function statementsOf<T>(work: () => Promise<T>): Promise<{ result: T; statements: string[] }> {
  const spy = jest.spyOn(PostgresQueryRunner.prototype, 'query');
  try {
    const result = await work();
    // A prepared statement comes as node-postgres' query config, `{ name, text }`.
    const texts = spy.mock.calls.map(([sql]) => (typeof sql === 'string' ? sql : (sql as { text: string }).text));
    return { result, statements: texts };
  } finally {
    spy.mockRestore();
  }
}

describe('GroupAccessService', () => {
  let services: ServiceTesting;
  let access: GroupAccessService;
  let nadia: Actor;
  let samir: Actor;
  let claire: Actor;
  let yann: Actor;
  let group: GroupEntity;

  beforeAll(async () => {
    services = await startServices();
    access = services.get(GroupAccessService);
    nadia = await person(services, { role: 'admin' });
    samir = await person(services);
    claire = await person(services);
    yann = await person(services);
    group = await services.get(GroupsService).create(nadia, {
      domainSlug: 'logiciels-libres',
      kind: 'working_group',
      name: 'Accès au groupe',
      joinPolicy: 'request',
      visibility: 'members',
      facilitatorId: samir.id,
    });
  });
  afterAll(() => services.close());

  it('reads the group and the viewer’s role in one statement, by id or by slug', async () => {
    const byId = await statementsOf(() => access.of(samir, group.id));
    expect(byId.statements).toHaveLength(1);
    expect(byId.result).toMatchObject({
      group: { id: group.id, name: 'Accès au groupe', visibility: 'members', memberCount: 1 },
      viewer: { actor: samir, role: 'facilitator' },
      pendingRequestId: null,
    });
    // Every column of the entity, as TypeORM reads it (the query lists them in plain SQL).
    expect(byId.result.group).toEqual({ ...(await services.get(GroupsRepository).findById(group.id)) });
    const bySlug = await statementsOf(() => access.bySlug(samir, group.slug));
    expect(bySlug.statements).toHaveLength(1);
    expect(bySlug.result).toEqual(byId.result);
  });

  it('gives the group with no role to the public and to non-members', async () => {
    for (const viewer of [null, claire]) {
      const { group: found, viewer: standing, pendingRequestId } = await access.of(viewer, group.id);
      expect(found?.id).toBe(group.id);
      expect(standing).toEqual({ actor: viewer, role: null });
      expect(pendingRequestId).toBeNull();
    }
  });

  it('tells a pending join request until it is decided', async () => {
    const requests = services.get(JoinRequestsService);
    // A members-only group is hidden from whoever is not in it: yann asks to join a public one.
    const listed = await services.get(GroupsService).create(nadia, {
      domainSlug: 'logiciels-libres',
      kind: 'working_group',
      name: 'Groupe sur demande',
      joinPolicy: 'request',
      facilitatorId: samir.id,
    });
    const request = await requests.requestToJoin(yann, listed.id, 'Bonjour');
    expect((await access.of(yann, listed.id)).pendingRequestId).toBe(request.id);
    expect((await access.of(claire, listed.id)).pendingRequestId).toBeNull();
    await requests.decide(samir, request.id, true);
    expect(await access.of(yann, listed.id)).toMatchObject({ viewer: { role: 'member' }, pendingRequestId: null });
  });

  it('answers null for a group that does not exist, without a query for an id that is none', async () => {
    expect((await access.of(samir, '00000000-0000-4000-8000-000000000000')).group).toBeNull();
    expect((await access.bySlug(null, 'inconnu')).group).toBeNull();
    const malformed = await statementsOf(() => access.of(samir, 'pas-un-id'));
    expect(malformed).toEqual({
      statements: [],
      result: { group: null, viewer: { actor: samir, role: null }, pendingRequestId: null },
    });
  });

  it('is what the services check their rules on: one read before an act', async () => {
    const memberships = services.get(MembershipsService);
    const { statements } = await statementsOf(() => memberships.addMember(samir, group.id, claire.id, 'observer'));
    // The group with samir's role, then the act's transaction.
    expect(statements.findIndex((sql) => sql.startsWith('START TRANSACTION'))).toBe(1);
    expect(await services.get(GroupsService).standing(claire, group.id)).toMatchObject({ role: 'observer' });
    expect(await services.get(GroupsService).standing(yann, group.id)).toBeNull();
  });
});
