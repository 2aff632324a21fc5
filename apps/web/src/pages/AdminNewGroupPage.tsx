import { fr } from '@codegouvfr/react-dsfr';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { AdministrationFrame } from '../administration/AdministrationFrame';
import { GroupForm } from '../groups/GroupForm';
import { UserPicker, type PickedUser } from '../groups/UserPicker';

/**
 * Administrators create a group or a committee, with its first facilitator (themselves unless they choose someone),
 * then land on its page.
 */
export function AdminNewGroupPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [facilitator, setFacilitator] = useState<PickedUser>();
  return (
    <AdministrationFrame section="newGroup">
      {() => (
        <>
          {/* Beside the group's own form, which does not know who facilitates: the picker searches as one types. */}
          <fieldset className={fr.cx('fr-fieldset', 'fr-mb-4w')} aria-describedby="facilitator-hint">
            <legend className={fr.cx('fr-fieldset__legend')}>{t('administration.newGroup.facilitator.legend')}</legend>
            <div className={fr.cx('fr-fieldset__element')}>
              <p id="facilitator-hint" className={fr.cx('fr-hint-text')}>
                {t('administration.newGroup.facilitator.hint')}
              </p>
              <UserPicker
                legend={t('administration.newGroup.facilitator.legend')}
                selected={facilitator}
                onSelect={setFacilitator}
              />
              {facilitator && (
                <Button priority="tertiary" size="small" onClick={() => setFacilitator(undefined)}>
                  {t('administration.newGroup.facilitator.clear')}
                </Button>
              )}
            </div>
          </fieldset>
          <GroupForm facilitatorId={facilitator?.id} onSaved={(slug) => void navigate(`/groupes/${slug}`)} />
        </>
      )}
    </AdministrationFrame>
  );
}
