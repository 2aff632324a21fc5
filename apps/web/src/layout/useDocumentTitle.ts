import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Names the browser tab after the page, e.g. "Accueil — Ouvroir", in the current language. */
export function useDocumentTitle(page: string): void {
  const { t } = useTranslation();
  const title = t('layout.documentTitle', { page });
  useEffect(() => {
    document.title = title;
  }, [title]);
}
