import { Injectable, Logger } from '@nestjs/common';
import { CommonsService, UsagesService } from '@ouvroir/commons';
import { IdentityProviderConfig } from '@ouvroir/core';
import { DomainsService } from '@ouvroir/domains';
import { Actor, DEMO_ACCOUNTS, IdentityService, profileFromClaims } from '@ouvroir/identity';
import { DEMO_ACADEMY_PEOPLE, DEMO_COMMONS, DemoCommon } from './commons-demo-data';

/**
 * The demo catalogue (commons-demo-data.ts), published through the catalogue's services as people
 * would: each common by its first maintainer, each usage by an administrator for the organisation.
 * Runs once: nothing is done when the first demo common exists.
 */
@Injectable()
export class CommonsDemoSeed {
  private readonly logger = new Logger(CommonsDemoSeed.name);

  constructor(
    private readonly identity: IdentityService,
    private readonly domains: DomainsService,
    private readonly commons: CommonsService,
    private readonly usages: UsagesService,
  ) {}

  async seed(provider: IdentityProviderConfig): Promise<void> {
    if (await this.commons.findBySlug('mathalea')) return;
    const people = new Map<string, Actor>();
    const organisations = new Map<string, string>();
    const accounts = [
      ...DEMO_ACCOUNTS,
      ...DEMO_ACADEMY_PEOPLE.map(({ organisation, ...person }) => ({ ...person, organisation_name: organisation })),
    ];
    for (const account of accounts) {
      const user = await this.identity.signIn(
        provider,
        profileFromClaims(provider, provider.issuer, { sub: account.login, ...account }),
      );
      people.set(account.login, {
        id: user.id,
        platformRole: user.platformRole,
        displayName: user.displayName,
        session: { userId: user.id, providerId: provider.id, authenticatedAt: Date.now() },
      });
      if (user.organisationId) organisations.set(account.organisation_name, user.organisationId);
    }
    const administrator = people.get('nadia')!;
    await this.markAcademies(administrator, organisations);
    const domainIds = new Map((await this.domains.list()).map((domain) => [domain.slug, domain.id]));
    const concepts = await this.concepts();
    for (const common of DEMO_COMMONS) {
      await this.seedCommon(common, people, organisations, domainIds, concepts, administrator);
    }
    this.logger.log(`demo catalogue: ${DEMO_COMMONS.length} commons`);
  }

  private async seedCommon(
    common: DemoCommon,
    people: Map<string, Actor>,
    organisations: Map<string, string>,
    domainIds: Map<string, string>,
    concepts: Map<string, string>,
    administrator: Actor,
  ) {
    const [publisher, ...others] = common.maintainers.map((login) => people.get(login)!);
    const created = await this.commons.create(null, publisher, {
      kind: common.kind,
      name: common.name,
      summary: common.summary,
      description: common.description,
      domainId: domainIds.get(common.domain)!,
      status: common.status,
      website: common.website ?? null,
      tags: common.tags,
      licence: common.licence,
      // A label the seed lacks is a mistake in the demo's data: said, not silently left out.
      scolomfrUris: (common.scolomfr ?? []).map((label) => {
        const uri = concepts.get(label);
        if (!uri) throw new Error(`The demo names a ScoLOMFR concept no seed has: ${label}`);
        return uri;
      }),
      repositories: (common.repositories ?? []).map(({ url, mirrorOf }) => ({
        url,
        role: mirrorOf ? 'mirror' : 'source',
        mirrorOfUrl: mirrorOf ?? null,
      })),
      maintainerUserIds: others.map((person) => person.id),
      maintainerOrganisationIds: (common.organisations ?? []).flatMap((name) => organisations.get(name) ?? []),
    });
    for (const usage of common.usedBy ?? []) {
      const organisationId = organisations.get(usage.organisation);
      if (!organisationId) continue;
      await this.usages.declare(administrator, created.id, {
        organisationId,
        instanceUrl: usage.instanceUrl ?? null,
        userCount: usage.userCount ?? null,
      });
    }
  }

  /** The ScoLOMFR concepts the forms offer, by label (the demo names them so; the URIs are the seed's). */
  private async concepts(): Promise<Map<string, string>> {
    const byLabel = new Map<string, string>();
    for (const vocabulary of ['022', '015', '010', '005']) {
      for (const concept of await this.commons.concepts(vocabulary)) {
        if (!byLabel.has(concept.label)) byLabel.set(concept.label, concept.uri);
      }
    }
    return byLabel;
  }

  /** The académies the extra demo people belong to, typed as an administrator would. */
  private async markAcademies(administrator: Actor, organisations: Map<string, string>) {
    for (const { organisation: name } of DEMO_ACADEMY_PEOPLE) {
      const { nodes } = await this.identity.listOrganisations(administrator, name, 5);
      const organisation = nodes.find((candidate) => candidate.name === name);
      if (!organisation || organisation.type === 'academy' || !organisations.has(name)) continue;
      await this.identity.updateOrganisation(administrator, organisation.id, {
        name: organisation.name,
        type: 'academy',
        siret: organisation.siret,
        uai: organisation.uai,
        emailDomains: organisation.emailDomains ?? [],
      });
    }
  }
}
