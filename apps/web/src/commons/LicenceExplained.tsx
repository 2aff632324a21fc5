import { fr } from '@codegouvfr/react-dsfr';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { useTranslation } from 'react-i18next';
import type { CommonDetails } from './commons';
import { licenceTextKey } from './licences';

/**
 * A common's licence explained to whoever reads it: open or not, said plainly; whether the programme recommends it for
 * this kind; and, for each licence of the expression, what it allows.
 */
export function LicenceExplained({ licence }: { licence: CommonDetails['licence'] }) {
  const { t } = useTranslation();
  return (
    <>
      <p>
        <strong>{licence.expression}</strong>{' '}
        <Badge as="span" small severity={licence.open ? 'success' : 'error'}>
          {licence.open ? t('commons.licenceOpen') : t('commons.licenceNotOpen')}
        </Badge>
      </p>
      <p>
        {licence.open ? t('commons.licence.openExplained') : t('commons.licence.notOpenExplained')}{' '}
        {licence.recommended ? t('commons.licence.recommended') : t('commons.licence.notRecommended')}
      </p>
      <ul>
        {licence.ids.map((id) => {
          const key = licenceTextKey(id);
          return (
            <li key={id}>
              <strong>{key ? t(`licenceGuidance.licences.${key}.name`) : id}</strong>
              {' — '}
              {key ? (
                <>
                  {t(`licenceGuidance.licences.${key}.allows`)} {t(`licenceGuidance.licences.${key}.why`)}
                </>
              ) : (
                t('commons.licence.unknownText')
              )}{' '}
              <a
                className={fr.cx('fr-link')}
                href={`https://spdx.org/licenses/${encodeURIComponent(id)}.html`}
                target="_blank"
                rel="noopener noreferrer"
                title={t('commons.licence.fullTextTitle', { id })}
              >
                {t('commons.licence.fullText')}
              </a>
            </li>
          );
        })}
      </ul>
    </>
  );
}
