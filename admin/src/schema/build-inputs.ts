import { humanize } from '../format/labels';
import type { InputFieldModel, MutationModel } from './schema-model';
import {
  enumChoices,
  inputObjectType,
  referenceOfIdField,
  valueKind,
  type SchemaIndex,
} from './schema-index';
import { unwrap } from './type-ref';

/** A default value as introspection prints it (a GraphQL literal) → a form value. */
export function parseDefaultValue(literal: string | null | undefined): unknown {
  if (literal === null || literal === undefined) return undefined;
  if (literal === 'true' || literal === 'false') return literal === 'true';
  if (literal === 'null') return null;
  if (/^-?\d+(\.\d+)?$/.test(literal)) return Number(literal);
  if (literal.startsWith('"')) return JSON.parse(literal) as string;
  return literal;
}

/** `{ upTo, rate }`: the shape of a nested input, as a hint for typing it as JSON. */
function shapeOf(index: SchemaIndex, inputType: string, list: boolean): string {
  const names = (inputObjectType(index, inputType)?.inputFields ?? []).map(f => f.name).join(', ');
  return `JSON${list ? ' list of' : ''} { ${names} }`;
}

/** The fields of an input object that forms can edit; nested input objects are typed as JSON. */
export function buildInputs(index: SchemaIndex, inputType: string, ownerType: string): InputFieldModel[] {
  const fields: InputFieldModel[] = [];
  for (const field of inputObjectType(index, inputType)?.inputFields ?? []) {
    const type = unwrap(field.type);
    const nested = type.kind === 'INPUT_OBJECT';
    if (type.kind !== 'SCALAR' && type.kind !== 'ENUM' && !nested) continue;
    const kind = nested ? 'json' : valueKind(type.name, type.kind);
    const hint = nested ? shapeOf(index, type.name, type.list) : undefined;
    const description = [field.description, hint].filter(Boolean).join(' · ');
    const reference =
      kind === 'id' && !type.list ? referenceOfIdField(index, field.name, ownerType) : undefined;
    const defaultValue = parseDefaultValue(field.defaultValue);
    fields.push({
      name: field.name,
      label: humanize(field.name.endsWith('Id') && reference ? field.name.slice(0, -2) : field.name),
      ...(description ? { description } : {}),
      kind,
      list: type.list,
      required: type.nonNull && defaultValue === undefined,
      ...(defaultValue !== undefined ? { defaultValue } : {}),
      ...(kind === 'enum' ? { choices: enumChoices(index, type.name) } : {}),
      ...(reference ? { reference } : {}),
    });
  }
  return fields;
}

/**
 * A mutation `name(input: X!)` (create) or `name(id: ID!, input: X!)` (update) returning the
 * resource's type; undefined when the schema has no such mutation.
 */
export function findMutation(
  index: SchemaIndex,
  name: string,
  typeName: string,
  withId: boolean,
): MutationModel | undefined {
  const field = index.mutation?.fields.find(f => f.name === name);
  if (!field || unwrap(field.type).name !== typeName) return undefined;
  const input = field.args.find(a => a.name === 'input');
  const id = field.args.find(a => a.name === 'id');
  if (!input || Boolean(id) !== withId) return undefined;
  if (field.args.some(a => a !== input && a !== id && a.type.kind === 'NON_NULL')) return undefined;
  const inputType = unwrap(input.type).name;
  if (!inputObjectType(index, inputType)) return undefined;
  return { field: name, inputType, inputs: buildInputs(index, inputType, typeName) };
}
