import { randomBytes } from 'node:crypto';
import { CommonsService, NewCommon, RepositoryFields } from '@ouvroir/commons';
import { MembershipsService } from '@ouvroir/groups';
import { Actor } from '@ouvroir/identity';
import { AmendmentsService, CommentsService } from '@ouvroir/proposals';
import { BallotsService, ProxiesService, VoteLifecycleService, VotesService } from '@ouvroir/votes';
import { person, ServiceTesting, startServices } from '../../../test/support/service-testing';
import { proposalWorld, ProposalWorld } from '../../../test/support/proposal-world';
import { IndicatorsService, IndicatorValue } from './indicators.service';

const cellsOf = (value: IndicatorValue) => Object.fromEntries(value.cells.map((cell) => [cell.key, cell.display]));

/** The ISO week, Paris time, of now minus `days` days. */
const weekOf = async (services: ServiceTesting, days: number) =>
  (
    await services.dataSource.query<{ week: string }[]>(
      `SELECT to_char((now() - $1 * interval '1 day') AT TIME ZONE 'Europe/Paris', 'IYYY-"W"IW') AS week`,
      [days],
    )
  )[0].week;

/**
 * The production, discussion and governance indicators that count proposals, amendments, comments,
 * votes, proxies and commons, on fixed data:
 * - a public working group and committee (proposalWorld), the committee with 5 voters v0…v4;
 *   three submitted proposals A, B, C put to the vote and one, D, in discussion;
 *   - A: proxies v3→v0 and v4→v1; v0, v1, v2 vote for, v0 and v1 for their givers: 5 ballots,
 *     adopted, decided 10 days after A was written;
 *   - B: proxies v3→v0 and v4→v1; v0, v1 vote against, v0 for v3: 3 ballots, rejected, decided
 *     4 days after B was written (v4's proxy unused);
 *   - C: quorum 100 %; a proxy v4→v2 given then revoked; v0 for, v1 against, v2 for: 3 ballots of
 *     5, no quorum, so no decision;
 *   - D: 5 amendments (2 pending, 1 accepted, 1 rejected, 1 withdrawn); 3 comments this week,
 *     1 hidden by the facilitator, 1 dated a week earlier;
 * - the same world with members-only groups: an amendment and a comment, a vote with a proxy used
 *   and two ballots adopting a proposal 100 days after it was written; none of it may count;
 * - 4 commons of the catalogue, their repositories and declared usages (commons belong to no group).
 */
