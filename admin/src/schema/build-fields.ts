import type { IntrospectionField } from 'graphql';
import { camelFromConstant, humanize, lowerFirst } from '../format/labels';
import type { FieldModel } from './schema-model';
import {
  connectionNode,
  displayFieldOf,
  enumChoices,
  inputObjectType,
  objectType,
  referenceOfIdField,
  valueKind,
  type SchemaIndex,
} from './schema-index';
import { unwrap } from './type-ref';

const described = (field: { name: string; description?: string | null }) => ({
  name: field.name,
  label: humanize(field.name),
  ...(field.description ? { description: field.description } : {}),
});

/** The values of `<Type>OrderField`, found through the list field's `orderBy` argument. */
export function orderFieldValues(index: SchemaIndex, listArgType: string | undefined): string[] {
  const order = listArgType ? inputObjectType(index, listArgType) : undefined;
  const field = order?.inputFields.find(f => f.name === 'field');
  const enumType = field ? index.types.get(unwrap(field.type).name) : undefined;
  return enumType?.kind === 'ENUM' ? enumType.enumValues.map(v => v.name) : [];
}

const MAX_NESTING = 3;

/** The `{ id <display> }` selection of a related record. */
function referenceSelection(index: SchemaIndex, name: string, typeName: string): string {
  const display = displayFieldOf(index, typeName);
  return display === 'id' ? `${name} { id }` : `${name} { id ${display} }`;
}

/**
 * The selection of a nested object that is not a resource (a rate definition, meter installations):
 * its scalars, `{ id <display> }` of related records, nested objects down to a few levels.
 */
export function structuredSelection(index: SchemaIndex, typeName: string, depth = 1): string | undefined {
  const type = objectType(index, typeName);
  if (!type || depth > MAX_NESTING) return undefined;
  const parts: string[] = [];
  for (const field of type.fields) {
    if (field.args.some(a => a.type.kind === 'NON_NULL')) continue;
    const named = unwrap(field.type);
    if (named.kind === 'SCALAR' || named.kind === 'ENUM') parts.push(field.name);
    else if (named.kind !== 'OBJECT' || connectionNode(index, field)) continue;
    else if (index.resourceOfType.has(named.name))
      parts.push(referenceSelection(index, field.name, named.name));
    else {
      const inner = structuredSelection(index, named.name, depth + 1);
      if (inner) parts.push(`${field.name} { ${inner} }`);
    }
  }
  return parts.length ? parts.join(' ') : undefined;
}

function fieldModel(index: SchemaIndex, typeName: string, field: IntrospectionField): FieldModel | undefined {
  if (field.args.some(a => a.type.kind === 'NON_NULL')) return undefined;
  const type = unwrap(field.type);
  if (type.kind === 'SCALAR' || type.kind === 'ENUM') {
    const kind = valueKind(type.name, type.kind);
    const reference = kind === 'id' ? referenceOfIdField(index, field.name, typeName) : undefined;
    return {
      ...described(field),
      source: field.name,
      kind: reference && !type.list ? 'reference' : kind,
      list: type.list,
      required: type.nonNull,
      ...(kind === 'enum' ? { choices: enumChoices(index, type.name) } : {}),
      ...(reference && !type.list ? { reference } : {}),
      selection: field.name,
    };
  }
  const related = index.resourceOfType.get(type.name);
  if (related && !type.list) {
    return {
      ...described(field),
      source: `${field.name}Id`,
      kind: 'reference',
      list: false,
      required: type.nonNull,
      reference: related,
      selection: referenceSelection(index, field.name, type.name),
    };
  }
  const node = connectionNode(index, field);
  if (!node && type.kind === 'OBJECT') {
    const selection = related
      ? referenceSelection(index, field.name, type.name)
      : structuredSelection(index, type.name);
    if (!selection) return undefined;
    const inner = related ? selection : `${field.name} { ${selection} }`;
    return {
      ...described(field),
      source: field.name,
      kind: 'json',
      list: type.list,
      required: type.nonNull,
      selection: inner,
      detailOnly: true,
    };
  }
  const target = `${lowerFirst(typeName)}Id`;
  const nodeResource = node ? index.resourceOfType.get(node) : undefined;
  if (nodeResource) {
    const filterArg = index.query.fields
      .find(f => f.name === nodeResource)
      ?.args.find(a => a.name === 'filter');
    const filter = filterArg ? inputObjectType(index, unwrap(filterArg.type).name) : undefined;
    if (filter?.inputFields.some(f => f.name === target)) {
      return {
        ...described(field),
        source: field.name,
        kind: 'connection',
        list: true,
        required: false,
        reference: nodeResource,
        target,
      };
    }
  }
  return undefined;
}

/** The fields of a resource's type that screens can show, with their sort keys. */
export function buildFields(
  index: SchemaIndex,
  typeName: string,
  orderValues: readonly string[],
): FieldModel[] {
  const fields = (objectType(index, typeName)?.fields ?? [])
    .map(f => fieldModel(index, typeName, f))
    .filter((f): f is FieldModel => Boolean(f));
  return fields.map(field => {
    const sortBy = orderValues.find(v => camelFromConstant(v) === field.name);
    return sortBy && field.kind !== 'connection' ? { ...field, sortBy } : field;
  });
}
