import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { DomainError } from '@ouvroir/core';
import { GroupsService, MembershipRole, NewGroup } from '@ouvroir/groups';
import {
  Actor,
  DEMO_ACCOUNTS,
  DEV_IDENTITY_PROVIDER,
  DevIdentityProvider,
  IdentityService,
  profileFromClaims,
} from '@ouvroir/identity';

interface DemoGroup extends Omit<NewGroup, 'facilitatorId' | 'committeeId'> {
  slug: string;
  facilitator: string;
  members: [login: string, role: MembershipRole][];
  /** The slug of the committee a working group addresses (seeded before it). */
  committee?: string;
}

const CHARTER = `## Notre objet

Ce groupe réunit enseignants, agents et partenaires autour d’un même projet. Nous travaillons **en
ouvert** : nos productions sont publiées sous licence libre.

## Nos règles

1. Chacun peut proposer ; le groupe discute, l’animateur soumet au comité.
2. Les échanges restent courtois et tournés vers les élèves.
3. Les décisions sont consignées dans le [journal](/journal).`;

/** The groups of ../shared/JOURNEYS.md, in both domains, with every role held by a demo account. */
const DEMO_GROUPS: DemoGroup[] = [
  {
    domainSlug: 'logiciels-libres',
    kind: 'committee',
    name: 'Comité de pilotage — Logiciels libres',
    slug: 'copil-logiciels-libres',
    shortDescription: 'Vote les propositions des groupes de travail du domaine Logiciels libres.',
    charter: CHARTER,
    visibility: 'members',
    joinPolicy: 'invitation',
    facilitator: 'helene',
    members: [
      ['marc', 'voter'],
      ['aicha', 'voter'],
      ['samir', 'observer'],
    ],
  },
  {
    domainSlug: 'logiciels-libres',
    kind: 'working_group',
    name: 'Logiciels libres au collège',
    slug: 'logiciels-libres-au-college',
    shortDescription: 'Un socle de logiciels libres pour les salles de technologie et les CDI.',
    charter: CHARTER,
    visibility: 'public',
    joinPolicy: 'request',
    facilitator: 'samir',
    members: [
      ['karim', 'member'],
      ['marc', 'observer'],
    ],
    committee: 'copil-logiciels-libres',
  },
  {
    domainSlug: 'logiciels-libres',
    kind: 'working_group',
    name: 'Distributions libres pour les écoles',
    slug: 'distributions-libres-ecoles',
    shortDescription: 'Choisir, tester et documenter des distributions pour les écoles primaires.',
    charter: CHARTER,
    visibility: 'public',
    joinPolicy: 'open',
    facilitator: 'samir',
    members: [['claire', 'member']],
    committee: 'copil-logiciels-libres',
  },
  {
    domainSlug: 'ressources-educatives-libres',
    kind: 'committee',
    name: 'Comité de pilotage — Ressources éducatives libres',
    slug: 'copil-ressources-educatives-libres',
    shortDescription: 'Vote les propositions du domaine Ressources éducatives libres.',
    charter: CHARTER,
    visibility: 'members',
    joinPolicy: 'invitation',
    facilitator: 'helene',
    members: [
      ['marc', 'voter'],
      ['aicha', 'voter'],
    ],
  },
  {
    domainSlug: 'ressources-educatives-libres',
    kind: 'working_group',
    name: 'Manuels scolaires libres',
    slug: 'manuels-scolaires-libres',
    shortDescription: 'Écrire à plusieurs des manuels sous licence libre, du cycle 3 au lycée.',
    charter: CHARTER,
    visibility: 'public',
    joinPolicy: 'request',
    facilitator: 'karim',
    members: [
      ['claire', 'member'],
      ['aicha', 'observer'],
    ],
    committee: 'copil-ressources-educatives-libres',
  },
  {
    domainSlug: 'ressources-educatives-libres',
    kind: 'working_group',
    name: 'Partenariat universitaire REL',
    slug: 'partenariat-universitaire-rel',
    shortDescription: 'Avec l’Université de Rennes : évaluer les ressources libres en classe.',
    charter: CHARTER,
    visibility: 'members',
    joinPolicy: 'invitation',
    facilitator: 'samir',
    members: [['yann', 'member']],
    committee: 'copil-ressources-educatives-libres',
  },
];

/**
 * With the development provider on, makes every journey playable right after `npm start`: the
 * demo accounts exist (as their first sign-in would create them) and the demo groups are there,
 * created by the administrator Nadia. Runs once: nothing is done when the groups exist.
 */
@Injectable()
export class DemoSeed implements OnApplicationBootstrap {
  private readonly logger = new Logger(DemoSeed.name);

  constructor(
    @Inject(DEV_IDENTITY_PROVIDER) private readonly devProvider: DevIdentityProvider | null,
    private readonly identity: IdentityService,
    private readonly groups: GroupsService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.devProvider || (await this.seeded())) return;
    const provider = this.devProvider.provider;
    const users = new Map<string, Actor>();
    for (const account of DEMO_ACCOUNTS) {
      const user = await this.identity.signIn(
        provider,
        profileFromClaims(provider, provider.issuer, { sub: account.login, ...account }),
      );
      users.set(account.login, {
        id: user.id,
        platformRole: user.platformRole,
        displayName: user.displayName,
        session: { userId: user.id, providerId: provider.id, authenticatedAt: Date.now() },
      });
    }
    const administrator = users.get('nadia')!;
    const ids = new Map<string, string>();
    for (const { facilitator, members, committee, ...group } of DEMO_GROUPS) {
      const created = await this.groups.create(administrator, {
        ...group,
        facilitatorId: users.get(facilitator)!.id,
        committeeId: committee ? ids.get(committee) : undefined,
      });
      ids.set(group.slug, created.id);
      for (const [login, role] of members) {
        await this.groups.addMember(administrator, created.id, users.get(login)!.id, role);
      }
    }
    this.logger.log(`demo data: ${DEMO_ACCOUNTS.length} accounts, ${DEMO_GROUPS.length} groups`);
  }

  /** Whether a public demo group is there already. */
  private seeded(): Promise<boolean> {
    return this.groups.bySlug(null, 'logiciels-libres-au-college').then(
      () => true,
      (error: unknown) => {
        if (error instanceof DomainError && error.code === 'NOT_FOUND') return false;
        throw error;
      },
    );
  }
}
