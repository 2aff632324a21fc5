import { DomainsResolver } from '@ouvroir/domains';
import { IdentityResolver } from '@ouvroir/identity';

/** Every resolver class of the API, for printing the schema without a database. */
export const resolvers = [DomainsResolver, IdentityResolver];
