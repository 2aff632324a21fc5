import { CommonsService, CommonsStatisticsService } from '@ouvroir/commons';
import { DiscussionService } from '@ouvroir/discussion';
import { MembershipsService } from '@ouvroir/groups';
import { Actor } from '@ouvroir/identity';
import { CommentsService } from '@ouvroir/proposals';
import { VotesStatisticsService } from '@ouvroir/votes';
import { person, ServiceTesting, startServices } from '../../../test/support/service-testing';
import { proposalWorld, ProposalWorld } from '../../../test/support/proposal-world';
import { IndicatorsService, IndicatorValue } from './indicators.service';

const cellsOf = (value: IndicatorValue) => Object.fromEntries(value.cells.map((cell) => [cell.key, cell.display]));

/** The ISO week of now, Paris time (the fixture is written now). */
const thisWeek = async (services: ServiceTesting) =>
  (
    await services.dataSource.query<{ week: string }[]>(
      `SELECT to_char(now() AT TIME ZONE 'Europe/Paris', 'IYYY-"W"IW') AS week`,
    )
  )[0].week;

/**
 * The indicators added for issue 18's participation, calls and discussion, on fixed data:
 * - a public working group and committee of « logiciels-libres » (proposalWorld: admin,
 *   facilitator, member, chair, two voters, all of one academy): the member writes a
 *   submitted proposal and one in discussion; both voters vote on the first; two more people
 *   comment the second and are moved to a university; the member, the facilitator, the admin and
 *   the chair each publish a common (its first revision: they maintain it);
 * - the same world with members-only groups: a proposal, a vote with two ballots, two messages;
 *   none of it may count;
 * - three messages in the public group's salon.
 * So 14 accounts (12 of the academy, 2 of the university) and 8 active contributors (member,
 * 2 voters, 2 commenters, facilitator, admin, chair: the member counted once though author and
 * maintainer), 6 of the academy and 2 of the university.
 */
