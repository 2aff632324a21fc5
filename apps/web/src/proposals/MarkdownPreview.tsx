import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { messageOf } from '../api/graphql-request';
import { graphqlQuery } from '../api/queries';
import { graphql } from '../gql';

const previewQuery = graphql(`
  query MarkdownPreview($markdown: String!) {
    markdownPreview(markdown: $markdown)
  }
`);

/** « Aperçu »: the body as the proposal page will show it, rendered by the server as `bodyHtml` is. */
export function MarkdownPreview({ markdown }: { markdown: string }) {
  const { t } = useTranslation();
  const cache = useQueryClient();
  const headingId = useId();
  const [html, setHtml] = useState<string>();
  const [error, setError] = useState<string>();

  const show = async () => {
    setError(undefined);
    try {
      setHtml((await cache.fetchQuery(graphqlQuery(previewQuery, { markdown }))).markdownPreview);
    } catch (failure) {
      setError(messageOf(failure));
    }
  };

  return (
    <div className={fr.cx('fr-mb-4w')}>
      <Button type="button" priority="secondary" iconId="fr-icon-eye-line" onClick={() => void show()}>
        {t('proposalForm.preview')}
      </Button>
      <div aria-live="polite">
        {error && <Alert severity="error" small description={error} className={fr.cx('fr-mt-2w')} />}
        {html !== undefined && (
          <section
            aria-labelledby={headingId}
            className={fr.cx('fr-mt-2w', 'fr-p-2w')}
            style={{ border: '1px solid var(--border-default-grey)' }}
          >
            <h2 id={headingId} className={fr.cx('fr-h6')}>
              {t('proposalForm.previewHeading')}
            </h2>
            {/* Rendered and sanitised by the server: raw HTML and script links never come through. */}
            <div dangerouslySetInnerHTML={{ __html: html }} />
          </section>
        )}
      </div>
    </div>
  );
}
