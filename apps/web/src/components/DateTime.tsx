import { useLanguage } from '../i18n';

const locales = { fr: 'fr-FR', en: 'en-GB' } as const;

/** A date (and its time, with `withTime`) in the interface's language, with its machine-readable value. */
export function DateTime({ value, withTime = false }: { value: string; withTime?: boolean }) {
  const language = useLanguage();
  const format = new Intl.DateTimeFormat(locales[language], {
    dateStyle: 'long',
    timeStyle: withTime ? 'short' : undefined,
  });
  return <time dateTime={value}>{format.format(new Date(value))}</time>;
}
