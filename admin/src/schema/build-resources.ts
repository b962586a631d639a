import type { IntrospectionQuery } from 'graphql';
import { humanize, lowerFirst } from '../format/labels';
import { buildFields, orderFieldValues } from './build-fields';
import { buildFilters } from './build-filters';
import { findMutation } from './build-inputs';
import type { ResourceConfig } from './resource-registry';
import type { FieldModel, ResourceMap, ResourceModel } from './schema-model';
import { displayFieldOf, indexSchema, type SchemaIndex } from './schema-index';
import { typeToString, unwrap } from './type-ref';

const DEFAULT_COLUMNS = 7;

/** Columns shown by default: the registry's, else the display field first and no ids, JSON or timestamps of change. */
function defaultColumns(
  fields: readonly FieldModel[],
  display: string,
  configured?: readonly string[],
): string[] {
  const shown = fields.filter(f => f.kind !== 'connection' && !f.detailOnly);
  if (configured) return configured.flatMap(name => shown.filter(f => f.name === name).map(f => f.source));
  const candidates = shown.filter(
    f => f.kind !== 'json' && f.kind !== 'id' && f.name !== 'updatedAt' && f.name !== display,
  );
  const first = shown.filter(f => f.name === display);
  return [...first, ...candidates].slice(0, DEFAULT_COLUMNS).map(f => f.source);
}

function buildResource(
  index: SchemaIndex,
  name: string,
  typeName: string,
  config: ResourceConfig,
): ResourceModel {
  const listField = index.query.fields.find(f => f.name === name)!;
  const listArgs = Object.fromEntries(listField.args.map(a => [a.name, typeToString(a.type)]));
  const orderArg = listField.args.find(a => a.name === 'orderBy');
  const filterArg = listField.args.find(a => a.name === 'filter');
  const fields = buildFields(
    index,
    typeName,
    orderFieldValues(index, orderArg && unwrap(orderArg.type).name),
  );
  const oneField = index.query.fields.find(
    f => f.name === lowerFirst(typeName) && f.args.some(a => a.name === 'id'),
  );
  const displayField = displayFieldOf(index, typeName);
  const plural = humanize(name);
  const create = findMutation(index, config.createMutation ?? `create${typeName}`, typeName, false);
  const update = findMutation(index, `update${typeName}`, typeName, true);
  return {
    name,
    typeName,
    label: config.label ?? plural,
    singular: config.singular ?? humanize(typeName),
    displayField,
    listArgs,
    ...(oneField && unwrap(oneField.type).name === typeName ? { one: oneField.name } : {}),
    ...(create ? { create } : {}),
    ...(update ? { update } : {}),
    fields,
    filters: buildFilters(index, filterArg && unwrap(filterArg.type).name, typeName),
    listColumns: defaultColumns(fields, displayField, config.listColumns),
    ...(config.readRoles ? { readRoles: config.readRoles } : {}),
    ...(config.writeRoles ? { writeRoles: config.writeRoles } : {}),
  };
}

/**
 * Every resource of the schema: a Query field returning `<Type>Connection`. Resources named in the
 * registry come first, in its order; the others follow alphabetically.
 */
export function buildResources(
  introspection: IntrospectionQuery,
  registry: Readonly<Record<string, ResourceConfig>>,
): ResourceMap {
  const index = indexSchema(introspection, registry);
  const order = Object.keys(registry);
  const rank = (name: string) => (order.includes(name) ? order.indexOf(name) : order.length);
  const entries = [...index.resourceOfType.entries()].sort(
    ([, a], [, b]) => rank(a) - rank(b) || a.localeCompare(b),
  );
  return new Map(
    entries.map(([typeName, name]) => [name, buildResource(index, name, typeName, registry[name] ?? {})]),
  );
}
