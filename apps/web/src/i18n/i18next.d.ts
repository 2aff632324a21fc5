import type fr from './fr.json';

// French is the reference: translation keys are checked against fr.json.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof fr };
  }
}
