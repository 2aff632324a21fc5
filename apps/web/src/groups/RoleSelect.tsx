import { Select } from '@codegouvfr/react-dsfr/Select';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { MembershipRole } from '../gql/graphql';

/** The role a newcomer gets, among the group's roles: a form's field (`register('role')`). */
export function RoleSelect({ roles, field }: { roles: MembershipRole[]; field: UseFormRegisterReturn }) {
  const { t } = useTranslation();
  return (
    <Select label={t('group.role')} nativeSelectProps={field}>
      {roles.map((option) => (
        <option key={option} value={option}>
          {t(`groups.roles.${option}`)}
        </option>
      ))}
    </Select>
  );
}
