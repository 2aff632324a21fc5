import { FieldNode, GraphQLResolveInfo, Kind, SelectionSetNode } from 'graphql';

/**
 * Whether the query asks, below the field being resolved, for the fields of `path` one inside the
 * other (`selects(info, 'nodes', 'authors', 'user')`), through fragments too: a list reads what its
 * items' fields will need only when they are asked.
 */
export function selects(info: GraphQLResolveInfo, ...path: string[]): boolean {
  let fields: readonly FieldNode[] = info.fieldNodes;
  for (const name of path) {
    fields = fields.flatMap((field) => (field.selectionSet ? fieldsNamed(info, field.selectionSet, name) : []));
    if (fields.length === 0) return false;
  }
  return true;
}

function fieldsNamed(info: GraphQLResolveInfo, set: SelectionSetNode, name: string): FieldNode[] {
  return set.selections.flatMap((selection) => {
    if (selection.kind === Kind.FIELD) return selection.name.value === name ? [selection] : [];
    const fragment = selection.kind === Kind.INLINE_FRAGMENT ? selection : info.fragments[selection.name.value];
    return fragment ? fieldsNamed(info, fragment.selectionSet, name) : [];
  });
}
