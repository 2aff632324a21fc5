import { GROUP_LIMITS } from '@ouvroir/contracts';
import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { ButtonsGroup } from '@codegouvfr/react-dsfr/ButtonsGroup';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { RadioButtons } from '@codegouvfr/react-dsfr/RadioButtons';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { messageOf } from '../api/graphql-request';
import { graphqlQuery } from '../api/queries';
import { DomainSelect } from '../domains/DomainSelect';
import type { CreateGroupInput, GroupKind, GroupVisibility, JoinPolicy, UpdateGroupInput } from '../gql/graphql';
import { committeesQuery, groupKinds, joinPolicies, type Group } from './groups';

const visibilities: GroupVisibility[] = ['public', 'members'];

type GroupFormProps =
  | {
      /** The group to edit: only the fields changed are sent. */
      group: Group;
      onSubmit: (input: UpdateGroupInput) => Promise<void>;
      onCancel: () => void;
    }
  | { group?: undefined; onSubmit: (input: CreateGroupInput) => Promise<void>; onCancel?: undefined };

/**
 * Creates a group or a committee (administrators), or edits one (its facilitators). What was typed stays after
 * an error, with the API's message above the form.
 */
export function GroupForm(props: GroupFormProps) {
  const { group } = props;
  const { t } = useTranslation();
  const [domainSlug, setDomainSlug] = useState(group?.domain.slug ?? '');
  const [kind, setKind] = useState<GroupKind>(group?.kind ?? 'working_group');
  const [name, setName] = useState(group?.name ?? '');
  const [slug, setSlug] = useState('');
  const [shortDescription, setShortDescription] = useState(group?.shortDescription ?? '');
  const [charter, setCharter] = useState(group?.charter ?? '');
  const [visibility, setVisibility] = useState<GroupVisibility>(group?.visibility ?? 'public');
  const [joinPolicy, setJoinPolicy] = useState<JoinPolicy>(group?.joinPolicy ?? 'request');
  const [committeeId, setCommitteeId] = useState(group?.committee?.id ?? '');
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string>();

  const submit = async () => {
    if (saving) return;
    setSaving(true);
    setError(undefined);
    try {
      if (props.group) {
        const before = props.group;
        // A committee the facilitator cannot see shows as none: it is sent only when changed here.
        const input: UpdateGroupInput = {};
        if (name !== before.name) input.name = name;
        if (shortDescription !== before.shortDescription) input.shortDescription = shortDescription;
        if (charter !== before.charter) input.charter = charter;
        if (visibility !== before.visibility) input.visibility = visibility;
        if (joinPolicy !== before.joinPolicy) input.joinPolicy = joinPolicy;
        if (committeeId !== (before.committee?.id ?? '')) input.committeeId = committeeId || null;
        await props.onSubmit(input);
      } else {
        await props.onSubmit({
          domainSlug,
          kind,
          name,
          slug: slug.trim() || undefined,
          shortDescription,
          charter,
          visibility,
          joinPolicy,
          committeeId: kind === 'working_group' && committeeId ? committeeId : undefined,
        });
      }
    } catch (failure) {
      setError(messageOf(failure));
    } finally {
      setSaving(false);
    }
  };

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      {error && (
        <Alert
          severity="error"
          as="h3"
          title={group ? t('groupForm.updateErrorTitle') : t('groupForm.createErrorTitle')}
          description={error}
          className={fr.cx('fr-mb-3w')}
        />
      )}
      {!group && (
        <>
          <DomainSelect
            label={t('groupForm.domain')}
            value={domainSlug}
            onChange={(slug) => {
              setDomainSlug(slug);
              // Committees belong to a domain: another domain's cannot be kept.
              setCommitteeId('');
            }}
            emptyOption={t('groupForm.chooseDomain')}
            required
          />
          <RadioButtons
            legend={t('groupForm.kind')}
            name="group-kind"
            orientation="horizontal"
            options={groupKinds.map((option) => ({
              label: t(`groups.kinds.${option}`),
              nativeInputProps: { checked: kind === option, onChange: () => setKind(option) },
            }))}
          />
        </>
      )}
      <Input
        label={t('groupForm.name')}
        nativeInputProps={{
          required: true,
          maxLength: GROUP_LIMITS.nameMax,
          // The edit form replaces the button that opened it: the focus goes to its first field.
          autoFocus: Boolean(group),
          value: name,
          onChange: (event) => setName(event.target.value),
        }}
      />
      {!group && (
        <Input
          label={t('groupForm.slug')}
          hintText={t('groupForm.slugHint')}
          nativeInputProps={{
            spellCheck: false,
            autoComplete: 'off',
            maxLength: GROUP_LIMITS.slugMax,
            value: slug,
            onChange: (event) => setSlug(event.target.value),
          }}
        />
      )}
      <Input
        label={t('groupForm.shortDescription')}
        hintText={t('groupForm.shortDescriptionHint')}
        textArea
        nativeTextAreaProps={{
          rows: 2,
          maxLength: GROUP_LIMITS.shortDescriptionMax,
          value: shortDescription,
          onChange: (event) => setShortDescription(event.target.value),
        }}
      />
      <Input
        label={t('groupForm.charter')}
        hintText={t('groupForm.charterHint')}
        textArea
        nativeTextAreaProps={{
          rows: 12,
          maxLength: GROUP_LIMITS.charterMax,
          value: charter,
          onChange: (event) => setCharter(event.target.value),
        }}
      />
      <RadioButtons
        legend={t('groupForm.visibility')}
        name="group-visibility"
        options={visibilities.map((option) => ({
          label: t(`groups.visibilities.${option}`),
          hintText: t(`groupForm.visibilityHints.${option}`),
          nativeInputProps: { checked: visibility === option, onChange: () => setVisibility(option) },
        }))}
      />
      <RadioButtons
        legend={t('groupForm.joinPolicy')}
        name="group-join-policy"
        options={joinPolicies.map((option) => ({
          label: t(`groups.joinPolicies.${option}`),
          nativeInputProps: { checked: joinPolicy === option, onChange: () => setJoinPolicy(option) },
        }))}
      />
      {kind === 'working_group' && domainSlug && (
        <CommitteeSelect domainSlug={domainSlug} value={committeeId} onChange={setCommitteeId} />
      )}
      <ButtonsGroup
        inlineLayoutWhen="sm and up"
        buttons={[
          {
            children: saving ? t('groupForm.saving') : group ? t('groupForm.save') : t(`groupForm.create.${kind}`),
            type: 'submit',
            iconId: 'fr-icon-check-line',
          },
          ...(props.onCancel
            ? [
                {
                  children: t('action.cancel'),
                  priority: 'secondary' as const,
                  type: 'button' as const,
                  onClick: props.onCancel,
                },
              ]
            : []),
        ]}
      />
    </form>
  );
}

/** The committees of the domain the working group may address its proposals to. */
function CommitteeSelect({
  domainSlug,
  value,
  onChange,
}: {
  domainSlug: string;
  value: string;
  onChange: (committeeId: string) => void;
}) {
  const { t } = useTranslation();
  const committees = useQuery(graphqlQuery(committeesQuery, { domainSlug }));
  return (
    <Select
      label={t('groupForm.committee')}
      hint={t('groupForm.committeeHint')}
      state={committees.isError ? 'error' : 'default'}
      stateRelatedMessage={committees.isError ? messageOf(committees.error) : undefined}
      nativeSelectProps={{ value, onChange: (event) => onChange(event.target.value) }}
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
