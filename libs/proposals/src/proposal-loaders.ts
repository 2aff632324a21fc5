import { requestLoader } from '@ouvroir/core';
import { Actor } from '@ouvroir/identity';
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

export function primeAuthors(
  context: object,
  proposals: ProposalsService,
  authors: Map<string, ProposalAuthorEntity[]>,
) {
  const loader = authorsLoader(context, proposals);
  for (const [id, ofProposal] of authors) loader.prime(id, ofProposal);
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
