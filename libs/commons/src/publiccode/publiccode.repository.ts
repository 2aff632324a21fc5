import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

/** The catalogue's reads for publiccode.yml that the commons' repository has no use for. */
@Injectable()
export class PubliccodeRepository {
  /** The common one of whose repositories is this address (a final slash, `.git` and case aside). */
  async commonIdByRepositoryUrl(manager: EntityManager, url: string): Promise<string | null> {
    const key = url
      .trim()
      .replace(/\/+$/, '')
      .replace(/\.git$/, '')
      .toLowerCase();
    const rows: { commonId: string }[] = await manager.query(
      `SELECT common_id AS "commonId" FROM common_repository
       WHERE lower(regexp_replace(regexp_replace(url, '/+$', ''), '\\.git$', '')) = $1
       ORDER BY role = 'source' DESC, common_id LIMIT 1`,
      [key],
    );
    return rows[0]?.commonId ?? null;
  }
}
