import { DomainsService } from '@ouvroir/domains';
import type { Actor } from '@ouvroir/identity';
import { person, ServiceTesting, startServices } from '../../../../test/support/service-testing';
import { GroupEntity } from '../group.entity';
import { GroupsService, NewGroup } from '../groups.service';
import { MembershipsService } from '../memberships.service';
import { GroupsStatisticsService } from './groups-statistics.service';

describe('GroupsStatisticsService', () => {
  let services: ServiceTesting;
  let statistics: GroupsStatisticsService;
  let libres: string;
  let ressources: string;
  let workingGroup: GroupEntity;
  let committee: GroupEntity;
  let archived: GroupEntity;
  let other: GroupEntity;
  let samir: Actor;
  let claire: Actor;
  let yann: Actor;

  /** Sets when someone's membership began. */
  const began = (group: GroupEntity, who: Actor, since: string) =>
    services.dataSource.query('UPDATE membership SET since = $3 WHERE group_id = $1 AND user_id = $2', [
      group.id,
      who.id,
      since,
    ]);

  beforeAll(async () => {
    services = await startServices();
    statistics = services.get(GroupsStatisticsService);
    const groups = services.get(GroupsService);
    const memberships = services.get(MembershipsService);
    const domains = services.get(DomainsService);
    libres = (await domains.getBySlug('logiciels-libres')).id;
    ressources = (await domains.getBySlug('ressources-educatives-libres')).id;
    const nadia = await person(services, { role: 'admin' });
    samir = await person(services);
    claire = await person(services);
    yann = await person(services);
    const create = (input: Partial<NewGroup> & Pick<NewGroup, 'name'>) =>
      groups.create(nadia, {
        domainSlug: 'logiciels-libres',
        kind: 'working_group',
        facilitatorId: samir.id,
        ...input,
      });
    workingGroup = await create({ name: 'Groupe de travail', joinPolicy: 'open' });
    committee = await create({ name: 'Comité de pilotage', kind: 'committee', visibility: 'members' });
    archived = await create({ name: 'Groupe archivé' });
    await groups.setStatus(nadia, archived.id, 'archived');
    other = await groups.create(nadia, {
      domainSlug: 'ressources-educatives-libres',
      kind: 'working_group',
      name: 'Autre domaine',
    });
    await memberships.join(claire, workingGroup.id);
    await memberships.join(yann, workingGroup.id);
    await memberships.addMember(nadia, committee.id, claire.id, 'voter');
    await services.dataSource.query(`UPDATE membership SET since = '2026-06-01T12:00:00Z'`);
    await began(workingGroup, samir, '2026-12-28T10:00:00Z');
    // Sunday 23:30 in UTC is already Monday in Paris: the next week.
    await began(workingGroup, claire, '2027-01-03T23:30:00Z');
    await began(workingGroup, yann, '2027-01-20T12:00:00Z');
    await services.dataSource.query(
      `UPDATE work_group SET created_at = CASE WHEN id = $1 THEN '2026-03-02T09:00:00Z'::timestamptz ELSE '2026-09-01T09:00:00Z' END`,
      [other.id],
    );
  });
  afterAll(() => services.close());

  it('counts groups by domain, kind, visibility and status', async () => {
    expect(await statistics.groupCounts()).toEqual(
      expect.arrayContaining([
        { domainId: libres, kind: 'working_group', visibility: 'public', status: 'active', groups: 1 },
        { domainId: libres, kind: 'working_group', visibility: 'public', status: 'archived', groups: 1 },
        { domainId: libres, kind: 'committee', visibility: 'members', status: 'active', groups: 1 },
        { domainId: ressources, kind: 'working_group', visibility: 'public', status: 'active', groups: 1 },
      ]),
    );
    expect(await statistics.groupCounts()).toHaveLength(4);
    expect(await statistics.groupCounts({ domainId: ressources })).toEqual([
      { domainId: ressources, kind: 'working_group', visibility: 'public', status: 'active', groups: 1 },
    ]);
  });

  it('counts the groups created in a period', async () => {
    expect(
      await statistics.groupCounts({
        since: new Date('2026-03-01T00:00:00Z'),
        until: new Date('2026-04-01T00:00:00Z'),
      }),
    ).toEqual([{ domainId: ressources, kind: 'working_group', visibility: 'public', status: 'active', groups: 1 }]);
    expect(await statistics.groupCounts({ until: new Date('2026-03-02T09:00:00Z') })).toEqual([]);
  });

  it('counts members by group and role, and never says who', async () => {
    const counts = await statistics.memberCounts({ domainId: libres });
    expect(counts).toEqual(
      expect.arrayContaining([
        { groupId: workingGroup.id, role: 'facilitator', members: 1 },
        { groupId: workingGroup.id, role: 'member', members: 2 },
        { groupId: committee.id, role: 'facilitator', members: 1 },
        { groupId: committee.id, role: 'voter', members: 1 },
        { groupId: archived.id, role: 'facilitator', members: 1 },
      ]),
    );
    expect(counts).toHaveLength(5);
    const everything = JSON.stringify([counts, await statistics.groupCounts(), await statistics.membershipsPerWeek()]);
    for (const someone of [samir, claire, yann]) expect(everything).not.toContain(someone.id);
  });

  it('counts the memberships begun each ISO week of Paris time, weeks without any included', async () => {
    // samir's, claire's (Sunday 23:30 UTC, Monday in Paris) and yann's in the working group.
    const period = { since: new Date('2026-12-27T23:00:00Z'), until: new Date('2027-01-24T23:00:00Z') };
    expect(await statistics.membershipsPerWeek({ ...period, domainId: libres })).toEqual([
      { week: '2026-W53', memberships: 1 },
      { week: '2027-W01', memberships: 1 },
      { week: '2027-W02', memberships: 0 },
      { week: '2027-W03', memberships: 1 },
    ]);
    expect(await statistics.membershipsPerWeek({ ...period, domainId: ressources })).toEqual([
      { week: '2026-W53', memberships: 0 },
      { week: '2027-W01', memberships: 0 },
      { week: '2027-W02', memberships: 0 },
      { week: '2027-W03', memberships: 0 },
    ]);
  });

  it('spans the memberships themselves when the period is open', async () => {
    expect(await statistics.membershipsPerWeek({ domainId: ressources })).toEqual([
      { week: '2026-W23', memberships: 1 },
    ]);
    const weeks = await statistics.membershipsPerWeek({ since: new Date('2027-01-04T00:00:00+01:00') });
    expect(weeks.map((week) => week.week)).toEqual(['2027-W01', '2027-W02', '2027-W03']);
    expect(weeks.reduce((sum, week) => sum + week.memberships, 0)).toBe(2);
  });
});
