import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import { DataSource, EntityManager } from 'typeorm';
import { AttestationEntity } from './attestation.entity';

/** The recognition's one table: the attestations. */
@Injectable()
export class RecognitionRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  insert(manager: EntityManager, attestation: Omit<AttestationEntity, 'id' | 'createdAt' | 'hidden'>) {
    return manager.save(AttestationEntity, manager.create(AttestationEntity, attestation));
  }

  findById(id: string): Promise<AttestationEntity | null> {
    return isUUID(id) ? this.dataSource.manager.findOneBy(AttestationEntity, { id }) : Promise.resolve(null);
  }

  /** The person's attestations, the latest first; the hidden ones only when `withHidden`. */
  ofSubject(subjectId: string, withHidden: boolean, limit: number): Promise<AttestationEntity[]> {
    return this.dataSource.manager.find(AttestationEntity, {
      where: withHidden ? { subjectId } : { subjectId, hidden: false },
      order: { createdAt: 'DESC', id: 'ASC' },
      take: limit,
    });
  }

  async setHidden(id: string, hidden: boolean): Promise<void> {
    await this.dataSource.manager.update(AttestationEntity, { id }, { hidden });
  }
}
