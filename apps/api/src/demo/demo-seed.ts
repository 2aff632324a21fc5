import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { DomainError } from '@ouvroir/core';
import { GroupsService, MembershipRole, MembershipsService, NewGroup } from '@ouvroir/groups';
import {
  Actor,
  DEMO_ACCOUNTS,
  DEV_IDENTITY_PROVIDER,
  DevIdentityProvider,
  IdentityService,
  OrganisationType,
  profileFromClaims,
} from '@ouvroir/identity';
import { CoauthorsService, ProposalsService, Transition, WorkflowService } from '@ouvroir/proposals';
import { VoteLifecycleService } from '@ouvroir/votes';
import { CallsDemo } from './calls-demo';

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
      ['claire', 'voter'],
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
 * A step of a demo proposal's life: a transition by someone, a vote opened by someone (closing in a
 * week), or a decision taken before Ouvroir, recorded as the outcome of a vote held elsewhere.
 */
type DemoStep = [Transition, string] | ['open_vote', string] | ['decided_before', 'adopted' | 'rejected'];

interface DemoProposal {
  group: string;
  author: string;
  coauthor?: string;
  title: string;
  summary: string;
  steps: DemoStep[];
}

const toDiscussion: DemoStep[] = [['submit_for_discussion', 'author']];
const toCommittee: DemoStep[] = [...toDiscussion, ['finalise', 'samir']];
const decided = (outcome: 'adopted' | 'rejected'): DemoStep[] => [...toCommittee, ['decided_before', outcome]];

/** One proposal in each state of the workflow. */
const DEMO_PROPOSALS: DemoProposal[] = [
  {
    group: 'distributions-libres-ecoles',
    author: 'claire',
    title: 'Une clé USB de démarrage pour chaque école',
    summary: 'Préparer une clé avec une distribution légère et les logiciels du cycle 3.',
    steps: [],
  },
  {
    group: 'distributions-libres-ecoles',
    author: 'claire',
    coauthor: 'samir',
    title: 'Un guide d’installation pour les directeurs d’école',
    summary: 'Un pas-à-pas illustré, relu par des directeurs.',
    steps: toDiscussion,
  },
  {
    group: 'logiciels-libres-au-college',
    author: 'karim',
    title: 'Un annuaire des logiciels libres recommandés au collège',
    summary: 'Une liste tenue à jour, discipline par discipline.',
    steps: toCommittee,
  },
  {
    group: 'logiciels-libres-au-college',
    author: 'karim',
    title: 'Former les référents numériques aux logiciels libres',
    summary: 'Deux journées par académie et par an.',
    steps: [...toCommittee, ['open_vote', 'helene']],
  },
  {
    group: 'distributions-libres-ecoles',
    author: 'claire',
    title: 'Migrer les postes des écoles pilotes',
    summary: 'Dix écoles volontaires dans l’académie de Rennes.',
    steps: decided('adopted'),
  },
  {
    group: 'distributions-libres-ecoles',
    author: 'claire',
    title: 'Remplacer tous les postes en une seule année',
    summary: 'Un calendrier jugé trop serré.',
    steps: decided('rejected'),
  },
  {
    group: 'logiciels-libres-au-college',
    author: 'karim',
    title: 'Un serveur de fichiers libre par collège',
    summary: 'Nextcloud hébergé par l’académie.',
    steps: [...decided('adopted'), ['start_implementation', 'samir']],
  },
  {
    group: 'logiciels-libres-au-college',
    author: 'karim',
    title: 'Publier les sources des ressources produites',
    summary: 'Sur la forge des communs de l’éducation.',
    steps: [...decided('adopted'), ['start_implementation', 'samir'], ['mark_implemented', 'samir']],
  },
  {
    group: 'manuels-scolaires-libres',
    author: 'claire',
    title: 'Un manuel de mathématiques de 6e',
    summary: 'Retirée : un projet voisin existe déjà.',
    steps: [...toDiscussion, ['withdraw', 'author']],
  },
];

/**
 * The proposal of journey 1 (../shared/JOURNEYS.md): Claire began it in « Logiciels libres au collège » before
 * leaving the group. Authorship counts while its holder writes in the group (docs/proposals.md): once she asks to
 * join again and Samir accepts, she finds her draft, invites Karim as co-author and writes on — the journey is
 * playable right after `npm start`, and journeys 2 and 3 continue with it.
 */
const JOURNEY_ONE = {
  group: 'logiciels-libres-au-college',
  title: 'Un socle de logiciels libres pour les salles de technologie',
  summary: 'Les logiciels libres installés sur chaque poste des salles de technologie des collèges.',
  body: `## Constat

Les salles de technologie des collèges n’ont pas les mêmes logiciels d’un établissement à l’autre.

## Proposition

Un socle commun de logiciels libres, installé sur chaque poste.`,
};

