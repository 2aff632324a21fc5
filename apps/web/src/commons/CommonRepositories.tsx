import { fr } from '@codegouvfr/react-dsfr';
import { useTranslation } from 'react-i18next';
import type { CommonDetails } from './commons';

type Repository = CommonDetails['repositories'][number];

/** The repositories by forge; a source shows its public mirrors beside it (« source ↔ miroir public »). */
export function CommonRepositories({ repositories }: { repositories: Repository[] }) {
  const { t } = useTranslation();
  if (repositories.length === 0) return <p>{t('common.noRepository')}</p>;
  const mirrorsOf = (source: Repository) => repositories.filter((repository) => repository.mirrorOf === source.id);
  // A mirror of a listed source shows beside it; a mirror whose source is not listed shows on its own.
  const shown = repositories.filter(
    (repository) => !repository.mirrorOf || !repositories.some((source) => source.id === repository.mirrorOf),
  );
  return (
    <ul>
      {shown.map((repository) => (
        <li key={repository.id}>
          <RepositoryLink repository={repository} />
          {mirrorsOf(repository).map((mirror) => (
            <span key={mirror.id}>
              {' '}
              <span aria-hidden="true">↔</span>
              <span className={fr.cx('fr-sr-only')}>{t('common.mirroredOn')}</span>{' '}
              <RepositoryLink repository={mirror} />
            </span>
          ))}
        </li>
      ))}
    </ul>
  );
}

function RepositoryLink({ repository }: { repository: Repository }) {
  const { t } = useTranslation();
  return (
    <>
      <a className={fr.cx('fr-link')} href={repository.url} rel="noopener noreferrer">
        {repository.url}
      </a>{' '}
      <span className={fr.cx('fr-text--sm')}>
        ({t(`commons.forges.${repository.forge}`)}, {t(`common.roles.${repository.role}`)})
      </span>
    </>
  );
}
