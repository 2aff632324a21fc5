import { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';

const selectLists = new WeakMap<object, Map<string, string>>();

/**
 * The select list of `entity`'s columns on the table aliased `alias`, each under its property's
 * name, from the entity's mapping: the hot reads write their SQL by hand (see `preparedQuery`) and
 * make their rows entities with `Object.assign(new Entity(), row)`, without TypeORM's query builder
 * and transformation, which cost them more than the statement itself. `prefix` starts each name, to
 * tell a joined entity's columns apart. Columns with a transformer or in an embedded object would
 * need that transformation: none of the entities read so has one.
 */
export function entityColumns(
  dataSource: DataSource,
  entity: EntityTarget<ObjectLiteral>,
  alias: string,
  prefix = '',
): string {
  const metadata = dataSource.getMetadata(entity);
  let byAlias = selectLists.get(metadata);
  if (!byAlias) {
    byAlias = new Map();
    selectLists.set(metadata, byAlias);
  }
  let list = byAlias.get(`${alias} ${prefix}`);
  if (!list) {
    list = metadata.columns
      .filter((column) => column.isSelect)
      .map((column) => `${alias}.${column.databaseName} AS "${prefix}${column.propertyName}"`)
      .join(', ');
    byAlias.set(`${alias} ${prefix}`, list);
  }
  return list;
}
