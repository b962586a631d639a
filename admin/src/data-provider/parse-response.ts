import type { RaRecord } from 'react-admin';
import type { ResourceModel } from '../schema/schema-model';

type Node = Record<string, unknown> & { id: string | number };

/** A node → a record; each relation also gets its id flat (`customer { id }` → `customerId`) for references and forms. */
export function toRecord(resource: ResourceModel, node: Node): RaRecord {
  const record: Record<string, unknown> = { ...node };
  for (const field of resource.fields) {
    if (field.kind !== 'reference' || field.source === field.name || field.source in node) continue;
    const related = node[field.name] as { id?: unknown } | null | undefined;
    record[field.source] = related?.id ?? null;
  }
  return record as RaRecord;
}

export interface ConnectionData {
  readonly totalCount: number;
  readonly nodes: readonly Node[];
}

/** `{ customers: { totalCount, nodes } }` → `{ data, total }` */
export function parseList(
  resource: ResourceModel,
  data: Record<string, unknown>,
): { data: RaRecord[]; total: number } {
  const connection = data[resource.name] as ConnectionData | undefined;
  if (!connection) throw new Error(`The response has no ${resource.name}`);
  return { data: connection.nodes.map(n => toRecord(resource, n)), total: connection.totalCount };
}

/** The record under a get-one or mutation field; null when the server found none. */
export function parseOne(
  resource: ResourceModel,
  data: Record<string, unknown>,
  field: string,
): RaRecord | null {
  const node = data[field] as Node | null | undefined;
  return node ? toRecord(resource, node) : null;
}
