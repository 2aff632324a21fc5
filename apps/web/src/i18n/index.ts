import { elide, ELIDING_WORDS, ERROR_REASONS } from '@ouvroir/contracts';
import type { AgreementForm } from '../gql/graphql';
import i18next from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';
import en from './en.json';
import fr from './fr.json';

export const languages = ['fr', 'en'] as const;
export type Language = (typeof languages)[number];

/**
 * A language's texts with the API's error reasons as `errors.reasons.<REASON>`: the catalogue the API fills its own
 * messages from, so that both say the same (i18next fills the same `{{name}}` from the error's details).
 */
const withErrorReasons = <T extends { errors: object }>(texts: T, language: Language) => ({
  ...texts,
  errors: {
    ...texts.errors,
    reasons: Object.fromEntries(Object.entries(ERROR_REASONS).map(([reason, text]) => [reason, text[language]])),
  },
});

const storageKey = 'ouvroir.language';

function storedLanguage(): Language {
  const stored = localStorage.getItem(storageKey);
  return languages.find((language) => language === stored) ?? 'fr';
}

export const i18n = i18next.createInstance();

i18n.on('languageChanged', (language) => {
  document.documentElement.lang = language;
  localStorage.setItem(storageKey, language);
});

void i18n.use(initReactI18next).init({
  resources: {
    fr: { translation: withErrorReasons(fr, 'fr') },
    en: { translation: withErrorReasons(en, 'en') },
  },
  lng: storedLanguage(),
  fallbackLng: 'fr',
  supportedLngs: languages,
  // React already escapes what it renders.
  interpolation: { escapeValue: false },
});

// « {{name, de}} » writes « d’Aïcha » or « de Marc » (French elision, `libs/contracts/src/french.ts`): the French
// texts use it before a name or a title; the other languages never need it, and get the word as it is.
for (const word of ELIDING_WORDS) {
  i18n.services.formatter?.add(word, (value: unknown, language: string | undefined) =>
    language === 'fr' ? elide(word, String(value)) : `${word} ${String(value)}`,
  );
}

/**
 * The i18next `context` of a sentence about a person: `_feminine` or `_masculine` when they declared it, else the
 * key itself, written in a neutral phrasing (« Hélène fait maintenant partie du groupe »).
 */
export const agreementContext = (form: AgreementForm | null | undefined): 'feminine' | 'masculine' | undefined =>
  form === 'feminine' || form === 'masculine' ? form : undefined;

/** The current language, narrowed to the ones the interface is written in; re-renders when it changes. */
export function useLanguage(): Language {
  const { i18n: instance } = useTranslation();
  return languages.find((language) => language === instance.resolvedLanguage) ?? 'fr';
}
