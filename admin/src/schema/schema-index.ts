import type {
  IntrospectionEnumType,
  IntrospectionField,
  IntrospectionInputObjectType,
  IntrospectionObjectType,
  IntrospectionQuery,
  IntrospectionType,
} from 'graphql';
import { humanize, lowerFirst } from '../format/labels';
import type { EnumChoice, ValueKind } from './schema-model';
import type { ResourceConfig } from './resource-registry';
import { unwrap } from './type-ref';

/** Lookups over an introspection result, plus which object types are resources. */
export interface SchemaIndex {
  readonly types: ReadonlyMap<string, IntrospectionType>;
  readonly query: IntrospectionObjectType;
  readonly mutation?: IntrospectionObjectType;
  /** Object type name → resource name (its list query field): `Customer` → `customers`. */
  readonly resourceOfType: ReadonlyMap<string, string>;
  readonly registry: Readonly<Record<string, ResourceConfig>>;
}

const DISPLAY_CANDIDATES = [
  'name',
  'number',
  'code',
  'serialNumber',
  'address',
  'title',
  'label',
  'description',
];

const SCALAR_KINDS: Readonly<Record<string, ValueKind>> = {
  ID: 'id',
  String: 'text',
  Int: 'int',
  Float: 'float',
  Boolean: 'boolean',
  Money: 'money',
  Decimal: 'decimal',
  Date: 'date',
  DateTime: 'datetime',
  JSON: 'json',
};

export function valueKind(typeName: string, typeKind: string): ValueKind {
  return typeKind === 'ENUM' ? 'enum' : (SCALAR_KINDS[typeName] ?? 'text');
}

export function objectType(index: SchemaIndex, name: string): IntrospectionObjectType | undefined {
  const type = index.types.get(name);
  return type?.kind === 'OBJECT' ? type : undefined;
}

export function inputObjectType(index: SchemaIndex, name: string): IntrospectionInputObjectType | undefined {
  const type = index.types.get(name);
  return type?.kind === 'INPUT_OBJECT' ? type : undefined;
}

export function enumChoices(index: SchemaIndex, name: string): EnumChoice[] {
  const type = index.types.get(name) as IntrospectionEnumType | undefined;
  return (type?.enumValues ?? []).map(v => ({
    id: v.name,
    name: humanize(v.name),
    ...(v.description ? { description: v.description } : {}),
  }));
}

/** The node type of a `<Type>Connection` field, if the field is one. */
export function connectionNode(index: SchemaIndex, field: IntrospectionField): string | undefined {
  const named = unwrap(field.type);
  if (named.kind !== 'OBJECT' || !named.name.endsWith('Connection')) return undefined;
  const nodes = objectType(index, named.name)?.fields.find(f => f.name === 'nodes');
  return nodes ? unwrap(nodes.type).name : undefined;
}

/** The field naming a record of a type: the registry's choice, else the first usual suspect. */
export function displayFieldOf(index: SchemaIndex, typeName: string): string {
  const resource = index.resourceOfType.get(typeName);
  const configured = resource ? index.registry[resource]?.displayField : undefined;
  const fields = objectType(index, typeName)?.fields ?? [];
  const isScalar = (name: string) =>
    fields.some(f => f.name === name && ['SCALAR', 'ENUM'].includes(unwrap(f.type).kind));
  if (configured && isScalar(configured)) return configured;
  return DISPLAY_CANDIDATES.find(isScalar) ?? 'id';
}

/**
 * The resource an `...Id` field points to: the type of the owner's relation of that name
 * (`Account.customer` for `customerId`), else the resource whose type is named so (`routeId` → Route).
 */
export function referenceOfIdField(
  index: SchemaIndex,
  fieldName: string,
  ownerType: string,
): string | undefined {
  if (!fieldName.endsWith('Id') || fieldName === 'id') return undefined;
  const base = fieldName.slice(0, -2);
  const relation = objectType(index, ownerType)?.fields.find(f => f.name === base);
  if (relation) {
    const resource = index.resourceOfType.get(unwrap(relation.type).name);
    if (resource) return resource;
  }
  for (const [typeName, resource] of index.resourceOfType) if (lowerFirst(typeName) === base) return resource;
  return undefined;
}

export function indexSchema(
  introspection: IntrospectionQuery,
  registry: Readonly<Record<string, ResourceConfig>>,
): SchemaIndex {
  const types = new Map(introspection.__schema.types.map(t => [t.name, t]));
  const query = types.get(introspection.__schema.queryType.name) as IntrospectionObjectType;
  const mutationName = introspection.__schema.mutationType?.name;
  const mutation = mutationName ? (types.get(mutationName) as IntrospectionObjectType) : undefined;
  const index: SchemaIndex = { types, query, mutation, resourceOfType: new Map(), registry };
  const resourceOfType = index.resourceOfType as Map<string, string>;
  for (const field of query.fields) {
    if (field.args.some(a => a.type.kind === 'NON_NULL')) continue; // a list that needs context is not a resource
    const node = connectionNode(index, field);
    if (node && objectType(index, node) && !resourceOfType.has(node) && !registry[field.name]?.hidden) {
      resourceOfType.set(node, field.name);
    }
  }
  return index;
}
