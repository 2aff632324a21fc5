import { fr } from '@codegouvfr/react-dsfr';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

type RoleFormProps<TRole extends string> = {
  /** Whose role it is, for the screen-reader names of the select and the button. */
  name: string;
  role: TRole;
  roles: readonly TRole[];
  roleLabel: (role: TRole) => string;
  /** Resolves to whether the role was applied. */
  onSubmit: (role: TRole) => Promise<boolean>;
};

/**
 * A person's role as a select and an "Appliquer" button once it differs: a select that acted on each change
 * would grant a role at every arrow key pressed on it.
 */
export function RoleForm<TRole extends string>({ name, role, roles, roleLabel, onSubmit }: RoleFormProps<TRole>) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(role);
  const select = useRef<HTMLSelectElement>(null);

  return (
    <form
      className={fr.cx('fr-grid-row', 'fr-grid-row--middle')}
      onSubmit={(event) => {
        event.preventDefault();
        // The button disappears once the role is applied: the focus goes back to the select.
        void onSubmit(draft).then((done) => done && select.current?.focus());
      }}
    >
      <Select
        label={<span className={fr.cx('fr-sr-only')}>{t('roleForm.roleOf', { name })}</span>}
        className={fr.cx('fr-mb-0', 'fr-mr-1w')}
        nativeSelectProps={{
          ref: select,
          // Wide enough for "Administrateur": a table cell would otherwise squeeze the select to a few letters.
          style: { minWidth: '12rem' },
          value: draft,
          onChange: (event) => setDraft(event.target.value as TRole),
        }}
      >
        {roles.map((option) => (
          <option key={option} value={option}>
            {roleLabel(option)}
          </option>
        ))}
      </Select>
      {draft !== role && (
        <Button type="submit" size="small" priority="tertiary">
          {t('roleForm.apply')}
          <span className={fr.cx('fr-sr-only')}> {t('roleForm.applyTarget', { name })}</span>
        </Button>
      )}
    </form>
  );
}
