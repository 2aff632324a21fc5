import type { QueryClient } from '@tanstack/react-query';
import { graphqlQuery } from '../api/queries';
import { graphql } from '../gql';

/** The people a channel may mention, by name (the viewer aside): what « @ » proposes in the message form. */
const mentionableQuery = graphql(`
  query Mentionable($channelId: ID!, $search: String!, $first: Int!) {
    channel(id: $channelId) {
      id
      mentionable(search: $search, first: $first) {
        id
        displayName
      }
    }
  }
`);

export type Mentionable = { id: string; displayName: string };

/** How many people the list proposes at most. */
export const MENTIONABLE_MAX = 8;

/** The people a name begun matches, through the cache: typing back to a name already searched asks nothing. */
export const findMentionable = async (cache: QueryClient, channelId: string, search: string): Promise<Mentionable[]> =>
  (await cache.fetchQuery(graphqlQuery(mentionableQuery, { channelId, search, first: MENTIONABLE_MAX }))).channel
    .mentionable;

/** What is being typed after an « @ »: where the « @ » is, and the name begun after it. */
export type MentionTrigger = { start: number; query: string };

/** A name being typed: letters, digits, apostrophes, hyphens, dots and at most two spaces, never a line break. */
const NAME_BEGUN = /^[\p{L}\p{M}\p{N}'’.-][\p{L}\p{M}\p{N}'’. -]{0,39}$/u;
const MAX_SPACES = 2;

/**
 * The mention being typed just before the caret, if any: an « @ » at the start of the text or after a space or a
 * punctuation mark (not inside an e-mail address), followed by a few characters of a name.
 */
export function mentionAt(text: string, caret: number): MentionTrigger | undefined {
  const before = text.slice(0, caret);
  const start = before.lastIndexOf('@');
  if (start < 0) return undefined;
  const query = before.slice(start + 1);
  if (!NAME_BEGUN.test(query) || query.split(' ').length - 1 > MAX_SPACES) return undefined;
  const previous = before.charAt(start - 1);
  if (previous && !/[\s\p{P}\p{S}]/u.test(previous)) return undefined;
  return { start, query };
}

/**
 * The Markdown token of a mention, `@[Display Name](id)`, as the API reads it: the name without what would end
 * the token early (a closing bracket, a line break), at most 120 characters.
 */
export const mentionToken = (person: Mentionable) =>
  `@[${
    person.displayName
      .replace(/[\]\n\r]/g, ' ')
      .trim()
      .slice(0, 120) || '?'
  }](${person.id})`;
