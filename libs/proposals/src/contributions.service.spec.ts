import { proposalWorld } from '../../../test/support/proposal-world';
import { ServiceTesting, startServices } from '../../../test/support/service-testing';
import { ContributionsService } from './contributions.service';

/** What the recognition reads of the proposals: as the public would, and where a person contributed. */
describe('ContributionsService', () => {
  let services: ServiceTesting;
  beforeAll(async () => {
    services = await startServices();
  });
  afterAll(() => services?.close());

  it('lists a person’s proposals the public may read, never a draft nor a members-only group’s', async () => {
    const contributions = services.get(ContributionsService);
    const open = await proposalWorld(services);
    const closed = await proposalWorld(services, { group: 'members', committee: 'members' });
    const shown = await open.proposal('in_discussion');
    await open.proposal('draft');
    await closed.proposal('submitted');
    const list = await contributions.publicProposalsOf(open.member.id, undefined, 20);
    expect(list.nodes.map((proposal) => proposal.id)).toEqual([shown]);
    expect((await contributions.publicProposalsOf(closed.member.id, undefined, 20)).totalCount).toBe(0);
    expect(await contributions.publicProposalsOf(open.member.id, ['adopted'], 20)).toMatchObject({ totalCount: 0 });
  });

  it('counts as contributed the groups of proposals written past their draft, not of a mere draft', async () => {
    const contributions = services.get(ContributionsService);
    const drafting = await proposalWorld(services);
    await drafting.proposal('draft');
    expect(await contributions.contributedGroupIds(drafting.member.id)).toEqual([]);
    await drafting.proposal('in_discussion');
    expect(await contributions.contributedGroupIds(drafting.member.id)).toEqual([drafting.groupId]);
    expect(await contributions.contributedGroupIds(drafting.facilitator.id)).toEqual([]);
  });
});
