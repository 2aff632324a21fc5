import { CommonKind, OPEN_LICENCE_IDS, RECOMMENDED_LICENCES } from '@ouvroir/contracts';
import { DomainError } from '@ouvroir/core';
import parse from 'spdx-expression-parse';
import spdxIds from 'spdx-license-ids';

type SpdxNode = ReturnType<typeof parse>;

/** A licence as stored: the expression, the ids it names, whether it is open. */
export interface ParsedLicence {
  expression: string;
  ids: string[];
  open: boolean;
}

const KNOWN_IDS = new Set(spdxIds);
const OPEN_IDS = new Set(OPEN_LICENCE_IDS);

/**
 * Parses an SPDX expression: the ids must be SPDX's own (`etalab-2.0` is one) or a custom
 * `LicenseRef-…`, which is kept and counted as not open. Open means: every licence a user must
 * accept is open — both sides of an AND, at least one side of an OR (the user picks it).
 */
export function parseLicence(input: string): ParsedLicence {
  const expression = input.trim().replace(/\s+/g, ' ');
  const refuse = (reason: string) => DomainError.of('LICENCE_INVALID', { field: 'licence', expression, reason });
  if (!expression) throw refuse('indiquez une licence.');
  if (expression.length > 300) throw refuse('l’expression dépasse 300 caractères.');
  let tree: SpdxNode;
  try {
    tree = parse(expression);
  } catch {
    throw refuse('elle est mal formée (exemples valides : « MIT », « CC-BY-SA-4.0 », « MIT OR Apache-2.0 »).');
  }
  const ids: string[] = [];
  const walk = (node: SpdxNode): boolean => {
    if ('license' in node) {
      const id = node.license;
      if (!KNOWN_IDS.has(id) && !id.startsWith('LicenseRef-')) {
        throw refuse(`l’identifiant « ${id} » ne fait pas partie de la liste SPDX.`);
      }
      if (!ids.includes(id)) ids.push(id);
      // « GPL-3.0+ » is « GPL-3.0-or-later » for the open list; an exception only widens a licence.
      return OPEN_IDS.has(id) || (node.plus === true && OPEN_IDS.has(`${id}-or-later`));
    }
    const left = walk(node.left);
    const right = walk(node.right);
    return node.conjunction === 'and' ? left && right : left || right;
  };
  const open = walk(tree);
  return { expression, ids, open };
}

/** Whether the licence is one the programme recommends for this kind (every id among them). */
export function isRecommended(kind: CommonKind, ids: readonly string[]): boolean {
  const recommended = new Set(RECOMMENDED_LICENCES[kind].map((licence) => licence.id));
  return ids.length > 0 && ids.every((id) => recommended.has(id));
}
