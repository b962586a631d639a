import type { ResourceModel } from '../schema/schema-model';

const LIST_ARGS = ['first', 'offset', 'filter', 'orderBy'] as const;

/**
 * Scalars and enums of the type, plus `{ id <display field> }` of each related record; with
 * `detail`, nested structures too (one record at a time, never for every row of a list).
 */
export function selectionOf(resource: ResourceModel, detail = false): string {
  return resource.fields
    .flatMap(f => (f.selection && (detail || !f.detailOnly) ? [f.selection] : []))
    .join(' ');
}

/** `query CustomerList($first: Int, …) { customers(first: $first, …) { totalCount nodes { … } } }` */
export function listDocument(resource: ResourceModel): string {
  const args = LIST_ARGS.filter(a => a in resource.listArgs);
  const variables = args.map(a => `$${a}: ${resource.listArgs[a]}`).join(', ');
  const passed = args.map(a => `${a}: $${a}`).join(', ');
  const call = args.length ? `${resource.name}(${passed})` : resource.name;
  const head = args.length
    ? `query ${resource.typeName}List(${variables})`
    : `query ${resource.typeName}List`;
  return `${head} { ${call} { totalCount nodes { ${selectionOf(resource)} } } }`;
}

export function oneDocument(resource: ResourceModel): string {
  if (!resource.one)
    throw new Error(
      `${resource.label} cannot be read one by one: the schema has no ${resource.typeName} query by id`,
    );
  return `query ${resource.typeName}One($id: ID!) { ${resource.one}(id: $id) { ${selectionOf(resource, true)} } }`;
}

export function createDocument(resource: ResourceModel): string {
  if (!resource.create) throw new Error(`${resource.label} cannot be created here`);
  const { field, inputType } = resource.create;
  return `mutation ${resource.typeName}Create($input: ${inputType}!) { ${field}(input: $input) { ${selectionOf(resource, true)} } }`;
}

export function updateDocument(resource: ResourceModel): string {
  if (!resource.update) throw new Error(`${resource.label} cannot be edited`);
  const { field, inputType } = resource.update;
  return `mutation ${resource.typeName}Update($id: ID!, $input: ${inputType}!) { ${field}(id: $id, input: $input) { ${selectionOf(resource, true)} } }`;
}
