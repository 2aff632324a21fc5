import { GROUP_LIMITS, GROUP_SLUG_PATTERN } from '@ouvroir/contracts';
import { z } from 'zod';
import { optionalText, refusal } from '../components/form-schema';
import type { FormOf } from '../components/useFormSubmission';
import type { CreateGroupInput, UpdateGroupInput } from '../gql/graphql';
import type { Group } from './groups';

/** What the group form checks before sending, with the API's own limits. */
export const groupFormSchema = z.object({
  domainSlug: z.string().min(1),
  kind: z.enum(['working_group', 'committee']),
  name: z.string().trim().min(GROUP_LIMITS.nameMin).max(GROUP_LIMITS.nameMax),
  // Empty: the API derives it from the name.
  slug: z
    .string()
    .trim()
    .max(GROUP_LIMITS.slugMax)
    .refine(
      (slug) => slug === '' || (slug.length >= GROUP_LIMITS.slugMin && GROUP_SLUG_PATTERN.test(slug)),
      refusal({ reason: 'GROUP_SLUG_INVALID' }),
    ),
  shortDescription: optionalText(GROUP_LIMITS.shortDescriptionMax),
  charter: optionalText(GROUP_LIMITS.charterMax),
  visibility: z.enum(['public', 'members']),
  joinPolicy: z.enum(['open', 'request', 'invitation']),
  /** Empty for none. */
  committeeId: z.string(),
});

export type GroupFormValues = z.input<typeof groupFormSchema>;
type Checked = z.output<typeof groupFormSchema>;
export type GroupFormState = FormOf<typeof groupFormSchema>;

/** A new group's form, or the group's own values to edit. */
export const groupFormDefaults = (group?: Group): GroupFormValues => ({
  domainSlug: group?.domain.slug ?? '',
  kind: group?.kind ?? 'working_group',
  name: group?.name ?? '',
  slug: '',
  shortDescription: group?.shortDescription ?? '',
  charter: group?.charter ?? '',
  visibility: group?.visibility ?? 'public',
  joinPolicy: group?.joinPolicy ?? 'request',
  committeeId: group?.committee?.id ?? '',
});

export const createGroupInput = (values: Checked): CreateGroupInput => ({
  domainSlug: values.domainSlug,
  kind: values.kind,
  name: values.name,
  slug: values.slug || undefined,
  shortDescription: values.shortDescription,
  charter: values.charter,
  visibility: values.visibility,
  joinPolicy: values.joinPolicy,
  committeeId: values.kind === 'working_group' && values.committeeId ? values.committeeId : undefined,
});

/**
 * Only the fields changed are sent: a committee the facilitator cannot see shows as none, and is sent only when
 * changed here.
 */
export function updateGroupInput(values: Checked, before: Group): UpdateGroupInput {
  const input: UpdateGroupInput = {};
  if (values.name !== before.name) input.name = values.name;
  if (values.shortDescription !== before.shortDescription) input.shortDescription = values.shortDescription;
  if (values.charter !== before.charter) input.charter = values.charter;
  if (values.visibility !== before.visibility) input.visibility = values.visibility;
  if (values.joinPolicy !== before.joinPolicy) input.joinPolicy = values.joinPolicy;
  if (values.committeeId !== (before.committee?.id ?? '')) input.committeeId = values.committeeId || null;
  return input;
}
