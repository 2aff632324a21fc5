import { lazy, Suspense, type ComponentProps } from 'react';
import { useTranslation } from 'react-i18next';

// The panel loads on demand, like the vote pages: its code stays out of the first page load.
const DiscussionPanel = lazy(async () => ({ default: (await import('./DiscussionPanel')).DiscussionPanel }));

/** The discussion panel, loaded when first shown; its wait is announced. */
export function LazyDiscussionPanel(props: ComponentProps<typeof DiscussionPanel>) {
  const { t } = useTranslation();
  return (
    <Suspense fallback={<p role="status">{t('discussion.loading')}</p>}>
      <DiscussionPanel {...props} />
    </Suspense>
  );
}
