import { auditLibrary, registerAuditActions } from '@ouvroir/audit';
import { commonsLibrary } from '@ouvroir/commons';
import { callsLibrary } from '@ouvroir/calls';
import { DomainLibrary } from '@ouvroir/core';
import { discussionLibrary } from '@ouvroir/discussion';
import { domainsLibrary } from '@ouvroir/domains';
import { groupsLibrary } from '@ouvroir/groups';
import { homeLibrary } from '@ouvroir/home';
import { identityLibrary } from '@ouvroir/identity';
import { indicatorsLibrary } from '@ouvroir/indicators';
import { liveLibrary } from '@ouvroir/live';
import { notificationsLibrary } from '@ouvroir/notifications';
import { proposalsLibrary } from '@ouvroir/proposals';
import { searchLibrary } from '@ouvroir/search';
import { recognitionLibrary } from '@ouvroir/recognition';
import { votesLibrary } from '@ouvroir/votes';

/**
 * The domain libraries the app is made of: adding a domain is adding its line here
 * (docs/adding-a-domain.md). Their modules, entities, migrations, resolvers and journal acts are
 * assembled from this list alone.
 */
export const DOMAIN_LIBRARIES: readonly DomainLibrary[] = [
  domainsLibrary,
  identityLibrary,
  liveLibrary,
  auditLibrary,
  groupsLibrary,
  proposalsLibrary,
  votesLibrary,
  discussionLibrary,
  commonsLibrary,
  callsLibrary,
  notificationsLibrary,
  homeLibrary,
  searchLibrary,
  recognitionLibrary,
  indicatorsLibrary,
];

export const DOMAIN_MODULES = DOMAIN_LIBRARIES.map((library) => library.module);

// Before any schema is built from these libraries' resolvers.
registerAuditActions(DOMAIN_LIBRARIES.flatMap((library) => library.auditActions ?? []));
