import { GroupsService, MembershipsService } from '@ouvroir/groups';
import type { Actor } from '@ouvroir/identity';
import { ProposalsService, WorkflowService } from '@ouvroir/proposals';
import { createLocalJWKSet, jwtVerify, type JSONWebKeySet } from 'jose';
import { account, PeopleApp, Person, startPeopleApp } from '../support/people';

/**
 * Recognition over HTTP: the public profile exists only once opened, shows what the public may read,
 * carries the attestations a facilitator gave (and the person did not hide), and each exports as an
 * Open Badge that the key published at /.well-known/jwks.json verifies.
 */
describe('recognition over HTTP', () => {
  let app: PeopleApp;
  let claire: Person;
  let samir: Person;
  let karim: Person;
  let committeeId: string;
  let adoptedId: string;
  let groupId: string;

  const PROFILE = `query ($id: ID!) { contributor(id: $id) { id displayName organisationId
    adoptedProposals { nodes { id title state } } proposals { totalCount }
    attestations { id reason authorName groupName } } }`;
  /** Every item a profile lists, to check that none comes back for a closed one. */
  const WHOLE_PROFILE = `query ($id: ID!) { contributor(id: $id) { id displayName organisationName
    adoptedProposals { nodes { id } } proposals { nodes { id } } acceptedAmendments { id } maintainedCommons { id }
    callsWon { id callTitle } reviewsDone attestations { id } } }`;
  const CREDITED = `query ($id: ID!) { organisationContributors(organisationId: $id) {
    id displayName adoptedProposalCount maintainedCommonCount } }`;
  const ATTEST = `mutation ($personId: ID!, $groupId: ID!, $reason: String!) {
    attestContribution(personId: $personId, groupId: $groupId, reason: $reason) { id reason } }`;
  const actorOf = (person: Person, platformRole: 'member' | 'admin' = 'member') =>
    ({ id: person.id!, platformRole, displayName: '', session: {} }) as Actor;

  beforeAll(async () => {
    app = await startPeopleApp([account('claire'), account('samir'), account('karim'), account('admin', 'admin')]);
    claire = await app.signIn('claire');
    samir = await app.signIn('samir');
    karim = await app.signIn('karim');
    const admin = actorOf(await app.signIn('admin'), 'admin');
    const nest = app.t.app;
    const committee = await nest.get(GroupsService).create(admin, {
      domainSlug: 'logiciels-libres',
      kind: 'committee',
      name: 'Comité des logiciels libres',
      visibility: 'public',
      facilitatorId: samir.id!,
    });
    committeeId = committee.id;
    const group = await nest.get(GroupsService).create(admin, {
      domainSlug: 'logiciels-libres',
      kind: 'working_group',
      name: 'Logiciels libres au collège',
      visibility: 'public',
      joinPolicy: 'request',
      committeeId: committee.id,
      facilitatorId: samir.id!,
    });
    groupId = group.id;
    await nest.get(MembershipsService).addMember(admin, groupId, claire.id!, 'member');
    const proposal = await nest.get(ProposalsService).create(actorOf(claire), groupId, {
      title: 'Un socle de logiciels libres',
      body: 'Texte.',
    });
    adoptedId = proposal.id;
    await nest.get(WorkflowService).transition(actorOf(claire), adoptedId, 'submit_for_discussion');
    await nest.get(WorkflowService).transition(actorOf(samir), adoptedId, 'finalise');
    await nest.get(ProposalsService).recordVoteOpened(adoptedId, null);
    await nest.get(ProposalsService).recordVoteResult(adoptedId, 'adopted', null);
  });
  afterAll(() => app.close());

  it('answers the public NOT_FOUND for a closed profile as for an unknown person', async () => {
    const closed = await app.anonymous.graphql(PROFILE, { id: claire.id });
    const unknown = await app.anonymous.graphql(PROFILE, { id: '00000000-0000-0000-0000-000000000000' });
    expect(closed.errors![0].extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'CONTRIBUTOR_NOT_FOUND' });
    expect(closed.errors![0]).toEqual(unknown.errors![0]);
  });

  it('shows the adopted proposal once Claire opens her profile, and credits her in her organisation', async () => {
    const opened = await claire.graphql('mutation { setMyPublicProfile(public: true) { publicProfile } }');
    expect(opened.data!.setMyPublicProfile.publicProfile).toBe(true);
    const profile = (await app.anonymous.graphql(PROFILE, { id: claire.id })).data!.contributor;
    expect(profile.adoptedProposals.nodes).toEqual([
      { id: adoptedId, title: 'Un socle de logiciels libres', state: 'adopted' },
    ]);
    // Samir, Karim and the administrator are of the same organisation but did not open their profile.
    const credited = await app.anonymous.graphql(CREDITED, { id: profile.organisationId });
    expect(credited.data!.organisationContributors).toEqual([
      { id: claire.id, displayName: 'Claire Test', adoptedProposalCount: 1, maintainedCommonCount: 0 },
    ]);
  });

  it('never returns a closed profile’s items, to the public or to a signed-in person, nor credits its owner', async () => {
    const organisationId = (await app.anonymous.graphql(PROFILE, { id: claire.id })).data!.contributor.organisationId;
    await karim.graphql('mutation { setMyPublicProfile(public: true) { publicProfile } }');
    expect((await app.anonymous.graphql(WHOLE_PROFILE, { id: karim.id })).data!.contributor.id).toBe(karim.id);
    await karim.graphql('mutation { setMyPublicProfile(public: false) { publicProfile } }');
    for (const reader of [app.anonymous, samir]) {
      const closed = await reader.graphql(WHOLE_PROFILE, { id: karim.id });
      expect(closed.data).toBeNull();
      expect(closed.errors![0].extensions).toMatchObject({ reason: 'CONTRIBUTOR_NOT_FOUND' });
    }
    const credited = await samir.graphql(CREDITED, { id: organisationId });
    expect(credited.data!.organisationContributors.map((person: { id: string }) => person.id)).toEqual([claire.id]);
    // Bad input: an organisation id that is not one, and an unknown one, credit nobody.
    for (const id of ['pas-une-structure', '00000000-0000-0000-0000-000000000000']) {
      expect((await app.anonymous.graphql(CREDITED, { id })).data!.organisationContributors).toEqual([]);
    }
  });

  it('lists the call Claire won, dated, and counts Samir’s reviews without saying which', async () => {
    const [{ id: callId }] = (
      await app.sql.query(
        `INSERT INTO call (domain_id, committee_id, title, challenges, criteria, cutoffs, state, created_by, decided_at)
         SELECT domain_id, id, 'Communs pour le collège', ARRAY['Un défi'], '[]', ARRAY[now() - interval '30 days'],
                'decided', $2, '2026-06-01T08:00:00Z'
         FROM work_group WHERE id = $1 RETURNING id`,
        [committeeId, samir.id],
      )
    ).rows;
    const submission = async (commonName: string, decision: string) => {
      const [{ id }] = (
        await app.sql.query(
          `INSERT INTO call_submission (call_id, created_by, state, cutoff_at, common_kind, common_name, decision)
           VALUES ($1, $2, 'eligible', now() - interval '30 days', 'software', $3, $4) RETURNING id`,
          [callId, claire.id, commonName, decision],
        )
      ).rows;
      await app.sql.query(
        `INSERT INTO call_submission_applicant (submission_id, user_id, role, accepted) VALUES ($1, $2, 'lead', true)`,
        [id, claire.id],
      );
      await app.sql.query(
        `INSERT INTO call_review (call_id, submission_id, reviewer_id, state, assigned_by)
         VALUES ($1, $2, $3, 'submitted', $3)`,
        [callId, id, samir.id],
      );
      return id;
    };
    const laureate = await submission('Un socle libre', 'retained');
    await submission('Une idée écartée', 'not_retained');
    await samir.graphql('mutation { setMyPublicProfile(public: true) { publicProfile } }');
    const WON = `query ($id: ID!) { contributor(id: $id) {
      callsWon { id callId callTitle commonName commonSlug withConditions decidedAt } reviewsDone } }`;
    expect((await app.anonymous.graphql(WON, { id: claire.id })).data!.contributor).toEqual({
      callsWon: [
        {
          id: laureate,
          callId,
          callTitle: 'Communs pour le collège',
          commonName: 'Un socle libre',
          commonSlug: null,
          withConditions: false,
          decidedAt: '2026-06-01T08:00:00.000Z',
        },
      ],
      reviewsDone: 0,
    });
    expect((await app.anonymous.graphql(WON, { id: samir.id })).data!.contributor).toEqual({
      callsWon: [],
      reviewsDone: 2,
    });
    await samir.graphql('mutation { setMyPublicProfile(public: false) { publicProfile } }');
  });

  it('refuses an attestation with a reason too long, and from the public, writing nothing', async () => {
    const tooLong = await samir.graphql(ATTEST, { personId: claire.id, groupId, reason: 'x'.repeat(1_001) });
    expect(tooLong.errors![0].extensions).toMatchObject({ reason: 'ATTESTATION_REASON_LENGTH' });
    const anonymous = await app.anonymous.graphql(ATTEST, { personId: claire.id, groupId, reason: 'Merci.' });
    expect(anonymous.errors![0].extensions).toMatchObject({ code: 'UNAUTHENTICATED' });
    const { rows } = await app.sql.query('SELECT count(*)::int AS n FROM attestation');
    expect(rows[0].n).toBe(0);
  });

  it('exports Samir’s attestation as an Open Badge the published key verifies; an altered one fails', async () => {
    const given = await samir.graphql(ATTEST, { personId: claire.id, groupId, reason: 'A porté la proposition.' });
    const attestationId = given.data!.attestContribution.id;
    const profile = (await app.anonymous.graphql(PROFILE, { id: claire.id })).data!.contributor;
    expect(profile.attestations).toEqual([
      {
        id: attestationId,
        reason: 'A porté la proposition.',
        authorName: 'Samir Test',
        groupName: 'Logiciels libres au collège',
      },
    ]);
    const badge = await app.anonymous.graphql('query ($id: ID!) { openBadge(attestationId: $id) }', {
      id: attestationId,
    });
    const jwt: string = badge.data!.openBadge;
    const jwks = (await (await fetch(`${app.url}/.well-known/jwks.json`)).json()) as JSONWebKeySet;
    const keys = createLocalJWKSet(jwks);
    const { payload } = await jwtVerify(jwt, keys, { issuer: app.url });
    expect(payload.vc).toMatchObject({
      type: ['VerifiableCredential', 'OpenBadgeCredential'],
      issuer: { id: app.url },
      credentialSubject: {
        id: `${app.url}/contributeurs/${claire.id}`,
        achievement: { name: 'Contribution reconnue' },
      },
    });
    const [header, body, signature] = jwt.split('.');
    const claims = JSON.parse(Buffer.from(body, 'base64url').toString());
    claims.vc.credentialSubject.achievement.name = 'Contribution majeure';
    const altered = `${header}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.${signature}`;
    await expect(jwtVerify(altered, keys)).rejects.toThrow();
  });

  it('lets Claire hide an attestation: gone from her profile and its badge no longer public', async () => {
    const [mine] = (await claire.graphql('{ myAttestations { id hidden } }')).data!.myAttestations;
    await claire.graphql('mutation ($id: ID!) { setAttestationHidden(id: $id, hidden: true) { hidden } }', {
      id: mine.id,
    });
    expect((await app.anonymous.graphql(PROFILE, { id: claire.id })).data!.contributor.attestations).toEqual([]);
    const badge = await app.anonymous.graphql('query ($id: ID!) { openBadge(attestationId: $id) }', { id: mine.id });
    expect(badge.errors![0].extensions).toMatchObject({ reason: 'ATTESTATION_NOT_FOUND' });
  });
});
