import { CommonsService } from '@ouvroir/commons';
import { MembershipsService } from '@ouvroir/groups';
import { IdentityService, type Actor } from '@ouvroir/identity';
import { AmendmentsService, ProposalsService } from '@ouvroir/proposals';
import { decodeJwt, decodeProtectedHeader, importJWK, jwtVerify } from 'jose';
import { proposalWorld, ProposalWorld } from '../../../test/support/proposal-world';
import { person, ServiceTesting, startServices } from '../../../test/support/service-testing';
import { AttestationsService } from './attestations.service';
import { BadgesService } from './badges.service';
import { ProfilesService } from './profiles.service';

/** The public profile's contents and the attestations' rules, on a real database. */
describe('recognition', () => {
  let services: ServiceTesting;
  let open: ProposalWorld;
  let closed: ProposalWorld;
  let profiles: ProfilesService;
  let attestations: AttestationsService;
  let adoptedId: string;
  let discussedId: string;
  let privateId: string;
  let commonId: string;

  const refusal = (reason: string) => expect.objectContaining({ reason });

  beforeAll(async () => {
    services = await startServices();
    profiles = services.get(ProfilesService);
    attestations = services.get(AttestationsService);
    open = await proposalWorld(services);
    closed = await proposalWorld(services, { group: 'members', committee: 'members' });
    const proposals = services.get(ProposalsService);
    adoptedId = await open.proposal('submitted', 'Un socle de logiciels libres');
    await proposals.recordVoteOpened(adoptedId, null);
    await proposals.recordVoteResult(adoptedId, 'adopted', null);
    discussedId = await open.proposal('in_discussion', 'Des salles équipées');
    await open.proposal('draft', 'Un brouillon');
    privateId = await closed.proposal('submitted', 'Une proposition réservée');
    const [{ id: domainId }] = await services.dataSource.query(`SELECT id FROM domain WHERE slug = 'logiciels-libres'`);
    commonId = (
      await services.get(CommonsService).create(null, open.member, {
        kind: 'educational_resource',
        name: 'Fiches de technologie',
        summary: 'Des fiches pour le cycle 4.',
        description: '',
        domainId,
        licence: 'CC-BY-SA-4.0',
      })
    ).id;
  });

  afterAll(() => services?.close());

  describe('public profile', () => {
    it('is closed by default: the same NOT_FOUND as an unknown person', async () => {
      await expect(profiles.contributor(open.member.id)).rejects.toEqual(refusal('CONTRIBUTOR_NOT_FOUND'));
      await expect(profiles.contributor('00000000-0000-0000-0000-000000000000')).rejects.toEqual(
        refusal('CONTRIBUTOR_NOT_FOUND'),
      );
      await expect(profiles.contributor('pas-un-identifiant')).rejects.toEqual(refusal('CONTRIBUTOR_NOT_FOUND'));
    });

    it('once opened, lists what the public may read: no draft, no members-only group’s proposal', async () => {
      const identity = services.get(IdentityService);
      await identity.setPublicProfile(open.member, true);
      await identity.setPublicProfile(closed.member, true);
      expect(await profiles.contributor(open.member.id)).toMatchObject({ displayName: open.member.displayName });
      const written = await profiles.proposals(open.member.id, false, 20);
      expect(written.nodes.map((proposal) => proposal.id).sort()).toEqual([adoptedId, discussedId].sort());
      const adopted = await profiles.proposals(open.member.id, true, 20);
      expect(adopted.nodes).toEqual([expect.objectContaining({ id: adoptedId, state: 'adopted' })]);
      expect(await profiles.maintainedCommons(open.member.id)).toEqual([
        expect.objectContaining({ id: commonId, name: 'Fiches de technologie' }),
      ]);
      const privateAuthor = await profiles.proposals(closed.member.id, false, 20);
      expect(privateAuthor.nodes.map((proposal) => proposal.id)).not.toContain(privateId);
      expect(privateAuthor.totalCount).toBe(0);
    });

    it('closes again at the person’s word', async () => {
      const identity = services.get(IdentityService);
      const someone = await person(services);
      await identity.setPublicProfile(someone, true);
      await identity.setPublicProfile(someone, false);
      await expect(profiles.contributor(someone.id)).rejects.toEqual(refusal('CONTRIBUTOR_NOT_FOUND'));
    });

    it('lists the accepted amendments, with their proposal', async () => {
      const amender = await person(services);
      await services.get(MembershipsService).addMember(open.admin, open.groupId, amender.id, 'member');
      const target = await open.proposal('in_discussion', 'À amender');
      const amendments = services.get(AmendmentsService);
      const amendment = await amendments.proposeAmendment(amender, target, 'Un meilleur texte.', 'Plus clair.');
      await amendments.decideAmendment(open.member, amendment.id, true);
      expect(await profiles.acceptedAmendments(amender.id)).toEqual([
        expect.objectContaining({ proposalId: target, proposalTitle: 'À amender' }),
      ]);
    });
  });

  describe('calls won and reviews done', () => {
    type CallState = 'deliberating' | 'decided' | 'closed';
    type Decision = 'retained' | 'retained_with_conditions' | 'not_retained';

    /** A call in `state`, its committee the open world's, decided (if it is) on the given day. */
    const call = async (state: CallState, title: string, decidedAt: string | null = null): Promise<string> => {
      const [{ id }] = await services.dataSource.query(
        `INSERT INTO call (domain_id, committee_id, title, challenges, criteria, cutoffs, state, created_by, decided_at)
         SELECT g.domain_id, g.id, $2, ARRAY['Un défi'], '[]', ARRAY[now() - interval '30 days'], $3, $4, $5
         FROM work_group g WHERE g.id = $1 RETURNING id`,
        [open.committeeId, title, state, open.chair.id, decidedAt],
      );
      return id;
    };
    const submission = async (
      callId: string,
      commonName: string,
      decision: Decision | null,
      applicants: [Actor, boolean][],
    ): Promise<string> => {
      const [{ id }] = await services.dataSource.query(
        `INSERT INTO call_submission (call_id, created_by, state, cutoff_at, common_kind, common_name, decision)
         VALUES ($1, $2, 'eligible', now() - interval '30 days', 'software', $3, $4) RETURNING id`,
        [callId, applicants[0][0].id, commonName, decision],
      );
      for (const [index, [applicant, accepted]] of applicants.entries()) {
        await services.dataSource.query(
          `INSERT INTO call_submission_applicant (submission_id, user_id, role, accepted) VALUES ($1, $2, $3, $4)`,
          [id, applicant.id, index === 0 ? 'lead' : 'co_applicant', accepted],
        );
      }
      return id;
    };
    const review = (callId: string, submissionId: string, reviewer: Actor, state: string) =>
      services.dataSource.query(
        `INSERT INTO call_review (call_id, submission_id, reviewer_id, state, assigned_by) VALUES ($1, $2, $3, $4, $5)`,
        [callId, submissionId, reviewer.id, state, open.chair.id],
      );

    it('lists the laureates of published calls the person applied for, dated, linked to the catalogue once there', async () => {
      const laureate = await person(services);
      const invited = await person(services);
      const spring = await call('decided', 'Communs pour la classe', '2026-04-01T10:00:00Z');
      const autumn = await call('closed', 'Outils libres', '2026-10-01T10:00:00Z');
      const pending = await call('deliberating', 'Appel en délibération');
      const catalogued = await submission(spring, 'Fiches de technologie', 'retained', [
        [laureate, true],
        [invited, false],
      ]);
      await services.dataSource.query('UPDATE call_submission SET common_id = $1 WHERE id = $2', [
        commonId,
        catalogued,
      ]);
      await submission(autumn, 'Un correcteur libre', 'retained_with_conditions', [[laureate, true]]);
      // Not credited: a submission not retained, and a decision recorded in a call not yet published.
      await submission(autumn, 'Une idée écartée', 'not_retained', [[laureate, true]]);
      await submission(pending, 'Pas encore publié', 'retained', [[laureate, true]]);
      const [{ slug }] = await services.dataSource.query('SELECT slug FROM common WHERE id = $1', [commonId]);

      expect(await profiles.callsWon(laureate.id)).toEqual([
        expect.objectContaining({
          callId: autumn,
          callTitle: 'Outils libres',
          commonName: 'Un correcteur libre',
          commonSlug: null,
          withConditions: true,
          decidedAt: new Date('2026-10-01T10:00:00Z'),
        }),
        expect.objectContaining({
          id: catalogued,
          callId: spring,
          commonName: 'Fiches de technologie',
          commonSlug: slug,
          withConditions: false,
          decidedAt: new Date('2026-04-01T10:00:00Z'),
        }),
      ]);
      // A co-applicant who never accepted did not win it.
      expect(await profiles.callsWon(invited.id)).toEqual([]);
    });

    it('counts the reviews submitted in decided calls only, never saying which', async () => {
      const reviewer = await person(services);
      const applicant = await person(services);
      const decided = await call('decided', 'Appel décidé', '2026-05-01T10:00:00Z');
      const deliberating = await call('deliberating', 'Appel en cours');
      for (const [callId, state] of [
        [decided, 'submitted'],
        [decided, 'submitted'],
        // Not counted: assigned, cleared and excluded reviews, and one in a call still undecided.
        [decided, 'assigned'],
        [decided, 'cleared'],
        [decided, 'excluded'],
        [deliberating, 'submitted'],
      ]) {
        await review(callId, await submission(callId, 'Un commun', null, [[applicant, true]]), reviewer, state);
      }
      expect(await profiles.reviewsDone(reviewer.id)).toBe(2);
      expect(await profiles.reviewsDone(applicant.id)).toBe(0);
    });

    it('answers nothing for an id that is not one (bad input)', async () => {
      expect(await profiles.callsWon('pas-un-identifiant')).toEqual([]);
      expect(await profiles.reviewsDone('pas-un-identifiant')).toBe(0);
    });
  });

  describe('attestations: who may attest whom', () => {
    const reason = 'A co-écrit et porté la proposition jusqu’au comité.';
    const cases: [string, () => Actor, () => string, string | null][] = [
      ['the facilitator of the group, a contributor', () => open.facilitator, () => open.member.id, null],
      ['a plain member of the group', () => open.member, () => open.facilitator.id, 'ATTESTATION_NOT_ALLOWED'],
      ['the facilitator of another group', () => closed.facilitator, () => open.member.id, 'ATTESTATION_NOT_ALLOWED'],
      ['an administrator outside the group', () => open.admin, () => open.member.id, 'ATTESTATION_NOT_ALLOWED'],
      [
        'the facilitator, of a member without contribution',
        () => open.facilitator,
        () => open.chair.id,
        'ATTESTATION_NOT_ALLOWED',
      ],
      ['the facilitator, of themself', () => open.facilitator, () => open.facilitator.id, 'ATTESTATION_SELF'],
    ];
    it.each(cases)('%s', async (_name, actor, subject, refused) => {
      const attempt = attestations.attest(actor(), subject(), open.groupId, reason);
      if (refused) await expect(attempt).rejects.toEqual(refusal(refused));
      else await expect(attempt).resolves.toMatchObject({ subjectId: subject(), groupId: open.groupId });
    });

    it('refuses bad input: reason empty or too long, unknown person, unreadable group id', async () => {
      await expect(attestations.attest(open.facilitator, open.member.id, open.groupId, '  ')).rejects.toEqual(
        refusal('ATTESTATION_REASON_LENGTH'),
      );
      await expect(
        attestations.attest(open.facilitator, open.member.id, open.groupId, 'x'.repeat(1_001)),
      ).rejects.toEqual(refusal('ATTESTATION_REASON_LENGTH'));
      await expect(
        attestations.attest(open.facilitator, '00000000-0000-0000-0000-000000000000', open.groupId, reason),
      ).rejects.toEqual(refusal('ATTESTATION_PERSON_NOT_FOUND'));
      await expect(attestations.attest(open.facilitator, 'inconnu', open.groupId, reason)).rejects.toEqual(
        refusal('ATTESTATION_PERSON_NOT_FOUND'),
      );
      await expect(attestations.attest(open.facilitator, open.member.id, 'pas-un-groupe', reason)).rejects.toEqual(
        refusal('ATTESTATION_NOT_ALLOWED'),
      );
    });

    it('journals the act and notifies the person, in its transaction', async () => {
      const given = await attestations.attest(
        open.facilitator,
        open.member.id,
        open.groupId,
        'Merci pour la relecture.',
      );
      const [entry] = await services.dataSource.query(
        `SELECT actor_id, subject_user_id, group_id FROM audit_entry WHERE action = 'contribution_attested' AND target_id = $1`,
        [given.id],
      );
      expect(entry).toEqual({ actor_id: open.facilitator.id, subject_user_id: open.member.id, group_id: open.groupId });
      const jobs = await services.dataSource.query(
        `SELECT data FROM pgboss.job WHERE data->>'kind' = 'contribution_attested' AND data->>'attestationId' = $1`,
        [given.id],
      );
      expect(jobs).toHaveLength(1);
    });

    it('the person hides one from the profile; nobody else may', async () => {
      const given = await attestations.attest(open.facilitator, open.member.id, open.groupId, 'À masquer.');
      await expect(attestations.setHidden(open.facilitator, given.id, true)).rejects.toEqual(
        refusal('ATTESTATION_NOT_FOUND'),
      );
      await attestations.setHidden(open.member, given.id, true);
      expect((await attestations.shown(open.member.id)).map((shown) => shown.id)).not.toContain(given.id);
      expect((await attestations.mine(open.member)).find((mine) => mine.id === given.id)).toMatchObject({
        hidden: true,
      });
      await expect(attestations.visible(null, given.id)).rejects.toEqual(refusal('ATTESTATION_NOT_FOUND'));
    });
  });

  describe('Open Badges 3.0', () => {
    it('signs a credential that the published key verifies, and an altered one fails', async () => {
      const badges = services.get(BadgesService);
      const given = await attestations.attest(open.facilitator, open.member.id, open.groupId, 'Badge.');
      const jwt = await badges.sign(given, open.member.displayName, 'Groupe');
      const { keys } = await badges.jwks();
      const key = await importJWK(keys[0], 'EdDSA');
      expect(decodeProtectedHeader(jwt)).toMatchObject({ alg: 'EdDSA', kid: keys[0].kid });
      const { payload } = await jwtVerify(jwt, key);
      expect(payload.vc).toMatchObject({
        type: ['VerifiableCredential', 'OpenBadgeCredential'],
        validFrom: given.createdAt.toISOString(),
        credentialSubject: { type: ['AchievementSubject'], achievement: { type: ['Achievement'] } },
      });
      const [header, body, signature] = jwt.split('.');
      const altered = Buffer.from(
        JSON.stringify({ ...decodeJwt(jwt), sub: 'https://ailleurs.example/quelquun' }),
      ).toString('base64url');
      expect(body).not.toBe(altered);
      await expect(jwtVerify(`${header}.${altered}.${signature}`, key)).rejects.toThrow();
    });
  });
});
