import { FieldNode, FragmentDefinitionNode, GraphQLResolveInfo, Kind, OperationDefinitionNode, parse } from 'graphql';
import { selects } from './selects';

/** The resolve info of the query's first root field, as graphql-js and graphql-jit give it. */
function infoOf(query: string): GraphQLResolveInfo {
  const document = parse(query);
  const operation = document.definitions.find(
    (definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION,
  )!;
  const fragments = Object.fromEntries(
    document.definitions
      .filter((definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION)
      .map((fragment) => [fragment.name.value, fragment]),
  );
  return {
    fieldNodes: [operation.selectionSet.selections[0] as FieldNode],
    fragments,
  } as unknown as GraphQLResolveInfo;
}

describe('selects', () => {
  it('finds a path of fields asked directly, down to a leaf', () => {
    const info = infoOf('{ groupsDirectory { totalCount nodes { name facilitators { displayName } } } }');
    expect(selects(info, 'nodes', 'facilitators')).toBe(true);
    expect(selects(info, 'nodes', 'facilitators', 'displayName')).toBe(true);
    expect(selects(info, 'nodes', 'domain')).toBe(false);
    expect(selects(info, 'facilitators')).toBe(false);
  });

  it('finds fields asked through named and inline fragments, aliases included', () => {
    const info = infoOf(`
      query { proposals { nodes { ...Card } } }
      fragment Card on Proposal { title ... on Proposal { people: authors { user { displayName } } } }`);
    expect(selects(info, 'nodes', 'authors', 'user')).toBe(true);
    expect(selects(info, 'nodes', 'people')).toBe(false);
    expect(selects(info, 'nodes', 'group')).toBe(false);
  });
});
