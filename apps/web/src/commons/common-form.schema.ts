import { COMMON_LIMITS, COMMON_SLUG_PATTERN } from '@ouvroir/contracts';
import { z } from 'zod';
import { omittableText, optionalText, refusal, requiredText } from '../components/form-schema';
import { commonKinds, type CommonKind } from './kinds';

/** Tags typed as "a, b, c", as the API counts them: trimmed, lower-cased, once each. */
const tagsOf = (typed: string) => [
  ...new Set(
    typed
      .split(',')
      .map((tag) => tag.trim().toLowerCase())
      .filter(Boolean),
  ),
];

const isKind = (value: string): value is CommonKind => (commonKinds as readonly string[]).includes(value);

const httpAddress = (max: number) =>
  omittableText(max).refine(
    (url) => url === undefined || /^https?:\/\/\S+$/i.test(url),
    refusal({ key: 'httpAddress' }),
  );

const repositorySchema = z.object({
  url: requiredText(COMMON_LIMITS.repositoryUrlMax).refine(
    (url) => /^https?:\/\/\S+$/i.test(url),
    refusal({ key: 'httpAddress' }),
  ),
  role: z.enum(['source', 'mirror']),
  /** The address of the source this repository mirrors, among the list's. */
  mirrorOfUrl: z.string(),
});

/** What the form that publishes or edits a common checks before sending, with the API's own limits. */
export const commonFormSchema = z
  .object({
    kind: z.string().refine(isKind, refusal({ key: 'choiceRequired' })),
    name: z.string().trim().min(COMMON_LIMITS.nameMin).max(COMMON_LIMITS.nameMax),
    slug: omittableText(COMMON_LIMITS.slugMax).refine(
      (slug) => slug === undefined || COMMON_SLUG_PATTERN.test(slug),
      refusal({ reason: 'COMMON_SLUG_INVALID' }),
    ),
    summary: requiredText(COMMON_LIMITS.summaryMax),
    description: optionalText(COMMON_LIMITS.descriptionMax),
    domainId: z.string().refine((id) => id !== '', refusal({ key: 'choiceRequired' })),
    status: z.enum(['active', 'maintained', 'seeking_maintainers', 'archived']),
    website: httpAddress(COMMON_LIMITS.websiteMax),
    tags: z
      .string()
      .refine(
        (typed) => {
          const tags = tagsOf(typed);
          return tags.length <= COMMON_LIMITS.tagsMax && tags.every((tag) => tag.length <= COMMON_LIMITS.tagMax);
        },
        refusal({ reason: 'COMMON_TAGS_TOO_MANY' }),
      )
      .transform(tagsOf),
    licence: requiredText(COMMON_LIMITS.licenceMax),
    repositories: z.array(repositorySchema).max(COMMON_LIMITS.repositoriesMax),
    scolomfrUris: z.array(z.string()).max(COMMON_LIMITS.scolomfrMax),
    maintainers: z.array(z.object({ id: z.string(), displayName: z.string() })).max(COMMON_LIMITS.maintainersMax),
  })
  .transform(({ maintainers, repositories, scolomfrUris, ...input }) => ({
    ...input,
    // Only resources carry ScoLOMFR values: a kind changed after choosing some drops them.
    scolomfrUris: input.kind === 'educational_resource' ? scolomfrUris : [],
    repositories: repositories.map(({ url, role, mirrorOfUrl }) => ({
      url,
      role,
      mirrorOfUrl: role === 'mirror' && mirrorOfUrl ? mirrorOfUrl : undefined,
    })),
    maintainerUserIds: maintainers.map((person) => person.id),
  }));

export type CommonFormValues = z.input<typeof commonFormSchema>;
export type CommonFormOutput = z.output<typeof commonFormSchema>;
