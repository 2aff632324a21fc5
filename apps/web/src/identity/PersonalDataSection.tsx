import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { ButtonsGroup } from '@codegouvfr/react-dsfr/ButtonsGroup';
import { createModal } from '@codegouvfr/react-dsfr/Modal';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { messageOf } from '../api/graphql-request';
import { graphqlQuery } from '../api/queries';
import { useGraphqlMutation } from '../api/useGraphqlMutation';
import { graphql } from '../gql';

const exportMyDataQuery = graphql(`
  query ExportMyData {
    exportMyData
  }
`);

const eraseMyAccountMutation = graphql(`
  mutation EraseMyAccount {
    eraseMyAccount
  }
`);

const eraseModal = createModal({ id: 'erase-account', isOpenedByDefault: false });
const exportFileName = 'ouvroir-mes-donnees.json';

/** Hands a JSON text to the browser as a file: a blob: link clicked from here, no script for the CSP to refuse. */
function downloadJson(text: string, fileName: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  // Firefox follows only a link that is in the document.
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel a download some browsers start asynchronously.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** The RGPD rights the person exercises alone: a copy of their data, and the erasure of their account. */
export function PersonalDataSection() {
  const { t } = useTranslation();
  const cache = useQueryClient();
  const [exporting, setExporting] = useState(false);
  const [exportResult, setExportResult] = useState<{ severity: 'success' | 'error'; message: string }>();

  const exportData = async () => {
    // Not disabled while it runs (the focus would be lost): a second click is ignored instead.
    if (exporting) return;
    setExporting(true);
    setExportResult(undefined);
    try {
      // Read now, and kept nowhere: the copy goes to the person's file only.
      const { exportMyData } = await cache.fetchQuery({ ...graphqlQuery(exportMyDataQuery), staleTime: 0, gcTime: 0 });
      downloadJson(exportMyData, exportFileName);
      setExportResult({
        severity: 'success',
        message: t('profile.personalData.downloaded', { fileName: exportFileName }),
      });
    } catch (error) {
      setExportResult({ severity: 'error', message: messageOf(error) });
    } finally {
      setExporting(false);
    }
  };

  return (
    <section aria-labelledby="personal-data-heading" className={fr.cx('fr-mt-6w')}>
      <h2 id="personal-data-heading">{t('profile.personalData.heading')}</h2>
      <p>{t('profile.personalData.intro')}</p>
      {exportResult && (
        <Alert
          severity={exportResult.severity}
          small
          closable
          onClose={() => setExportResult(undefined)}
          description={
            exportResult.severity === 'error'
              ? t('profile.personalData.downloadError', { reason: exportResult.message })
              : exportResult.message
          }
          className={fr.cx('fr-mb-3w')}
        />
      )}
      <ButtonsGroup
        inlineLayoutWhen="md and up"
        buttons={[
          {
            children: exporting ? t('profile.personalData.downloading') : t('profile.personalData.download'),
            iconId: 'fr-icon-download-line',
            onClick: () => void exportData(),
          },
          {
            children: t('profile.personalData.erase'),
            priority: 'secondary',
            iconId: 'fr-icon-delete-line',
            nativeButtonProps: eraseModal.buttonProps,
          },
        ]}
      />
      <EraseAccountDialog />
    </section>
  );
}

/** Says plainly what erasing does before doing it; on success the page is left for the home page, signed out. */
function EraseAccountDialog() {
  const { t } = useTranslation();
  const { mutateAsync: eraseMyAccount } = useGraphqlMutation(eraseMyAccountMutation);
  const [erasing, setErasing] = useState(false);
  const [error, setError] = useState<string>();
  const consequences: string[] = t('profile.personalData.eraseConsequences', { returnObjects: true });

  const erase = async () => {
    if (erasing) return;
    setErasing(true);
    setError(undefined);
    try {
      if (!(await eraseMyAccount({})).eraseMyAccount) throw new Error(t('profile.personalData.eraseNotDone'));
      // A full page load: the session is gone, and nothing of the erased account stays in memory.
      window.location.assign('/');
    } catch (failure) {
      setError(messageOf(failure));
      setErasing(false);
    }
  };

  return (
    <eraseModal.Component
      title={t('profile.personalData.eraseTitle')}
      buttons={[
        { children: t('profile.personalData.eraseCancel'), priority: 'secondary' },
        {
          children: erasing ? t('profile.personalData.erasing') : t('profile.personalData.eraseConfirm'),
          iconId: 'fr-icon-delete-line',
          onClick: () => void erase(),
          doClosesModal: false,
        },
      ]}
    >
      {error && (
        <Alert
          severity="error"
          as="h2"
          title={t('profile.personalData.eraseErrorTitle')}
          description={error}
          className={fr.cx('fr-mb-3w')}
        />
      )}
      <p>{t('profile.personalData.eraseIntro')}</p>
      <ul>
        {consequences.map((consequence) => (
          <li key={consequence}>{consequence}</li>
        ))}
      </ul>
      <p className={fr.cx('fr-text--bold')}>{t('profile.personalData.eraseWarning')}</p>
    </eraseModal.Component>
  );
}
