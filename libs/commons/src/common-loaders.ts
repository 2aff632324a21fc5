import { requestLoader } from '@ouvroir/core';
import { Actor, IdentityService } from '@ouvroir/identity';
import { ProposalEntity } from '@ouvroir/proposals';
import {
  CommonMaintainerEntity,
  CommonRepositoryEntity,
  CommonRevisionEntity,
  CommonUsageEntity,
} from './common-parts.entity';
import { CommonPartsRepository } from './common-parts.repository';
import { CommonsAccessService } from './commons-access.service';
import { CommonViewer } from './commons.policy';
import { CommonConcept, CommonRow, CommonsRepository } from './commons.repository';
import { CommonsService } from './commons.service';
import { DecisionsService } from './decisions.service';

/** The rows of `commonIds`, grouped by common in their order. */
const grouped = <T extends { commonId: string }>(commonIds: readonly string[], rows: T[]): T[][] =>
  commonIds.map((id) => rows.filter((row) => row.commonId === id));

// One statement per field of a list, whatever the number of commons it shows.

export const repositoriesLoader = (context: object, repository: CommonPartsRepository) =>
  requestLoader(context, 'commonRepositories', async (ids: readonly string[]): Promise<CommonRepositoryEntity[][]> =>
    grouped(ids, await repository.repositoriesOf(ids)),
  );

export const maintainersLoader = (context: object, repository: CommonPartsRepository) =>
  requestLoader(context, 'commonMaintainers', async (ids: readonly string[]): Promise<CommonMaintainerEntity[][]> =>
    grouped(ids, await repository.maintainersOf(ids)),
  );

export const usagesLoader = (context: object, repository: CommonPartsRepository) =>
  requestLoader(context, 'commonUsages', async (ids: readonly string[]): Promise<CommonUsageEntity[][]> =>
    grouped(ids, await repository.usagesOf(ids)),
  );

export const scolomfrLoader = (context: object, repository: CommonsRepository) =>
  requestLoader(context, 'commonScolomfr', async (ids: readonly string[]): Promise<CommonConcept[][]> =>
    grouped(ids, await repository.scolomfrOf(ids)),
  );

export const decisionsLoader = (context: object, decisions: DecisionsService, actor: Actor | null) =>
  requestLoader(context, 'commonDecisions', (ids: readonly string[]): Promise<ProposalEntity[][]> =>
    decisions.decisionsOf(actor, ids),
  );

export const commonViewersLoader = (context: object, access: CommonsAccessService, actor: Actor | null) =>
  requestLoader(context, 'commonViewers', (commons: readonly CommonRow[]): Promise<CommonViewer[]> =>
    access.viewersOf(actor, commons),
  );

export const organisationLoader = (context: object, identity: IdentityService, actor: Actor | null) =>
  requestLoader(context, 'organisations', (ids: readonly string[]) => identity.organisationsByIds(actor, ids));

/** The latest `first` revisions of each common of the response (one loader per `first` asked). */
export const revisionsLoader = (context: object, commons: CommonsService, first: number) =>
  requestLoader(
    context,
    `commonRevisions:${first}`,
    async (ids: readonly string[]): Promise<CommonRevisionEntity[][]> =>
      grouped(ids, await commons.revisionsOf(ids, first)),
  );
