import { Card } from '@codegouvfr/react-dsfr/Card';
import { useTranslation } from 'react-i18next';
import type { CatalogueCommon } from './commons';
import { CommonBadges } from './CommonBadges';

/** A common in a list: its badges, name, summary, licence and how many organisations use it. */
export function CommonCard({ common, titleAs = 'h3' }: { common: CatalogueCommon; titleAs?: 'h2' | 'h3' }) {
  const { t } = useTranslation();
  return (
    // Names and summaries come from the API in French, whatever the interface language.
    <Card
      title={<span lang="fr">{common.name}</span>}
      titleAs={titleAs}
      size="small"
      enlargeLink
      linkProps={{ to: `/communs/${common.slug}` }}
      desc={<span lang="fr">{common.summary}</span>}
      start={<CommonBadges common={common} />}
      detail={
        <>
          {common.domain && <span lang="fr">{common.domain.name} · </span>}
          {t('commons.licenceNamed', { licence: common.licence.expression })}
        </>
      }
      endDetail={t('commons.usageCount', { count: common.usageCount })}
    />
  );
}
