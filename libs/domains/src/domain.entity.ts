import { Column, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';

/** A field of the programme (*domaine*): groups and commons belong to one. */
@Entity({ name: 'domain' })
@Unique('domain_slug_uq', ['slug'])
export class DomainEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'domain_pkey' })
  id: string;

  @Column({ type: 'text' })
  slug: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text', default: '' })
  description: string;
}
