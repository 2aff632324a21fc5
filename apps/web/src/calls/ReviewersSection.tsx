import { fr } from '@codegouvfr/react-dsfr';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAction } from '../components/useAction';
import { UserPicker, type PickedUser } from '../groups/UserPicker';
import { useAddReviewer, useRemoveReviewer } from './call-mutations';
import type { Call } from './calls';

/** The call's reviewers, named and removed one by one by its facilitators, each act at once. */
export function ReviewersSection({ call }: { call: Pick<Call, 'id' | 'reviewers'> }) {
  const { t } = useTranslation();
  const action = useAction();
  const addReviewer = useAddReviewer();
  const removeReviewer = useRemoveReviewer();
  const [picked, setPicked] = useState<PickedUser>();
  const [pickerKey, setPickerKey] = useState(0);

  return (
    <section aria-labelledby="call-reviewers" className={fr.cx('fr-mt-6w')}>
      <h2 id="call-reviewers" className={fr.cx('fr-h4')}>
        {t('callForm.reviewers')}
      </h2>
      <p className={fr.cx('fr-hint-text')}>{t('callForm.reviewersHint')}</p>
      {action.feedback}
      {call.reviewers.length === 0 ? (
        <p>{t('callForm.noReviewers')}</p>
      ) : (
        <ul aria-label={t('callForm.reviewersChosen')}>
          {call.reviewers.map((person) => (
            <li key={person.id}>
              {person.displayName}{' '}
              <Button
                type="button"
                priority="tertiary no outline"
                size="small"
                iconId="fr-icon-delete-line"
                onClick={() =>
                  void action.run(async () => {
                    await removeReviewer.mutateAsync({ callId: call.id, userId: person.id });
                    return t('callForm.reviewerRemoved', { name: person.displayName });
                  })
                }
              >
                {t('callForm.removeReviewer', { name: person.displayName })}
              </Button>
            </li>
          ))}
        </ul>
      )}
      <UserPicker key={pickerKey} legend={t('callForm.reviewerToAdd')} selected={picked} onSelect={setPicked} />
      <Button
        type="button"
        iconId="fr-icon-user-add-line"
        onClick={() =>
          picked &&
          void action
            .run(async () => {
              await addReviewer.mutateAsync({ callId: call.id, userId: picked.id });
              return t('callForm.reviewerAdded', { name: picked.displayName });
            })
            .then((done) => {
              if (!done) return;
              setPicked(undefined);
              // A fresh search for the next one.
              setPickerKey((key) => key + 1);
            })
        }
      >
        {t('callForm.addReviewer')}
      </Button>
    </section>
  );
}
