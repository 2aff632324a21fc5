import type { ErrorReason } from '@ouvroir/contracts';
import type fr from './fr.json';

// French is the reference: translation keys are checked against fr.json, and the API's error reasons loaded beside.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof fr & { errors: { reasons: Record<ErrorReason, string> } } };
  }
}
