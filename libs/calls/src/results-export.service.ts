import { Injectable } from '@nestjs/common';
import { LICENCE_OUVERTE_2 } from '@ouvroir/core';
import { csvLine } from '@ouvroir/groups';
import type { Actor } from '@ouvroir/identity';
import { DecisionsService } from './decisions.service';

/** The columns of a call's results file, with their Table Schema types (https://specs.frictionlessdata.io/table-schema/). */
const FIELDS = [
  { name: 'rang', type: 'integer', title: 'Rang au jugement majoritaire du comité' },
  { name: 'commun', type: 'string', title: 'Nom du commun' },
  {
    name: 'nature',
    type: 'string',
    title: 'Nature du commun',
    constraints: { enum: ['software', 'educational_resource', 'service', 'dataset'] },
  },
  { name: 'licence', type: 'string', title: 'Licence (expression SPDX)' },
  { name: 'depot', type: 'string', format: 'uri', title: 'Dépôt ou page publique' },
  { name: 'defi', type: 'string', title: 'Défi de l’appel' },
  {
    name: 'decision',
    type: 'string',
    title: 'Décision',
    constraints: { enum: ['retained', 'retained_with_conditions', 'not_retained'] },
  },
  { name: 'conditions', type: 'string', title: 'Conditions de la sélection' },
  { name: 'motivation', type: 'string', title: 'Motivation du comité' },
  { name: 'note_moyenne', type: 'number', title: 'Moyenne des notes pondérées des évaluateurs, sur 5' },
  { name: 'ecart', type: 'number', title: 'Écart entre la plus haute et la plus basse note pondérée' },
  { name: 'montant_demande', type: 'integer', title: 'Montant demandé, en euros' },
  { name: 'montant_accorde', type: 'integer', title: 'Montant accordé, en euros' },
] as const;

/**
 * A decided call's published results as open data: CSV (comma, UTF-8, a header row) and its Table
 * Schema, under Licence Ouverte 2.0; a cell a spreadsheet would run as a formula is defused as the
 * journal's export does.
 */
@Injectable()
export class ResultsExportService {
  constructor(private readonly decisions: DecisionsService) {}

  async csv(actor: Actor | null, callId: string): Promise<string> {
    const { rows } = await this.decisions.results(actor, callId);
    const number = (value: number | null) => (value === null ? '' : String(value));
    return (
      csvLine(FIELDS.map((field) => field.name)) +
      rows
        .map(({ submission, meanScore, spread }) =>
          csvLine([
            number(submission.rank),
            submission.commonName,
            submission.commonKind,
            submission.licence,
            submission.repositoryUrl,
            submission.challenge,
            submission.decision ?? '',
            submission.conditions ?? '',
            submission.motivation ?? '',
            number(meanScore),
            number(spread),
            number(submission.amountAsked),
            number(submission.amountGranted),
          ]),
        )
        .join('')
    );
  }

  async schema(actor: Actor | null, callId: string): Promise<Record<string, unknown>> {
    const { call } = await this.decisions.results(actor, callId);
    return {
      name: `resultats-appel-${call.id}`,
      title: `Résultats de l’appel à communs « ${call.title} »`,
      description: 'Les lauréats, puis les candidatures non retenues dont les porteurs ont accepté la publication.',
      licenses: [LICENCE_OUVERTE_2],
      sources: [{ title: 'Ouvroir, libre en éducation' }],
      created: (call.decidedAt ?? call.updatedAt).toISOString(),
      fields: FIELDS,
      missingValues: [''],
    };
  }
}
