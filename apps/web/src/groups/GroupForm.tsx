import { ButtonsGroup } from '@codegouvfr/react-dsfr/ButtonsGroup';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { useTranslation } from 'react-i18next';
import { errorState, useFormSubmission } from '../components/useFormSubmission';
import { GroupPlaceFields, GroupPolicyFields } from './GroupFormChoices';
import { createGroupInput, groupFormDefaults, groupFormSchema, updateGroupInput } from './group-form.schema';
import { useCreateGroup, useUpdateGroup, type Group } from './groups';

type GroupFormProps =
  | {
      /** The group to edit: only the fields changed are sent. */
      group: Group;
      onSaved: () => void;
      onCancel: () => void;
    }
  | {
      group?: undefined;
      onSaved: (slug: string) => void;
      onCancel?: undefined;
      /** Its first facilitator, chosen beside the form (administrators); the creator when absent. */
      facilitatorId?: string;
    };

/**
 * Creates a group or a committee (administrators), or edits one (its facilitators). What was typed stays after
 * an error: under the field it concerns, or in the alert above the form.
 */
export function GroupForm(props: GroupFormProps) {
  const { group } = props;
  const { t } = useTranslation();
  const createGroup = useCreateGroup();
  const updateGroup = useUpdateGroup();
  const { form, submit, alert, sending } = useFormSubmission({
    schema: groupFormSchema,
    defaultValues: groupFormDefaults(group),
    send: async (values) =>
      props.group
        ? (await updateGroup.mutateAsync({ groupId: props.group.id, input: updateGroupInput(values, props.group) }))
            .updateGroup.id
        : (
            await createGroup.mutateAsync({
              input: { ...createGroupInput(values), facilitatorId: props.facilitatorId },
            })
          ).createGroup.slug,
    onSuccess: (slugOrId) => (props.group ? props.onSaved() : props.onSaved(slugOrId)),
    errorTitle: group ? t('groupForm.updateErrorTitle') : t('groupForm.createErrorTitle'),
    errorTitleAs: 'h3',
  });
  const { register, formState } = form;
  const { errors } = formState;
  const kind = form.watch('kind');

  return (
    <form onSubmit={submit} noValidate>
      {alert}
      {!group && <GroupPlaceFields form={form} />}
      <Input
        label={t('groupForm.name')}
        {...errorState(errors.name)}
        nativeInputProps={{
          required: true,
          // The edit form replaces the button that opened it: the focus goes to its first field.
          autoFocus: Boolean(group),
          ...register('name'),
        }}
      />
      {!group && (
        <Input
          label={t('groupForm.slug')}
          hintText={t('groupForm.slugHint')}
          {...errorState(errors.slug)}
          nativeInputProps={{ spellCheck: false, autoComplete: 'off', ...register('slug') }}
        />
      )}
      <Input
        label={t('groupForm.shortDescription')}
        hintText={t('groupForm.shortDescriptionHint')}
        textArea
        {...errorState(errors.shortDescription)}
        nativeTextAreaProps={{ rows: 2, ...register('shortDescription') }}
      />
      <Input
        label={t('groupForm.charter')}
        hintText={t('groupForm.charterHint')}
        textArea
        {...errorState(errors.charter)}
        nativeTextAreaProps={{ rows: 12, ...register('charter') }}
      />
      <GroupPolicyFields form={form} />
      <ButtonsGroup
        inlineLayoutWhen="sm and up"
        buttons={[
          {
            children: sending ? t('groupForm.saving') : group ? t('groupForm.save') : t(`groupForm.create.${kind}`),
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
