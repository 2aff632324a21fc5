import { GraphQLResolveInfo } from 'graphql';
import { requestLoader, selects } from '@ouvroir/core';
import { Actor, actorOf, IdentityService, userLoader } from '@ouvroir/identity';
import { ProposalAuthorEntity } from './proposal-parts.entity';
import { ProposalPart, ProposalParts } from './proposal-parts.repository';
import { ProposalEntity } from './proposal.entity';
import { ProposalsService } from './proposals.service';

// The batched reads of the fields of a proposal, per GraphQL request. A proposal or a list read
// with its authors (and a proposal with the viewer's standing) primes them, so that its fields
// ask nothing again.

/** The authors of each proposal of the response. */
export const authorsLoader = (context: object, proposals: ProposalsService) =>
  requestLoader(context, 'proposalAuthors', (ids: readonly string[]) => proposals.authorsOf(ids));

/**
 * Primes the authors of a list's proposals and, when the query asks for their people, reads these
 * now: each author's `user` is then a known value rather than a promise per author.
 */
export async function primeAuthors(
  context: object,
  info: GraphQLResolveInfo,
  { proposals, identity }: { proposals: ProposalsService; identity: IdentityService },
  authors: Map<string, ProposalAuthorEntity[]>,
): Promise<void> {
  const loader = authorsLoader(context, proposals);
  for (const [id, ofProposal] of authors) loader.prime(id, ofProposal);
  if (!selects(info, 'nodes', 'authors', 'user')) return;
  const people = new Set([...authors.values()].flat().map((author) => author.userId));
  await userLoader(context, identity, actorOf(context)).loadMany([...people]);
}

/** Where the viewer stands towards each proposal of the response; the authors' loader gives their authorships. */
export const viewersLoader = (context: object, proposals: ProposalsService, actor: Actor | null) =>
  requestLoader(context, 'proposalViewers', async (keys: readonly ProposalEntity[]) => {
    const authors = await authorsLoader(context, proposals).loadMany(keys.map((proposal) => proposal.id));
    const failed = authors.find((found) => found instanceof Error);
    if (failed) throw failed;
    return proposals.viewersOf(actor, keys, authors as ProposalAuthorEntity[][]);
  });

/** The steps or the amendments of each proposal of the response: both, asked together, come in one statement. */
export function proposalPart<P extends ProposalPart>(
  context: object,
  proposals: ProposalsService,
  part: P,
  proposalId: string,
): Promise<NonNullable<ProposalParts[P]>> {
  const loader = requestLoader(context, 'proposalParts', async (keys: readonly string[]) => {
    const asked = keys.map((key) => key.split(':') as [ProposalPart, string]);
    const ids = [...new Set(asked.map(([, id]) => id))];
    const found = await proposals.partsOf(ids, [...new Set(asked.map(([kind]) => kind))]);
    return asked.map(([kind, id]) => found[ids.indexOf(id)][kind]);
  });
  return loader.load(`${part}:${proposalId}`) as Promise<NonNullable<ProposalParts[P]>>;
}
