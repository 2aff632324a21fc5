import { fr } from '@codegouvfr/react-dsfr';
import { useTranslation } from 'react-i18next';
import { languages, useLanguage, type Language } from '../i18n';

// Each language is named in itself, whatever the interface language.
const languageNames: Record<Language, string> = { fr: 'Français', en: 'English' };

declare global {
  interface Window {
    /** The DSFR's script API, set up by startReactDsfr. */
    dsfr?: (element: Element) => { collapse?: { conceal(): void } };
  }
}

/**
 * The DSFR "translate" component. react-dsfr's LanguageSelect nests its menu inside the toggle
 * button, which hides the choices from screen readers; this follows the DSFR markup instead.
 * The Header renders it twice (desktop bar and mobile menu) and gives each copy its own `id`.
 */
export function LanguageSwitch({ id = 'language-switch' }: { id?: string }) {
  const { t, i18n } = useTranslation();
  const current = useLanguage();
  const menuId = `${id}-menu`;

  const choose = (language: Language) => {
    void i18n.changeLanguage(language);
    const menu = document.getElementById(menuId);
    if (menu) window.dsfr?.(menu).collapse?.conceal();
  };

  return (
    <nav id={id} className={fr.cx('fr-translate', 'fr-nav')} aria-label={t('layout.languageSwitch')}>
      <div className={fr.cx('fr-nav__item')}>
        <button
          type="button"
          className={fr.cx('fr-translate__btn', 'fr-btn', 'fr-btn--tertiary')}
          aria-controls={menuId}
          aria-expanded={false}
          title={t('layout.chooseLanguage')}
        >
          {current.toUpperCase()}
          <span className={fr.cx('fr-hidden-lg')}>&nbsp;- {languageNames[current]}</span>
        </button>
        <div id={menuId} className={fr.cx('fr-collapse', 'fr-translate__menu', 'fr-menu')}>
          <ul className={fr.cx('fr-menu__list')}>
            {languages.map((language) => (
              <li key={language}>
                <button
                  type="button"
                  lang={language}
                  className={fr.cx('fr-translate__language', 'fr-nav__link')}
                  aria-current={language === current ? 'true' : undefined}
                  onClick={() => choose(language)}
                >
                  {language.toUpperCase()} - {languageNames[language]}
                </button>
              </li>
            ))}
          </ul>
        </div>
      </div>
    </nav>
  );
}
