import { fr } from '@codegouvfr/react-dsfr';
import { Checkbox } from '@codegouvfr/react-dsfr/Checkbox';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';

export type FacetValue = { value: string; label: string; count: number };

type FacetFilterProps = {
  /** The facet's name (its parameter in the address): its checkboxes' ids, stable while the counts change. */
  name: string;
  legend: string;
  /** The values found with the other filters applied, and how many results each would give. */
  facets: FacetValue[];
  selected: string[];
  onChange: (selected: string[]) => void;
  /** A value's label in the interface's language (a kind), else the API's label (a name, in French). */
  labelOf?: (facet: FacetValue) => string;
};

/**
 * One facet of a faceted list as DSFR checkboxes, each with its count. A value chosen stays listed even when no result
 * has it any more, so that it can be unchecked.
 */
export function FacetFilter({ name, legend, facets, selected, onChange, labelOf }: FacetFilterProps) {
  const { t } = useTranslation();
  const shown = [
    ...facets,
    ...selected
      .filter((value) => !facets.some((facet) => facet.value === value))
      .map((value) => ({ value, label: value, count: 0 })),
  ];
  if (shown.length === 0) return null;
  return (
    <Checkbox
      id={`facet-${name}`}
      legend={legend}
      small
      className={fr.cx('fr-mb-3w')}
      options={shown.map((facet) => ({
        label: t('facets.option', { label: labelOf ? labelOf(facet) : facet.label, count: facet.count }),
        nativeInputProps: {
          value: facet.value,
          checked: selected.includes(facet.value),
          onChange: (event) =>
            onChange(
              event.target.checked ? [...selected, facet.value] : selected.filter((value) => value !== facet.value),
            ),
        },
      }))}
    />
  );
}

/**
 * A list of values in one parameter of the address (`?niveau=a,b`), so that a filtered list can be shared; each change
 * is a history entry, so that the back button undoes it.
 */
export function useListParam(name: string): [string[], (values: string[]) => void] {
  const [searchParams, setSearchParams] = useSearchParams();
  const values = (searchParams.get(name) ?? '').split(',').filter(Boolean);
  const set = useCallback(
    (next: string[]) =>
      setSearchParams(
        (previous) => {
          const params = new URLSearchParams(previous);
          if (next.length > 0) params.set(name, next.join(','));
          else params.delete(name);
          return params;
        },
        { preventScrollReset: true },
      ),
    [name, setSearchParams],
  );
  return [values, set];
}
