import { Injectable } from '@nestjs/common';
import {
  AssignmentService,
  CallLifecycleService,
  DecisionsService,
  MilestonesService,
  ReviewsService,
  SubmissionsService,
} from '@ouvroir/calls';
import type { Actor } from '@ouvroir/identity';
import { BallotsService } from '@ouvroir/votes';
import { randomBytes } from 'node:crypto';

/** The rounds of the demo's calls close a few seconds after they open: the database clock decides, even here. */
const SOON_MS = 2_500;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const soon = () => new Date(Date.now() + SOON_MS);

const submission = (commonName: string, overrides: Record<string, unknown> = {}) => ({
  commonKind: 'software' as const,
  commonName,
  summary: `${commonName}, un commun libre pour la classe.`,
  licence: 'AGPL-3.0-or-later',
  repositoryUrl: `https://forge.apps.education.fr/demo/${commonName.toLowerCase().replace(/[^a-z]+/g, '-')}`,
  maintainers: ['L’équipe du projet'],
  pitch:
    'Le projet existe déjà dans plusieurs classes ; la subvention paierait la traduction, l’accessibilité et la documentation pour les enseignants.',
  challenge: 'Outils de la classe',
  amountAsked: 30_000,
  publishConsent: true,
  ...overrides,
});

const scores = (relevance: number) => [
  { criterionKey: 'c1', score: 4, comment: 'Code propre, tests présents.' },
  { criterionKey: 'c2', score: relevance, comment: 'Répond à un besoin des classes.' },
  { criterionKey: 'c3', score: 3, comment: 'Une communauté encore petite mais active.' },
];

/**
 * The calls of the demo, through the services: « Communs pour la classe — printemps », decided and
 * closed, its laureates in the catalogue (its publication puts them there) and followed; « Ressources
 * ouvertes pour le lycée », whose submissions are in review. Hélène facilitates the committee, Samir and Marc review, Karim and Yann apply.
 */
@Injectable()
export class CallsDemo {
  constructor(
    private readonly lifecycle: CallLifecycleService,
    private readonly submissions: SubmissionsService,
    private readonly assignment: AssignmentService,
    private readonly reviews: ReviewsService,
    private readonly decisions: DecisionsService,
    private readonly milestones: MilestonesService,
    private readonly ballots: BallotsService,
  ) {}

  async seed(users: Map<string, Actor>, committeeId: string): Promise<void> {
    const [helene, samir, marc, aicha, karim, yann, claire] = [
      'helene',
      'samir',
      'marc',
      'aicha',
      'karim',
      'yann',
      'claire',
    ].map((login) => users.get(login)!);
    const spring = await this.call(helene, committeeId, 'Communs pour la classe — printemps', [samir, marc]);
    const lycee = await this.call(helene, committeeId, 'Ressources ouvertes pour le lycée', [samir, marc]);
    const carnet = await this.submit(karim, spring, submission('Carnet de bord'));
    const geometrie = await this.submit(yann, spring, submission('Atelier de géométrie', { amountAsked: 20_000 }));
    const quiz = await this.submit(
      claire,
      lycee,
      submission('Quiz ouverts', { commonKind: 'educational_resource', licence: 'CC-BY-SA-4.0' }),
    );
    const lexique = await this.submit(
      yann,
      lycee,
      submission('Lexique de NSI', { commonKind: 'educational_resource', licence: 'CC-BY-4.0' }),
    );
    await pause(SOON_MS + 500);

    for (const [callId, eligible] of [
      [spring, [carnet, geometrie]],
      [lycee, [quiz, lexique]],
    ] as const) {
      for (const id of eligible)
        await this.assignment.decideEligibility(helene, id, true, 'Licence ouverte, dépôt public, mainteneurs nommés.');
      await this.lifecycle.startReview(helene, callId);
      await this.assignment.assignAutomatically(helene, callId);
    }
    for (const reviewer of [samir, marc]) {
      const { reviews } = await this.reviews.workspace(reviewer, spring);
      for (const review of reviews) {
        await this.reviews.declare(reviewer, review.id, 'none', null);
        await this.reviews.submit(reviewer, review.id, scores(review.submissionId === carnet ? 5 : 4));
      }
    }
    // The lycée's call stays in review: Samir has scored, Marc has declared his links only.
    for (const review of (await this.reviews.workspace(samir, lycee)).reviews) {
      await this.reviews.declare(samir, review.id, 'none', null);
      await this.reviews.submit(samir, review.id, scores(4));
    }
    for (const review of (await this.reviews.workspace(marc, lycee)).reviews)
      await this.reviews.declare(marc, review.id, 'none', null);

    const { voteId } = await this.lifecycle.openDeliberation(helene, spring, soon());
    for (const [voter, grades] of [
      [marc, ['excellent', 'good']],
      [aicha, ['very_good', 'very_good']],
    ] as const) {
      await this.ballots.cast(
        voter,
        voteId!,
        {
          grades: [
            { option: 'o1', grade: grades[0] },
            { option: 'o2', grade: grades[1] },
          ],
        },
        randomBytes(16).toString('base64url'),
      );
    }
    await pause(SOON_MS + 500);
    await this.decisions.decide(helene, carnet, {
      decision: 'retained',
      motivation: 'Premier au classement du comité ; utile à toutes les classes de collège.',
      amountGranted: 30_000,
    });
    await this.decisions.decide(helene, geometrie, {
      decision: 'retained_with_conditions',
      conditions: 'Publier une version accessible (RGAA) avant la rentrée.',
      motivation: 'Deuxième au classement ; l’accessibilité conditionne le financement.',
      amountGranted: 20_000,
    });
    await this.decisions.publish(helene, spring);
    const milestone = await this.milestones.add(
      karim,
      carnet,
      'Première version traduite',
      new Date().toISOString().slice(0, 10),
    );
    await this.milestones.update(karim, milestone.id, {
      status: 'in_progress',
      percent: 60,
      evidenceUrl: 'https://forge.apps.education.fr/demo/carnet-de-bord/-/milestones/1',
    });
    await this.lifecycle.close(helene, spring);
  }

  private async call(facilitator: Actor, committeeId: string, title: string, reviewers: Actor[]): Promise<string> {
    const call = await this.lifecycle.create(facilitator, committeeId, {
      title,
      body: 'Le programme soutient des communs numériques libres utiles aux classes : logiciels, ressources, services.',
      challenges: ['Outils de la classe', 'Ressources ouvertes'],
      cutoffs: [soon()],
      budget: 100_000,
    });
    for (const reviewer of reviewers) await this.lifecycle.addReviewer(facilitator, call.id, reviewer.id);
    await this.lifecycle.open(facilitator, call.id);
    return call.id;
  }

  private async submit(applicant: Actor, callId: string, fields: ReturnType<typeof submission>): Promise<string> {
    const created = await this.submissions.create(applicant, callId, fields);
    await this.submissions.submit(applicant, created.id);
    return created.id;
  }
}
