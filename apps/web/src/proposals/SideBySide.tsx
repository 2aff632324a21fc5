import { fr } from '@codegouvfr/react-dsfr';
import { diffWordsWithSpace } from 'diff';
import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Missing } from '../components/ResultsTable';

/** One version of a text: its heading ("Votre texte") and its fields (title, summary, body…). */
export type Version = { heading: string; fields: { label: string; text: string }[] };

/** Past this many words changed (or this long), the texts are shown without marks: the browser stays responsive. */
const DIFF_BOUNDS = { maxEditLength: 2_000, timeout: 200 };

// Not by colour alone: a dotted underline and bold type say it too, and a hidden word to screen readers.
const markStyle = {
  backgroundColor: fr.colors.decisions.background.contrast.warning.default,
  color: fr.colors.decisions.text.default.warning.default,
  fontWeight: 700,
  textDecoration: 'underline dotted',
  textUnderlineOffset: '0.2em',
};

/**
 * Each field of both versions as pieces, the words found in one version only marked (`differs`); null when the
 * comparison was given up (too many changes).
 */
function comparedFields(versions: [Version, Version]) {
  return versions[0].fields.map((field, index) => {
    const other = versions[1].fields[index]?.text ?? '';
    const changes = diffWordsWithSpace(field.text, other, DIFF_BOUNDS);
    if (!changes) return null;
    return [
      changes.filter((change) => !change.added).map((change) => ({ text: change.value, differs: change.removed })),
      changes.filter((change) => !change.removed).map((change) => ({ text: change.value, differs: change.added })),
    ] as const;
  });
}

/**
 * Two versions of a text side by side, one above the other on a phone. With `highlight`, the words that differ
 * from the other version are marked in each. Line breaks are kept, as the Markdown was typed.
 */
export function SideBySide({
  versions,
  headingAs: Heading,
  highlight = false,
}: {
  versions: [Version, Version];
  headingAs: 'h3' | 'h4';
  highlight?: boolean;
}) {
  const { t } = useTranslation();
  // Compared again only when a text changes (the versions are a new array at each render of the form).
  const texts = JSON.stringify(versions.map((version) => version.fields.map((field) => field.text)));
  // eslint-disable-next-line react-hooks/exhaustive-deps -- `texts` stands for what `versions` holds
  const compared = useMemo(() => (highlight ? comparedFields(versions) : []), [highlight, texts]);
  const marked = (versionIndex: 0 | 1, fieldIndex: number, text: string): ReactNode => {
    const pieces = compared[fieldIndex]?.[versionIndex];
    if (!pieces) return text;
    return pieces.map((piece, index) =>
      piece.differs ? (
        <mark key={index} style={markStyle}>
          <span className={fr.cx('fr-sr-only')}>{t('proposal.diff.differsPrefix')}</span>
          {piece.text}
        </mark>
      ) : (
        <span key={index}>{piece.text}</span>
      ),
    );
  };

  return (
    <>
      {highlight && <p className={fr.cx('fr-text--sm')}>{t('proposal.diff.highlightLegend')}</p>}
      <div className={fr.cx('fr-grid-row', 'fr-grid-row--gutters', 'fr-mb-3w')}>
        {versions.map((version, versionIndex) => (
          <div key={version.heading} className={fr.cx('fr-col-12', 'fr-col-md-6')}>
            <div
              className={fr.cx('fr-p-2w')}
              style={{ border: `1px solid ${fr.colors.decisions.border.default.grey.default}` }}
            >
              <Heading className={fr.cx('fr-h6')}>{version.heading}</Heading>
              <dl>
                {version.fields.map((field, fieldIndex) => (
                  <div key={field.label} className={fr.cx('fr-mb-2w')}>
                    <dt className={fr.cx('fr-text--bold')}>{field.label}</dt>
                    {/* Texts come from the API in French, whatever the interface language. */}
                    <dd
                      lang="fr"
                      className={fr.cx('fr-pl-0')}
                      style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}
                    >
                      {field.text ? marked(versionIndex as 0 | 1, fieldIndex, field.text) : <Missing />}
                    </dd>
                  </div>
                ))}
              </dl>
            </div>
          </div>
        ))}
      </div>
    </>
  );
}
