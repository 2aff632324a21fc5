import { randomBytes } from 'node:crypto';
import type { Browser } from 'playwright-core';
import { DEMO_ACCOUNTS } from '../../libs/identity/src/dev-provider/demo-accounts';
import { baseUrl, newPage, signInAs } from '../support/browser';

type Role = 'facilitator' | 'member' | 'observer' | 'voter';

export interface OwnGroup {
  id: string;
  slug: string;
  name: string;
}

export interface GroupSetup {
  /** Its name, to which a unique suffix is added. */
  name: string;
  kind?: 'working_group' | 'committee';
  /** A demo account's login; the administrator when absent. */
  facilitator?: string;
  members?: [login: string, role: Role][];
  committeeId?: string;
  visibility?: 'public' | 'members';
  joinPolicy?: 'open' | 'request' | 'invitation';
  charter?: string;
}

/** A suffix that no other test, nor an earlier run of this one, gives its data. */
const uniqueSuffix = () => `${Date.now().toString(36)}-${randomBytes(2).toString('hex')}`;

/**
 * The administrator Nadia, through the API, making the groups and proposals a browser test changes, as
 * the demo seed makes the demo ones: each test file changes only what it made, never the demo data the
 * others read, so that no file depends on which ran before it. Close it once the data is made.
 */
export async function asAdministrator(browser: Browser) {
  const { page } = await newPage(browser);
  await signInAs(page, 'nadia');
  const ids = new Map<string, string>();

  async function graphql<T = Record<string, never>>(query: string, variables: Record<string, unknown> = {}) {
    const response = await page.request.post(`${baseUrl()}/graphql`, { data: { query, variables } });
    const body = (await response.json()) as { data?: T; errors?: unknown[] };
    if (body.errors || !body.data) throw new Error(`set-up refused: ${query} ${JSON.stringify(body.errors)}`);
    return body.data;
  }

  /** The id of a demo account, found by its e-mail address (administrators search addresses). */
  async function userId(login: string): Promise<string> {
    const email = DEMO_ACCOUNTS.find((account) => account.login === login)?.email;
    if (!email) throw new Error(`no demo account ${login}`);
    if (!ids.has(login)) {
      const { users } = await graphql<{ users: { nodes: { id: string; email: string }[] } }>(
        'query ($search: String!) { users(search: $search, first: 5) { nodes { id email } } }',
        { search: email },
      );
      const found = users.nodes.find((user) => user.email === email);
      if (!found) throw new Error(`the demo account ${login} is not there`);
      ids.set(login, found.id);
    }
    return ids.get(login)!;
  }

  return {
    /** A group of the test's own, in the domain « Logiciels libres », with its members. */
    async group({ name, kind = 'working_group', facilitator, members = [], ...fields }: GroupSetup): Promise<OwnGroup> {
      const { createGroup } = await graphql<{ createGroup: OwnGroup }>(
        'mutation ($input: CreateGroupInput!) { createGroup(input: $input) { id slug name } }',
        {
          input: {
            domainSlug: 'logiciels-libres',
            kind,
            name: `${name} ${uniqueSuffix()}`,
            facilitatorId: facilitator ? await userId(facilitator) : undefined,
            ...fields,
          },
        },
      );
      for (const [login, role] of members) {
        await graphql(
          'mutation ($g: ID!, $u: ID!, $r: MembershipRole!) { addMember(groupId: $g, userId: $u, role: $r) { role } }',
          {
            g: createGroup.id,
            u: await userId(login),
            r: role,
          },
        );
      }
      return createGroup;
    },

    /**
     * A proposal drafted by the administrator in a group she facilitates (one made without a
     * `facilitator`), then moved through these transitions.
     */
    async proposal(
      groupId: string,
      title: string,
      transitions: ('submit_for_discussion' | 'finalise')[] = [],
    ): Promise<string> {
      const { createProposal } = await graphql<{ createProposal: { id: string } }>(
        'mutation ($g: ID!, $input: ProposalInput!) { createProposal(groupId: $g, input: $input) { id } }',
        {
          g: groupId,
          input: {
            title,
            summary: 'Une liste tenue à jour, discipline par discipline.',
            body: 'Le texte de la proposition.',
          },
        },
      );
      for (const transition of transitions) {
        await graphql(
          'mutation ($p: ID!, $t: ProposalTransition!) { transitionProposal(proposalId: $p, transition: $t) { state } }',
          { p: createProposal.id, t: transition },
        );
      }
      return createProposal.id;
    },

    close: () => page.context().close(),
  };
}
