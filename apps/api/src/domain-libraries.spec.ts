import { IdentityService } from '@ouvroir/identity';
import { person, ServiceTesting, startServices } from '../../../test/support/service-testing';
import { DOMAIN_LIBRARIES } from './domain-libraries';

describe('the list of domain libraries', () => {
  let services: ServiceTesting;
  beforeAll(async () => {
    services = await startServices();
  });
  afterAll(() => services.close());

  it('maps every table the migrations create to an entity of exactly one library', async () => {
    // The sessions' table belongs to connect-pg-simple, written by identity's SessionStore without an entity.
    const rows: { table_name: string }[] = await services.dataSource.query(
      `SELECT table_name FROM information_schema.tables
        WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name NOT IN ('migration', 'user_session')`,
    );
    const mapped = services.dataSource.entityMetadatas.map((metadata) => metadata.tableName);
    expect(new Set(mapped).size).toBe(mapped.length);
    expect([...mapped].sort()).toEqual(rows.map((row) => row.table_name).sort());
    const owners = DOMAIN_LIBRARIES.flatMap((library) => library.entities);
    expect(new Set(owners).size).toBe(owners.length);
  });

  it('names each library once', () => {
    const names = DOMAIN_LIBRARIES.map((library) => library.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it('gives the service tier people who exist in the database', async () => {
    const claire = await person(services, { login: 'claire' });
    expect(claire.platformRole).toBe('member');
    const again = await person(services, { login: 'claire' });
    expect(again.id).toBe(claire.id);
    const [profile] = await services.get(IdentityService).profilesByIds(claire, [claire.id]);
    expect(profile).toMatchObject({ displayName: 'Claire Test' });
  });
});
