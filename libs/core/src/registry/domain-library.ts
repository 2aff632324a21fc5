import type { DynamicModule, Type } from '@nestjs/common';

/**
 * What the app needs from a domain library, exported by the library as `<name>Library` and listed
 * once in `apps/api/src/domain-libraries.ts`: its Nest module (which provides its services, resolvers,
 * gateways and live rooms), its entities and migrations, its GraphQL resolver classes (for printing
 * the schema without a database) and the governance acts its journal records.
 */
export interface DomainLibrary {
  name: string;
  module: Type | DynamicModule;
  entities: Type[];
  migrations: Type[];
  resolvers: Type[];
  auditActions?: readonly string[];
}
