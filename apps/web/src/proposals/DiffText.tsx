import { fr } from '@codegouvfr/react-dsfr';
import { useTranslation } from 'react-i18next';
import type { DiffSegment } from './proposals';

// DSFR decision colours, which follow the light and dark themes; underline and strike-through say it without colour.
const inserted = {
  backgroundColor: fr.colors.decisions.background.contrast.success.default,
  color: fr.colors.decisions.text.default.success.default,
};
const deleted = {
  backgroundColor: fr.colors.decisions.background.contrast.error.default,
  color: fr.colors.decisions.text.default.error.default,
};

/**
 * A text compared word by word: additions in <ins>, deletions in <del>, each announced by a hidden word to screen
 * readers, which do not say these elements.
 */
export function DiffText({ segments }: { segments: DiffSegment[] }) {
  const { t } = useTranslation();
  return (
    // Texts come from the API in French, whatever the interface language; line breaks are kept as typed.
    <div lang="fr" className={fr.cx('fr-mb-3w')} style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
      {segments.map((segment, index) => {
        switch (segment.kind) {
          case 'same':
            return <span key={index}>{segment.text}</span>;
          case 'inserted':
            return (
              <ins key={index} style={inserted}>
                <span className={fr.cx('fr-sr-only')}>{t('proposal.diff.insertedPrefix')}</span>
                {segment.text}
              </ins>
            );
          case 'deleted':
            return (
              <del key={index} style={deleted}>
                <span className={fr.cx('fr-sr-only')}>{t('proposal.diff.deletedPrefix')}</span>
                {segment.text}
              </del>
            );
        }
      })}
    </div>
  );
}