/**
 * Organisation types the first sign-in cannot guess, corrected as an administrator would (by the organisation's
 * name, which the demo accounts give).
 */
const DEMO_ORGANISATION_TYPES: Record<string, OrganisationType> = {
  'Réseau Canopé': 'operator',
  'Université de Rennes': 'university',
  'Direction du numérique pour l’éducation': 'ministry',
  'Académie de Rennes': 'academy',
};

const LOREM = `## Constat

Les établissements utilisent des logiciels variés, souvent sous licence propriétaire.

## Proposition

1. Recenser les besoins avec les enseignants.
2. Choisir des logiciels libres qui y répondent.
3. Accompagner les équipes.`;

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
    private readonly memberships: MembershipsService,
    private readonly proposals: ProposalsService,
    private readonly coauthors: CoauthorsService,
    private readonly workflow: WorkflowService,
    private readonly votes: VoteLifecycleService,
    private readonly calls: CallsDemo,
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
      const actor: Actor = {
        id: user.id,
        platformRole: user.platformRole,
        displayName: user.displayName,
        session: { userId: user.id, providerId: provider.id, authenticatedAt: Date.now() },
      };
      users.set(account.login, actor);
      // As each would say on their profile: the demo's sentences agree (« Hélène est ajoutée »).
      if (account.agreement_form) await this.identity.setAgreementForm(actor, account.agreement_form);
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
        await this.memberships.addMember(administrator, created.id, users.get(login)!.id, role);
      }
    }
    for (const proposal of DEMO_PROPOSALS) await this.seedProposal(proposal, users, ids);
    await this.seedJourneyOne(administrator, users.get('claire')!, ids.get(JOURNEY_ONE.group)!);
    await this.correctOrganisationTypes(administrator);
    await this.calls.seed(users, ids.get('copil-logiciels-libres')!);
    this.logger.log(
      `demo data: ${DEMO_ACCOUNTS.length} accounts, ${DEMO_GROUPS.length} groups, ${DEMO_PROPOSALS.length + 1} proposals, 2 calls for commons`,
    );
  }

  private async seedJourneyOne(administrator: Actor, claire: Actor, groupId: string) {
    await this.memberships.addMember(administrator, groupId, claire.id, 'member');
    const { title, summary, body } = JOURNEY_ONE;
    await this.proposals.create(claire, groupId, { title, summary, body });
    await this.memberships.leave(claire, groupId);
  }

  private async correctOrganisationTypes(administrator: Actor) {
    for (const [name, type] of Object.entries(DEMO_ORGANISATION_TYPES)) {
      const { nodes } = await this.identity.listOrganisations(administrator, name, 5);
      const organisation = nodes.find((candidate) => candidate.name === name);
      if (!organisation || organisation.type === type) continue;
      await this.identity.updateOrganisation(administrator, organisation.id, {
        name: organisation.name,
        type,
        siret: organisation.siret,
        uai: organisation.uai,
        emailDomains: organisation.emailDomains ?? [],
      });
    }
  }

  private async seedProposal(proposal: DemoProposal, users: Map<string, Actor>, groupIds: Map<string, string>) {
    const author = users.get(proposal.author)!;
    const { id } = await this.proposals.create(author, groupIds.get(proposal.group)!, {
      title: proposal.title,
      summary: proposal.summary,
      body: LOREM,
    });
    if (proposal.coauthor) {
      const coauthor = users.get(proposal.coauthor)!;
      await this.coauthors.inviteCoauthor(author, id, coauthor.id);
      await this.coauthors.respondToCoauthorship(coauthor, id, true);
    }
    for (const [step, by] of proposal.steps) {
      if (step === 'open_vote') await this.openVote(id, users.get(by)!, groupIds);
      else if (step === 'decided_before') {
        await this.proposals.recordVoteOpened(id, null);
        await this.proposals.recordVoteResult(id, by, 'Décision prise en séance, avant l’ouverture d’Ouvroir.');
      } else await this.workflow.transition(by === 'author' ? author : users.get(by)!, id, step);
    }
  }

  private async openVote(proposalId: string, facilitator: Actor, groupIds: Map<string, string>) {
    await this.votes.create(facilitator, {
      committeeId: groupIds.get('copil-logiciels-libres')!,
      proposalId,
      method: 'for_against_abstain',
      threshold: 'simple_majority',
      quorumPercent: 50,
      secret: true,
      ballotChanges: true,
      closesAt: new Date(Date.now() + 7 * 24 * 3600 * 1000),
    });
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
