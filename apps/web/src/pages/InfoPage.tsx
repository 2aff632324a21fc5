import { fr } from '@codegouvfr/react-dsfr';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../layout/useDocumentTitle';

/** The pages whose whole text lives in the translation files, as a heading, an intro and sections. */
type InfoPageKey = 'accessibility' | 'legalNotice' | 'personalData';

type InfoSection = { title: string; paragraphs: string[]; link?: { label: string; href: string } };

export function InfoPage({ page }: { page: InfoPageKey }) {
  const { t } = useTranslation();
  useDocumentTitle(t(`${page}.pageTitle`));
  const sections: InfoSection[] = t(`${page}.sections`, { returnObjects: true });

  return (
    <div className={fr.cx('fr-grid-row')}>
      <div className={fr.cx('fr-col-12', 'fr-col-lg-8')}>
        <h1>{t(`${page}.heading`)}</h1>
        <p className={fr.cx('fr-text--lead')}>{t(`${page}.intro`)}</p>
        {sections.map((section) => (
          <section key={section.title}>
            <h2 className={fr.cx('fr-h4')}>{section.title}</h2>
            {section.paragraphs.map((paragraph) => (
              <p key={paragraph}>{paragraph}</p>
            ))}
            {section.link && (
              <p>
                <a className={fr.cx('fr-link')} href={section.link.href}>
                  {section.link.label}
                </a>
              </p>
            )}
          </section>
        ))}
      </div>
    </div>
  );
}