describe('IndicatorsService: contributors across domains, organisations, calls and messages', () => {
  let services: ServiceTesting;
  let indicators: IndicatorsService;
  let open: ProposalWorld;
  let closed: ProposalWorld;
  let openSlug: string;
  const commenters: Actor[] = [];

  beforeAll(async () => {
    services = await startServices();
    indicators = services.get(IndicatorsService);
    open = await proposalWorld(services);
    closed = await proposalWorld(services, { group: 'members', committee: 'members' });
    [{ slug: openSlug }] = await services.dataSource.query(`SELECT slug FROM work_group WHERE id = $1`, [open.groupId]);

    const voted = await open.proposal('submitted');
    const voteId = await open.openVote(voted);
    for (const voter of open.voters) await open.cast(voter, voteId);
    const discussed = await open.proposal('in_discussion');
    for (let index = 0; index < 2; index++) {
      const commenter = await person(services);
      await services.get(MembershipsService).addMember(open.admin, open.groupId, commenter.id, 'member');
      await services.get(CommentsService).addComment(commenter, discussed, 'Mon avis');
      commenters.push(commenter);
    }
    // People signed in at once may each have made an « ac-test.fr » organisation: one academy for all.
    const [{ id: academyId }] = await services.dataSource.query(
      `INSERT INTO organisation (name, type) VALUES ('Académie des chiffres', 'academy') RETURNING id`,
    );
    await services.dataSource.query(`UPDATE user_account SET organisation_id = $1`, [academyId]);
    const [{ id: universityId }] = await services.dataSource.query(
      `INSERT INTO organisation (name, type) VALUES ('Université des chiffres', 'university') RETURNING id`,
    );
    await services.dataSource.query(`UPDATE user_account SET organisation_id = $1 WHERE id = ANY($2::uuid[])`, [
      universityId,
      commenters.map((commenter) => commenter.id),
    ]);

    const [{ id: domainId }] = await services.dataSource.query(`SELECT id FROM domain WHERE slug = 'logiciels-libres'`);
    for (const maintainer of [open.member, open.facilitator, open.admin, open.chair]) {
      await services.get(CommonsService).create(null, maintainer, {
        kind: 'software',
        name: `Logiciel de ${maintainer.displayName}`,
        summary: 'Un logiciel.',
        description: '',
        domainId,
        licence: 'EUPL-1.2',
      });
    }

    const hidden = await closed.proposal('submitted');
    const hiddenVote = await closed.openVote(hidden);
    for (const voter of closed.voters) await closed.cast(voter, hiddenVote);

    const discussion = services.get(DiscussionService);
    const salon = await discussion.channelOfGroup(open.member, open.groupId);
    for (let index = 0; index < 3; index++) await discussion.post(open.member, salon.id, `Message ${index}`);
    const closedSalon = await discussion.channelOfGroup(closed.member, closed.groupId);
    for (let index = 0; index < 2; index++) await discussion.post(closed.member, closedSalon.id, `Réservé ${index}`);
  });
  afterAll(() => services?.close());

  it('gives the domains’ people as ids for the count only: public committees’ voters, maintainers who edited', async () => {
    const period = { from: new Date(Date.now() - 86_400_000), to: new Date(Date.now() + 86_400_000) };
    const voters = await services.get(VotesStatisticsService).voterIds(period, { committeeIds: [open.committeeId] });
    expect(voters.sort()).toEqual(open.voters.map((voter) => voter.id).sort());
    const maintainers = await services.get(CommonsStatisticsService).activeMaintainerIds(period);
    expect(maintainers.sort()).toEqual([open.member, open.facilitator, open.admin, open.chair].map((p) => p.id).sort());
    // A period before any of it: nobody.
    const before = { from: new Date('2026-01-05'), to: new Date('2026-01-12') };
    expect(await services.get(VotesStatisticsService).voterIds(before, { committeeIds: [open.committeeId] })).toEqual(
      [],
    );
    expect(await services.get(CommonsStatisticsService).activeMaintainerIds(before)).toEqual([]);
  });

  it('counts writers, voters and maintainers once each, public groups only', async () => {
    // 1 author + 2 commenters + 2 voters + 4 maintainers = 9 roles, 8 people: the member is both.
    expect(cellsOf(await indicators.value('contributeurs-actifs'))).toEqual({
      total: '8',
      'role:auteur': 'moins de 5',
      'role:amendeur': 'moins de 5',
      'role:commentateur': 'moins de 5',
      'role:votant': 'moins de 5',
      'role:mainteneur': 'moins de 5',
    });
    expect(cellsOf(await indicators.value('contributeurs-actifs', { domain: 'logiciels-libres' })).total).toBe('8');
    // One group: its writers only (member and 2 commenters), no committee's voter, no maintainer.
    const group = await indicators.value('contributeurs-actifs', { group: openSlug });
    expect(group.cells.find((cell) => cell.key === 'total')).toMatchObject({ value: null, suppressed: true });
    // The other domain has none of them.
    const other = await indicators.value('contributeurs-actifs', { domain: 'ressources-educatives-libres' });
    expect(other.cells.find((cell) => cell.key === 'total')).toMatchObject({ value: null, suppressed: true });
  });

  it('breaks contributors down by organisation type, hiding the small part and its complement', async () => {
    // academy 6, university 2: the university's 2 is hidden, and so is the academy's 6, else 8 − 6 gives it back.
    const value = await indicators.value('contributeurs-actifs-par-type-organisation');
    expect(value.cells.map((cell) => [cell.key, cell.value, cell.display])).toEqual([
      ['total', 8, '8'],
      ['type:academy', null, 'moins de 5'],
      ['type:university', null, 'moins de 5'],
    ]);
  });

  it('breaks contributors down by organisation, those without one as a line', async () => {
    // The academy 6, the university 2, none 0: two parts hidden already, so the academy's 6 is shown.
    const value = await indicators.value('contributeurs-actifs-par-organisation');
    expect(value.cells.map((cell) => [cell.label, cell.value, cell.display])).toEqual([
      ['Total', 8, '8'],
      ['Académie des chiffres', 6, '6'],
      ['Université des chiffres', null, 'moins de 5'],
      ['Sans organisation', null, 'moins de 5'],
    ]);
  });

  it('counts new members by organisation type and by organisation, with the same rule', async () => {
    // 14 accounts: 12 of the academy, 2 of the university.
    expect(cellsOf(await indicators.value('nouveaux-membres-par-type-organisation'))).toEqual({
      total: '14',
      'type:academy': 'moins de 5',
      'type:university': 'moins de 5',
    });
    expect(cellsOf(await indicators.value('nouveaux-membres-par-organisation'))).toMatchObject({
      total: '14',
      'organisation:aucune': 'moins de 5',
    });
    const byOrganisation = await indicators.value('nouveaux-membres-par-organisation');
    expect(byOrganisation.cells.find((cell) => cell.label === 'Académie des chiffres')?.value).toBe(12);
    // A period before anyone signed up: nobody, hidden as any count under 5.
    const before = await indicators.value('nouveaux-membres-par-type-organisation', {
      from: '2026-01-05',
      to: '2026-02-05',
    });
    expect(before.cells).toEqual([
      { key: 'total', label: 'Total', value: null, display: 'moins de 5', suppressed: true },
    ]);
  });

  it('counts the messages of public groups’ salons per week, the members-only salon aside', async () => {
    const week = await thisWeek(services);
    const value = await indicators.value('messages-par-semaine');
    expect(cellsOf(value)).toMatchObject({ total: '3', [`semaine:${week}`]: '3' });
    expect(cellsOf(await indicators.value('messages-par-semaine', { group: openSlug })).total).toBe('3');
    await expect(indicators.value('messages-par-semaine', { group: 'groupe-inexistant' })).rejects.toMatchObject({
      reason: 'GROUP_NOT_FOUND',
    });
  });

  it('gives the calls’ figures, none before any call, then on a decided call, and refuses a filter on them', async () => {
    expect(cellsOf(await indicators.value('appels-candidatures'))).toEqual({
      total: '0',
      'eligibilite:eligible': '0',
      'eligibilite:ineligible': '0',
      'eligibilite:en-attente': '0',
    });
    expect(cellsOf(await indicators.value('appels-taux-eligibilite'))).toEqual({ total: 'sans objet' });
    expect(cellsOf(await indicators.value('appels-laureats'))).toEqual({ total: '0' });
    expect(cellsOf(await indicators.value('appels-jalons'))).toEqual({
      'statut:realises': '0',
      'statut:en-retard': '0',
    });
    await expect(indicators.value('appels-laureats', { domain: 'logiciels-libres' })).rejects.toMatchObject({
      reason: 'INDICATOR_FILTER_UNSUPPORTED',
    });

    // A call's end state, written as its workflow (tested in libs/calls and test/api/calls*) leaves it:
    // a decided call with a draft (not counted), 3 eligible submissions (2 retained, one with
    // conditions, 1 not), 1 ineligible, 1 waiting for its check; and a draft call with a draft.
    const call = (state: string) =>
      services.dataSource.query(
        `INSERT INTO call (domain_id, committee_id, title, challenges, criteria, cutoffs, state, created_by)
         SELECT id, $1, 'Appel ' || $2, ARRAY['Défi'], '[]', ARRAY[now()], $2, $3 FROM domain WHERE slug = 'logiciels-libres'
         RETURNING id`,
        [open.committeeId, state, open.admin.id],
      );
    const [{ id: decided }] = await call('decided');
    const [{ id: draft }] = await call('draft');
    const submission = async (callId: string, state: string, decision: string | null) =>
      (
        await services.dataSource.query(
          `INSERT INTO call_submission (call_id, created_by, state, cutoff_at, common_kind, common_name, decision)
           VALUES ($1, $2, $3, now(), 'software', 'Candidature', $4) RETURNING id`,
          [callId, open.member.id, state, decision],
        )
      )[0].id as string;
    await submission(draft, 'draft', null);
    await submission(decided, 'draft', null);
    const laureate = await submission(decided, 'eligible', 'retained');
    await submission(decided, 'eligible', 'retained_with_conditions');
    await submission(decided, 'eligible', 'not_retained');
    await submission(decided, 'ineligible', null);
    await submission(decided, 'submitted', null);
    // Done; planned and past due (late); in progress, due later (not late); abandoned, past due (not late).
    for (const [status, due] of [
      ['done', '-10 days'],
      ['planned', '-1 day'],
      ['in_progress', '30 days'],
      ['abandoned', '-5 days'],
    ]) {
      await services.dataSource.query(
        `INSERT INTO call_milestone (submission_id, title, due_on, status, updated_by)
         VALUES ($1, 'Jalon', current_date + $2::interval, $3, $4)`,
        [laureate, due, status, open.member.id],
      );
    }
    // Another period than above, so that the 60 s cache does not answer.
    const period = { from: '2026-01-05', to: '2036-01-05' };
    expect(cellsOf(await indicators.value('appels-candidatures', period))).toEqual({
      total: '5',
      'eligibilite:eligible': '3',
      'eligibilite:ineligible': '1',
      'eligibilite:en-attente': '1',
    });
    const rate = await indicators.value('appels-taux-eligibilite', period);
    expect(rate.cells[0]).toMatchObject({ key: 'total', value: 0.75, suppressed: false });
    expect(cellsOf(await indicators.value('appels-laureats', period))).toEqual({ total: '2' });
    expect(cellsOf(await indicators.value('appels-jalons', period))).toEqual({
      'statut:realises': '1',
      'statut:en-retard': '1',
    });
  });
});
