/** The object `registerEnumType` wants, from a list of string values: GraphQL enum values named as stored. */
export const enumOf = <T extends string>(values: readonly T[]): Record<T, T> =>
  Object.fromEntries(values.map((value) => [value, value])) as Record<T, T>;
