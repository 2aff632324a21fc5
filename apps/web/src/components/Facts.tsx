import { fr } from '@codegouvfr/react-dsfr';
import type { ReactNode } from 'react';

export type Fact = { term: string; value: ReactNode };

/** What a page tells about its subject at a glance (domain, authors…), as a description list. */
export function Facts({ facts }: { facts: Fact[] }) {
  return (
    <dl className={fr.cx('fr-pl-0')}>
      {facts.map(({ term, value }) => (
        <div key={term} className={fr.cx('fr-mb-2w')}>
          <dt className={fr.cx('fr-text--bold')}>{term}</dt>
          <dd className={fr.cx('fr-pl-0')}>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
