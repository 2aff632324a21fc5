import { Select } from '@codegouvfr/react-dsfr/Select';
import { useTranslation } from 'react-i18next';
import type { MembershipRole } from '../gql/graphql';

/** The role a newcomer gets, among the group's roles. */
export function RoleSelect({
  roles,
  value,
  onChange,
}: {
  roles: MembershipRole[];
  value: MembershipRole;
  onChange: (role: MembershipRole) => void;
}) {
  const { t } = useTranslation();
  return (
    <Select
      label={t('group.role')}
      nativeSelectProps={{ value, onChange: (event) => onChange(event.target.value as MembershipRole) }}
    >
      {roles.map((option) => (
        <option key={option} value={option}>
          {t(`groups.roles.${option}`)}
        </option>
      ))}
    </Select>
  );
}
