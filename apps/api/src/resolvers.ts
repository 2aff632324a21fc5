import { DOMAIN_LIBRARIES } from './domain-libraries';

/** Every resolver class of the API, for printing the schema without a database. */
export const resolvers = DOMAIN_LIBRARIES.flatMap((library) => library.resolvers);
