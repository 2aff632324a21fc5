import { RadioButtons } from '@codegouvfr/react-dsfr/RadioButtons';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { useQuery } from '@tanstack/react-query';
import { useController } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { messageOf } from '../api/graphql-request';
import { graphqlQuery } from '../api/queries';
import { errorState } from '../components/useFormSubmission';
import { DomainSelect } from '../domains/DomainSelect';
import type { GroupVisibility } from '../gql/graphql';
import type { GroupFormState } from './group-form.schema';
import { committeesQuery, groupKinds, joinPolicies } from './groups';

type Form = { form: GroupFormState };

const visibilities: GroupVisibility[] = ['public', 'members'];

/** A new group's domain and kind, which cannot change afterwards. */
export function GroupPlaceFields({ form }: Form) {
  const { t } = useTranslation();
  const domain = useController({ control: form.control, name: 'domainSlug' });
  return (
    <>
      <DomainSelect
        label={t('groupForm.domain')}
        value={domain.field.value}
        onChange={(slug) => {
          domain.field.onChange(slug);
          // Committees belong to a domain: another domain's cannot be kept.
          form.setValue('committeeId', '');
        }}
        emptyOption={t('groupForm.chooseDomain')}
        required
        error={domain.fieldState.error?.message}
        selectRef={domain.field.ref}
      />
      <RadioButtons
        legend={t('groupForm.kind')}
        name="group-kind"
        orientation="horizontal"
        options={groupKinds.map((option) => ({
          label: t(`groups.kinds.${option}`),
          nativeInputProps: { ...form.register('kind'), value: option },
        }))}
      />
    </>
  );
}

/** Who sees the group, how one joins it, and the committee a working group addresses. */
export function GroupPolicyFields({ form }: Form) {
  const { t } = useTranslation();
  const [kind, domainSlug] = form.watch(['kind', 'domainSlug']);
  return (
    <>
      <RadioButtons
        legend={t('groupForm.visibility')}
        name="group-visibility"
        options={visibilities.map((option) => ({
          label: t(`groups.visibilities.${option}`),
          hintText: t(`groupForm.visibilityHints.${option}`),
          nativeInputProps: { ...form.register('visibility'), value: option },
        }))}
      />
      <RadioButtons
        legend={t('groupForm.joinPolicy')}
        name="group-join-policy"
        options={joinPolicies.map((option) => ({
          label: t(`groups.joinPolicies.${option}`),
          nativeInputProps: { ...form.register('joinPolicy'), value: option },
        }))}
      />
      {kind === 'working_group' && domainSlug && <CommitteeSelect form={form} domainSlug={domainSlug} />}
    </>
  );
}

/**
 * The committees of the domain the working group may address its proposals to. Controlled: the options arrive after
 * the value, which an uncontrolled select would then not show.
 */
function CommitteeSelect({ form, domainSlug }: Form & { domainSlug: string }) {
  const { t } = useTranslation();
  const committees = useQuery(graphqlQuery(committeesQuery, { domainSlug }));
  const { field, fieldState } = useController({ control: form.control, name: 'committeeId' });
  return (
    <Select
      label={t('groupForm.committee')}
      hint={t('groupForm.committeeHint')}
      {...(committees.isError
        ? { state: 'error' as const, stateRelatedMessage: messageOf(committees.error) }
        : errorState(fieldState.error))}
      nativeSelectProps={{ ...field }}
    >
      <option value="">{committees.isPending ? t('groupForm.committeesLoading') : t('groupForm.noCommittee')}</option>
      {committees.data?.groupsDirectory.nodes.map((committee) => (
        <option key={committee.id} value={committee.id} lang="fr">
          {committee.name}
        </option>
      ))}
    </Select>
  );
}
