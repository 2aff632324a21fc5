import { DomainsResolver } from '@ouvroir/domains';

/** Every resolver class of the API, for printing the schema without a database. */
export const resolvers = [DomainsResolver];
