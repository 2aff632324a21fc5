import { GraphQLObjectType, GraphQLSchema } from 'graphql';

/**
 * Nest gives each plain `@Field` a resolver that reads its property (to return a default value when
 * it has none), so that graphql-jit calls a function for each field of each item of a list. Where
 * the property bears the field's name and has no default, that resolver goes: graphql-jit then
 * reads the property inline, as graphql-js' default resolver would.
 */
export function readPlainFieldsInline(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!(type instanceof GraphQLObjectType) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      // Nest's own property reader, as named in @nestjs/graphql's object type factory.
      if (field.resolve?.name !== 'rootFieldResolver') continue;
      const read: PropertyKey[] = [];
      const probe = new Proxy({}, { get: (_target, key) => void read.push(key) });
      const value: unknown = field.resolve(probe, {}, {}, undefined as never);
      if (value === undefined && read.length === 1 && read[0] === field.name) field.resolve = undefined;
    }
  }
  return schema;
}
