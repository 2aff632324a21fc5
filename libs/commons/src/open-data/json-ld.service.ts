import { Injectable } from '@nestjs/common';
import { AppConfig, InjectConfig } from '@ouvroir/core';
import { IdentityService } from '@ouvroir/identity';
import { CommonPartsRepository } from '../common-parts.repository';
import { CommonRow, CommonsRepository } from '../commons.repository';
import { jsonLdOf } from './json-ld';

/** The schema.org JSON-LD of commons, in a constant number of statements for any number of them. */
@Injectable()
export class JsonLdService {
  constructor(
    private readonly repository: CommonsRepository,
    private readonly parts: CommonPartsRepository,
    private readonly identity: IdentityService,
    @InjectConfig() private readonly config: AppConfig,
  ) {}

  async jsonLdOf(commons: readonly CommonRow[]): Promise<Record<string, unknown>[]> {
    const ids = commons.map((common) => common.id);
    const [repositories, maintainers, concepts] = await Promise.all([
      this.parts.repositoriesOf(ids),
      this.parts.maintainersOf(ids),
      this.repository.scolomfrOf(ids),
    ]);
    const userIds = [...new Set(maintainers.flatMap((maintainer) => maintainer.userId ?? []))];
    const organisationIds = [...new Set(maintainers.flatMap((maintainer) => maintainer.organisationId ?? []))];
    const [people, organisations] = await Promise.all([
      this.identity.profilesByIds(null, userIds),
      this.identity.organisationsByIds(null, organisationIds),
    ]);
    const names = new Map<string, string>([
      ...people.flatMap((person) => (person ? [[person.id, person.displayName] as [string, string]] : [])),
      ...organisations.flatMap((o) => (o ? [[o.id, o.name] as [string, string]] : [])),
    ]);
    return commons.map((common) => {
      const own = <T extends { commonId: string }>(rows: T[]) => rows.filter((row) => row.commonId === common.id);
      const vocabulary = (number: string) =>
        own(concepts)
          .filter((concept) => concept.vocabulary === number)
          .map(({ uri, label }) => ({ uri, label }));
      return jsonLdOf({
        kind: common.kind,
        name: common.name,
        summary: common.summary,
        pageUrl: `${this.config.publicUrl}/communs/${common.slug}`,
        website: common.website,
        licenceIds: common.licenceIds,
        tags: common.tags,
        laureate: common.laureateCallId !== null,
        repositories: own(repositories)
          .sort((a, b) => Number(b.role === 'source') - Number(a.role === 'source'))
          .map(({ url, role }) => ({ url, role })),
        maintainers: own(maintainers).flatMap((maintainer) => {
          const name = names.get(maintainer.userId ?? maintainer.organisationId ?? '');
          return name ? [{ name, organisation: maintainer.userId === null }] : [];
        }),
        levels: vocabulary('022'),
        subjects: vocabulary('015'),
        pedagogicalTypes: vocabulary('010'),
        createdAt: new Date(common.createdAt),
        updatedAt: new Date(common.updatedAt),
      });
    });
  }
}