describe('IndicatorsService: proposals, amendments, comments, votes and commons on fixed data', () => {
  let services: ServiceTesting;
  let indicators: IndicatorsService;
  let open: ProposalWorld;
  let closed: ProposalWorld;

  const secret = () => randomBytes(16).toString('base64url');
  const cast = (voter: Actor, voteId: string, position: 'for' | 'against', onBehalfOf?: string) =>
    services.get(BallotsService).cast(voter, voteId, { position }, secret(), onBehalfOf);

  /** Closes the vote now, as its closing time passing does, then dates its proposal `days` before the decision. */
  async function close(world: ProposalWorld, voteId: string, proposalId: string, days: number | null) {
    await services.dataSource.query('UPDATE vote SET closes_at = clock_timestamp() WHERE id = $1', [voteId]);
    expect((await services.get(VotesService).get(world.chair, voteId)).status).toBe('closed');
    if (days === null) return;
    await services.dataSource.query(
      `UPDATE proposal SET created_at = (SELECT created_at FROM proposal_transition
         WHERE proposal_id = $1 AND to_state IN ('adopted', 'rejected')) - $2 * interval '1 day'
       WHERE id = $1`,
      [proposalId, days],
    );
  }

  beforeAll(async () => {
    services = await startServices();
    indicators = services.get(IndicatorsService);
    open = await proposalWorld(services);
    closed = await proposalWorld(services, { group: 'members', committee: 'members' });
    const memberships = services.get(MembershipsService);
    const proxies = services.get(ProxiesService);
    const amendments = services.get(AmendmentsService);
    const comments = services.get(CommentsService);

    const more: Actor[] = [];
    for (let index = 0; index < 3; index++) {
      const voter = await person(services);
      await memberships.addMember(open.admin, open.committeeId, voter.id, 'voter');
      more.push(voter);
    }
    const [v0, v1, v2, v3, v4] = [...open.voters, ...more];

    const a = await open.proposal('submitted');
    const voteA = await open.openVote(a);
    await proxies.giveProxy(v3, voteA, v0.id);
    await proxies.giveProxy(v4, voteA, v1.id);
    for (const voter of [v0, v1, v2]) await cast(voter, voteA, 'for');
    await cast(v0, voteA, 'for', v3.id);
    await cast(v1, voteA, 'for', v4.id);
    await close(open, voteA, a, 10);

    const b = await open.proposal('submitted');
    const voteB = await open.openVote(b);
    await proxies.giveProxy(v3, voteB, v0.id);
    await proxies.giveProxy(v4, voteB, v1.id);
    await cast(v0, voteB, 'against');
    await cast(v1, voteB, 'against');
    await cast(v0, voteB, 'against', v3.id);
    await close(open, voteB, b, 4);

    const c = await open.proposal('submitted');
    const voteC = (
      await services.get(VoteLifecycleService).create(open.chair, {
        committeeId: open.committeeId,
        proposalId: c,
        method: 'for_against_abstain',
        threshold: 'simple_majority',
        quorumPercent: 100,
        secret: true,
        ballotChanges: false,
        closesAt: new Date(Date.now() + 3600_000),
      })
    ).id;
    await proxies.giveProxy(v4, voteC, v2.id);
    await proxies.revokeProxy(v4, voteC);
    await cast(v0, voteC, 'for');
    await cast(v1, voteC, 'against');
    await cast(v2, voteC, 'for');
    await close(open, voteC, c, null);

    const d = await open.proposal('in_discussion');
    const amender = await person(services);
    await memberships.addMember(open.admin, open.groupId, amender.id, 'member');
    await amendments.proposeAmendment(open.facilitator, d, 'Texte en attente');
    await amendments.proposeAmendment(amender, d, 'Autre texte en attente');
    const accepted = await amendments.proposeAmendment(open.facilitator, d, 'Texte accepté');
    await amendments.decideAmendment(open.member, accepted.id, true);
    const rejected = await amendments.proposeAmendment(amender, d, 'Texte rejeté');
    await amendments.decideAmendment(open.member, rejected.id, false, 'Hors sujet.');
    const withdrawn = await amendments.proposeAmendment(open.facilitator, d, 'Texte retiré');
    await amendments.withdrawAmendment(open.facilitator, withdrawn.id);

    await comments.addComment(open.member, d, 'Premier avis');
    await comments.addComment(open.member, d, 'Deuxième avis');
    await comments.addComment(amender, d, 'Troisième avis');
    const hidden = await comments.addComment(amender, d, 'Avis déplacé');
    await comments.hideComment(open.facilitator, hidden.id, 'Propos déplacés.');
    const earlier = await comments.addComment(open.facilitator, d, 'Avis de la semaine passée');
    await services.dataSource.query(
      `UPDATE proposal_comment SET created_at = now() - interval '7 days' WHERE id = $1`,
      [earlier.id],
    );

    // Members-only: none of it may count.
    const hiddenDiscussed = await closed.proposal('in_discussion');
    await amendments.proposeAmendment(closed.facilitator, hiddenDiscussed, 'Texte réservé');
    await comments.addComment(closed.member, hiddenDiscussed, 'Avis réservé');
    const hiddenVoted = await closed.proposal('submitted');
    const hiddenVote = await closed.openVote(hiddenVoted);
    await proxies.giveProxy(closed.voters[1], hiddenVote, closed.voters[0].id);
    await cast(closed.voters[0], hiddenVote, 'for');
    await cast(closed.voters[0], hiddenVote, 'for', closed.voters[1].id);
    await close(closed, hiddenVote, hiddenVoted, 100);

    // The catalogue.
    const [{ id: domainId }] = await services.dataSource.query(`SELECT id FROM domain WHERE slug = 'logiciels-libres'`);
    const common = (kind: NewCommon['kind'], name: string, licence: string, repositories: RepositoryFields[]) =>
      services.get(CommonsService).create(null, open.member, {
        kind,
        name,
        summary: 'Un commun.',
        description: '',
        domainId,
        licence,
        repositories,
      });
    const one = await common('software', 'Logiciel un', 'EUPL-1.2', [
      { url: 'https://github.com/ouvroir/un' },
      { url: 'https://github.com/ouvroir/un-outils' },
      { url: 'https://gitlab.com/ouvroir/un', mirrorOfUrl: 'https://github.com/ouvroir/un' },
    ]);
    const two = await common('software', 'Logiciel deux', 'MIT OR Apache-2.0', [
      { url: 'https://forge.apps.education.fr/ouvroir/deux' },
    ]);
    await common('educational_resource', 'Ressource trois', 'CC-BY-SA-4.0', [
      { url: 'https://github.com/ouvroir/trois' },
      { url: 'https://forge.apps.education.fr/ouvroir/trois', mirrorOfUrl: 'https://github.com/ouvroir/trois' },
    ]);
    await common('dataset', 'Données quatre', 'EUPL-1.2', []);
    // Declared usages (their own feature, tested in libs/commons): the first by 3 organisations, the second by 2.
    for (const [commonId, users] of [
      [one.id, [100, 50, null]],
      [two.id, [10, 5]],
    ] as [string, (number | null)[]][]) {
      for (const [index, count] of users.entries()) {
        const [{ id: organisationId }] = await services.dataSource.query(
          `INSERT INTO organisation (name, type) VALUES ($1, 'academy') RETURNING id`,
          [`Organisation ${commonId.slice(0, 8)} ${index}`],
        );
        await services.dataSource.query(
          `INSERT INTO common_usage (common_id, organisation_id, user_count) VALUES ($1, $2, $3)`,
          [commonId, organisationId, count],
        );
      }
    }
  });
  afterAll(() => services?.close());

  it('counts the closed votes of public committees and those reaching their quorum', async () => {
    // A, B and C closed (the members-only vote aside); A and B had no quorum, C missed its 100 %.
    expect(cellsOf(await indicators.value('votes-tenus'))).toEqual({ total: '3', 'quorum:atteint': '2' });
  });

  it('gives the turnout over the public committees’ closed votes, resting on 15 registered voters', async () => {
    // (5 + 3 + 3) ballots ÷ (3 votes × 5 voters) = 11 / 15 = 73,3 %; with the members-only vote it would be 13 / 17.
    const value = await indicators.value('participation-aux-votes');
    expect(value.cells).toEqual([
      { key: 'total', label: 'Participation', value: 11 / 15, display: '73,3\u00a0%', suppressed: false },
    ]);
  });

  it('counts the proxies given (revoked included) and used, the used ones under 5 people hidden', async () => {
    // Given: 2 on A, 2 on B, 1 on C (revoked) = 5; used: 2 on A, 1 on B = 3, fewer than 5 people.
    expect(cellsOf(await indicators.value('procurations'))).toEqual({ total: '5', utilisees: 'moins de 5' });
  });

  it('gives the adoption rate of the public groups’ decisions', async () => {
    // A adopted, B rejected, C undecided (no quorum): 1 ÷ 2 = 50 %; the members-only adoption would make it 2 / 3.
    expect(cellsOf(await indicators.value('taux-adoption'))).toEqual({
      total: '50\u00a0%',
      'decision:adoptee': '1',
      'decision:rejetee': '1',
    });
  });

  it('gives the median number of days from a proposal to its decision', async () => {
    // A 10 days, B 4 days: median (4 + 10) / 2 = 7; with the members-only 100 days it would be 10.
    expect(cellsOf(await indicators.value('delai-median-decision'))).toEqual({ total: '7' });
  });

  it('counts the amendments proposed in the period by their status now', async () => {
    // D's 5: 2 pending, 1 accepted, 1 rejected, 1 withdrawn; the members-only one aside.
    expect(cellsOf(await indicators.value('amendements-acceptes'))).toEqual({
      total: '5',
      'statut:pending': '2',
      'statut:accepted': '1',
      'statut:rejected': '1',
      'statut:withdrawn': '1',
    });
  });

  it('counts the comments of each week, hidden and members-only ones aside, every other week 0', async () => {
    // This week 3 (the hidden one aside), the week before 1: total 4.
    const thisWeek = await weekOf(services, 0);
    const lastWeek = await weekOf(services, 7);
    const value = await indicators.value('commentaires-par-semaine');
    const weeks = value.cells.filter((cell) => cell.key.startsWith('semaine:'));
    expect(weeks.length).toBeGreaterThanOrEqual(13);
    expect(cellsOf(value)).toEqual({
      ...Object.fromEntries(weeks.map((cell) => [cell.key, '0'])),
      total: '4',
      [`semaine:${thisWeek}`]: '3',
      [`semaine:${lastWeek}`]: '1',
    });
  });

  it('counts the catalogue’s commons by type and by licence', async () => {
    // 2 software, 1 educational resource, 1 dataset; EUPL-1.2 twice, « MIT OR Apache-2.0 » counts for each.
    expect(cellsOf(await indicators.value('communs-par-type'))).toEqual({
      total: '4',
      'type:software': '2',
      'type:educational_resource': '1',
      'type:dataset': '1',
    });
    expect(cellsOf(await indicators.value('communs-par-licence'))).toEqual({
      'licence:EUPL-1.2': '2',
      'licence:MIT': '1',
      'licence:Apache-2.0': '1',
      'licence:CC-BY-SA-4.0': '1',
    });
  });

  it('counts commons once per forge of their repositories, and the share with a public mirror', async () => {
    // github: one (two repositories) and three = 2; gitlab: one's mirror = 1; forge: two and three's mirror = 2.
    expect(cellsOf(await indicators.value('communs-par-forge'))).toEqual({
      'forge:github': '2',
      'forge:gitlab': '1',
      'forge:forge_apps_education': '2',
    });
    // One and three have a mirror: 2 ÷ 4 = 50 %.
    const share = await indicators.value('part-communs-miroir-public');
    expect(share.cells).toEqual([{ key: 'total', label: 'Part', value: 0.5, display: '50\u00a0%', suppressed: false }]);
  });

  it('counts the commons used by at least 3 organisations and the users declared', async () => {
    // One by 3 organisations, two by 2: 1 common; users 100 + 50 + 10 + 5 = 165 (an unknown count adds nothing).
    expect(cellsOf(await indicators.value('communs-utilises'))).toEqual({ total: '1', 'utilisateurs-declares': '165' });
  });
});
