import { Column, Entity, PrimaryColumn, Unique } from 'typeorm';

/** A field of the programme (*domaine*): groups and commons belong to one. */
@Entity({ name: 'domain' })
@Unique('domain_slug_uq', ['slug'])
export class DomainEntity {
  @PrimaryColumn({ type: 'uuid', default: () => 'gen_random_uuid()', primaryKeyConstraintName: 'domain_pkey' })
  id: string;

  @Column({ type: 'text' })
  slug: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text', default: '' })
  description: string;
}
