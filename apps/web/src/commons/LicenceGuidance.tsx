import { fr } from '@codegouvfr/react-dsfr';
import { Accordion } from '@codegouvfr/react-dsfr/Accordion';
import { CallOut } from '@codegouvfr/react-dsfr/CallOut';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { RadioButtons } from '@codegouvfr/react-dsfr/RadioButtons';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { CommonKind } from './kinds';
import { licenceTextKey, recommendedLicences } from './licences';

type LicenceFieldProps = {
  kind: CommonKind | '';
  /** The SPDX expression chosen. */
  value: string;
  onChange: (expression: string) => void;
  /** Whether the person picked « Une autre licence » (then `value` is what they type). */
  other: boolean;
  onOtherChange: (other: boolean) => void;
  error?: string;
};

/**
 * Where a common's licence is chosen, the guidance that goes with the choice: each licence the programme recommends for
 * the kind, with what it allows and why it fits, then what changes for work made for the public service. Teachers
 * must know the status of what they produce, and no one reads a separate page.
 */
export function LicenceField({ kind, value, onChange, other, onOtherChange, error }: LicenceFieldProps) {
  const { t } = useTranslation();
  const name = useId();
  const options = kind ? recommendedLicences[kind] : [];

  return (
    <div className={fr.cx('fr-mb-4w')}>
      {kind ? (
        <RadioButtons
          legend={t('licenceGuidance.legend')}
          hintText={
            <>
              {t('licenceGuidance.hint')} {t(`licenceGuidance.kindIntro.${kind}`)}
            </>
          }
          name={name}
          state={error && !other ? 'error' : 'default'}
          stateRelatedMessage={error && !other ? error : undefined}
          options={[
            ...options.map((id) => {
              const key = licenceTextKey(id);
              return {
                label: (
                  <>
                    {key ? t(`licenceGuidance.licences.${key}.name`) : id}{' '}
                    <span className={fr.cx('fr-text--sm')}>({id})</span>
                  </>
                ),
                hintText: key && (
                  <>
                    {t(`licenceGuidance.licences.${key}.allows`)}{' '}
                    <strong>{t(`licenceGuidance.licences.${key}.why`)}</strong>
                  </>
                ),
                nativeInputProps: {
                  value: id,
                  checked: !other && value === id,
                  onChange: () => {
                    onOtherChange(false);
                    onChange(id);
                  },
                },
              };
            }),
            {
              label: t('licenceGuidance.other'),
              hintText: t('licenceGuidance.otherHint'),
              nativeInputProps: {
                value: '',
                checked: other,
                onChange: () => {
                  onOtherChange(true);
                  if (options.includes(value)) onChange('');
                },
              },
            },
          ]}
        />
      ) : (
        <p className={fr.cx('fr-hint-text')}>{t('licenceGuidance.chooseKindFirst')}</p>
      )}
      {other && (
        <Input
          label={t('licenceGuidance.otherLabel')}
          state={error ? 'error' : 'default'}
          stateRelatedMessage={error}
          nativeInputProps={{
            name: 'licence',
            required: true,
            autoComplete: 'off',
            spellCheck: false,
            value,
            onChange: (event) => onChange(event.target.value),
          }}
        />
      )}
      <p className={fr.cx('fr-text--sm')}>{t('licenceGuidance.notOpen')}</p>
      <PublicServiceGuidance />
    </div>
  );
}

/** What changes for work made within a public-service mission, in plain French, with the law's articles. */
function PublicServiceGuidance() {
  const { t } = useTranslation();
  return (
    <CallOut title={t('licenceGuidance.publicService.title')} titleAs="h3" bodyAs="div" className={fr.cx('fr-mb-2w')}>
      <p>{t('licenceGuidance.publicService.lead')}</p>
      <Accordion label={t('licenceGuidance.publicService.details')} className={fr.cx('fr-mt-2w')}>
        <p>{t('licenceGuidance.publicService.author')}</p>
        <p>{t('licenceGuidance.publicService.software')}</p>
        <p>{t('licenceGuidance.publicService.teachers')}</p>
        <p>{t('licenceGuidance.publicService.openByDefault')}</p>
        <p>{t('licenceGuidance.publicService.licenceList')}</p>
        <p className={fr.cx('fr-text--sm')}>
          {t('licenceGuidance.notCounsel')} {t('licenceGuidance.publicService.sources')}
        </p>
      </Accordion>
    </CallOut>
  );
}
