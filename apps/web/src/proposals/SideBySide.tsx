import { fr } from '@codegouvfr/react-dsfr';
import { Missing } from '../components/ResultsTable';

/** One version of a text: its heading ("Votre texte") and its fields (title, summary, body…). */
export type Version = { heading: string; fields: { label: string; text: string }[] };

/**
 * Two versions of a text side by side, one above the other on a phone: no diff library, the reader compares.
 * Line breaks are kept, as the Markdown was typed.
 */
export function SideBySide({ versions, headingAs: Heading }: { versions: [Version, Version]; headingAs: 'h3' | 'h4' }) {
  return (
    <div className={fr.cx('fr-grid-row', 'fr-grid-row--gutters', 'fr-mb-3w')}>
      {versions.map((version) => (
        <div key={version.heading} className={fr.cx('fr-col-12', 'fr-col-md-6')}>
          <div
            className={fr.cx('fr-p-2w')}
            style={{ border: `1px solid ${fr.colors.decisions.border.default.grey.default}` }}
          >
            <Heading className={fr.cx('fr-h6')}>{version.heading}</Heading>
            <dl>
              {version.fields.map((field) => (
                <div key={field.label} className={fr.cx('fr-mb-2w')}>
                  <dt className={fr.cx('fr-text--bold')}>{field.label}</dt>
                  {/* Texts come from the API in French, whatever the interface language. */}
                  <dd
                    lang="fr"
                    className={fr.cx('fr-pl-0')}
                    style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}
                  >
                    {field.text || <Missing />}
                  </dd>
                </div>
              ))}
            </dl>
          </div>
        </div>
      ))}
    </div>
  );
}
