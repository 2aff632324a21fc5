import { INDICATOR_LIMITS, INDICATOR_SMALL_COUNT_TEXT } from '@ouvroir/contracts';

/** A figure as computed, before the publication's rule. */
export interface RawCell {
  /** Stable within the indicator: `total`, `etat:adopted`, `type:university`… */
  key: string;
  label: string;
  /** null: no figure (a rate without any decision). */
  value: number | null;
  /** How many people the figure rests on, when it rests on people: the count itself, or a rate's denominator. */
  people?: number;
  /** One of the parts that add up to the breakdown's total: hiding one part alone would not hide it. */
  part?: boolean;
  /** A count beside a share (its numerator, its denominator): shown as a number, not as a percentage. */
  count?: boolean;
}

export interface PublishedCell {
  key: string;
  label: string;
  /** null when hidden or without a figure; `display` says which. */
  value: number | null;
  display: string;
  suppressed: boolean;
}

const small = (cell: RawCell) => cell.people !== undefined && cell.people < INDICATOR_LIMITS.smallCount;

/**
 * The publication's rule: a figure resting on fewer than 5 people reads « moins de 5 ». When a
 * single part of a breakdown is hidden, the smallest other part is hidden too, so that the total
 * minus the shown parts does not give it back.
 */
export function publish(cells: readonly RawCell[], format: (value: number, cell: RawCell) => string): PublishedCell[] {
  const hidden = new Set(cells.filter(small).map((cell) => cell.key));
  const parts = cells.filter((cell) => cell.part);
  const hiddenParts = parts.filter((cell) => hidden.has(cell.key));
  if (hiddenParts.length === 1) {
    const [complement] = parts
      .filter((cell) => !hidden.has(cell.key))
      .sort((a, b) => (a.value ?? 0) - (b.value ?? 0) || a.key.localeCompare(b.key));
    if (complement) hidden.add(complement.key);
  }
  return cells.map((cell) => {
    const suppressed = hidden.has(cell.key);
    const value = suppressed ? null : cell.value;
    return {
      key: cell.key,
      label: cell.label,
      value,
      display: suppressed ? INDICATOR_SMALL_COUNT_TEXT : value === null ? 'sans objet' : format(value, cell),
      suppressed,
    };
  });
}
