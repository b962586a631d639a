import type { EntityManager, EntityName, FilterQuery } from '@mikro-orm/postgresql';
import { BadUserInput } from '../graphql/errors.js';
import type { FilterOperators, } from '../graphql/filters.js';
import type { Page, PageArgs } from '../graphql/connection.js';
import { SortDirection } from '../graphql/connection.js';

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 500;

/**
 * How one resource is listed: which filter fields map to which entity properties, which text
 * properties `q` searches, and which sort keys exist (sort columns must be NOT NULL for keyset paging).
 */
export interface ListSpec<T> {
  readonly entity: EntityName<T>;
  readonly filters: Readonly<Record<string, string>>;
  readonly search?: readonly string[];
  readonly orderBy: Readonly<Record<string, string>>;
  readonly defaultOrder: string;
  readonly populate?: readonly string[];
  /** A unique property that breaks ties in the sort (default id). */
  readonly tiebreak?: string;
}

export interface OrderInput {
  field: string;
  direction?: SortDirection;
}

export interface ListArgs extends PageArgs {
  filter?: object | null;
  orderBy?: readonly OrderInput[] | null;
}

const escapeLike = (text: string) => text.replace(/[\\%_]/g, m => `\\${m}`);

function operatorsToWhere(ops: FilterOperators): Record<string, unknown> | null {
  const where: Record<string, unknown> = {};
  if (ops.eq !== undefined && ops.eq !== null) where.$eq = ops.eq;
  if (ops.ne !== undefined && ops.ne !== null) where.$ne = ops.ne;
  if (ops.in) where.$in = ops.in;
  if (ops.contains) where.$ilike = `%${escapeLike(ops.contains)}%`;
  if (ops.startsWith) where.$ilike = `${escapeLike(ops.startsWith)}%`;
  if (ops.gte !== undefined && ops.gte !== null) where.$gte = ops.gte;
  if (ops.lte !== undefined && ops.lte !== null) where.$lte = ops.lte;
  if (ops.isNull === true) where.$eq = null;
  if (ops.isNull === false) where.$ne = null;
  return Object.keys(where).length ? where : null;
}

/** Turns a GraphQL filter input into a MikroORM query (all conditions AND-ed). */
export function filterToWhere<T>(spec: ListSpec<T>, filter: ListArgs['filter']): FilterQuery<T> {
  const and: Record<string, unknown>[] = [];
  for (const [field, value] of Object.entries((filter ?? {}) as Record<string, unknown>)) {
    if (value === undefined || value === null) continue;
    if (field === 'q') {
      const text = String(value).trim();
      if (text && spec.search?.length) {
        and.push({ $or: spec.search.map(p => ({ [p]: { $ilike: `%${escapeLike(text)}%` } })) });
      }
      continue;
    }
    const property = spec.filters[field];
    if (!property) throw BadUserInput.field(`filter.${field}`, 'this field cannot be filtered');
    const where = operatorsToWhere(value as FilterOperators);
    if (where) and.push(nest(property, where));
  }
  return (and.length ? { $and: and } : {}) as FilterQuery<T>;
}

/** `customer.name` → { customer: { name: cond } } */
function nest(path: string, condition: unknown): Record<string, unknown> {
  return path.split('.').reduceRight<unknown>((inner, key) => ({ [key]: inner }), condition) as Record<string, unknown>;
}

function readPath(entity: unknown, path: string): unknown {
  let value: any = entity;
  for (const key of path.split('.')) value = value?.[key];
  if (value && typeof value === 'object' && 'id' in value && !(value instanceof Date)) return value.id;
  return value;
}

const encodeCursor = (values: unknown[]) => Buffer.from(JSON.stringify(values)).toString('base64url');
function decodeCursor(cursor: string, field: string, size: number): unknown[] {
  try {
    const values = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(values) && values.length === size) return values;
  } catch {
    /* reported below */
  }
  throw BadUserInput.field(field, 'not a cursor of this list');
}

/** Keyset condition "after these sort values" for a mixed-direction sort (a > x OR (a = x AND b > y)). */
function keysetAfter(sort: { path: string; dir: SortDirection }[], values: unknown[]): Record<string, unknown> {
  const or: Record<string, unknown>[] = [];
  for (let i = 0; i < sort.length; i++) {
    const and: Record<string, unknown>[] = [];
    for (let j = 0; j < i; j++) and.push(nest(sort[j]!.path, { $eq: values[j] }));
    and.push(nest(sort[i]!.path, { [sort[i]!.dir === SortDirection.ASC ? '$gt' : '$lt']: values[i] }));
    or.push({ $and: and });
  }
  return { $or: or };
}

/** Lists one page of a resource: keyset cursors, optional offset, lazily counted total. */
export async function paginate<T extends object>(em: EntityManager, spec: ListSpec<T>, args: ListArgs, extraWhere?: object): Promise<Page<T>> {
  const backward = args.last !== undefined && args.last !== null;
  const size = backward ? args.last! : (args.first ?? DEFAULT_PAGE_SIZE);
  const sizeField = backward ? 'last' : 'first';
  if (size < 0 || size > MAX_PAGE_SIZE) throw BadUserInput.field(sizeField, `must be between 0 and ${MAX_PAGE_SIZE}`);
  if (args.offset !== undefined && args.offset !== null && args.offset < 0) throw BadUserInput.field('offset', 'must not be negative');

  const requested = args.orderBy?.length ? args.orderBy : [{ field: spec.defaultOrder, direction: SortDirection.ASC }];
  const sort = requested.map((o, i) => {
    const path = spec.orderBy[o.field];
    if (!path) throw BadUserInput.field(`orderBy[${i}].field`, `cannot sort by ${o.field}`);
    return { path, dir: o.direction ?? SortDirection.ASC };
  });
  const tiebreak = spec.tiebreak ?? 'id';
  if (!sort.some(s => s.path === tiebreak)) sort.push({ path: tiebreak, dir: sort[0]?.dir ?? SortDirection.ASC });
  const effective = backward ? sort.map(s => ({ ...s, dir: s.dir === SortDirection.ASC ? SortDirection.DESC : SortDirection.ASC })) : sort;

  const base = filterToWhere(spec, args.filter);
  const conditions: unknown[] = [base];
  if (extraWhere) conditions.push(extraWhere);
  const cursor = backward ? args.before : args.after;
  if (cursor) conditions.push(keysetAfter(effective, decodeCursor(cursor, backward ? 'before' : 'after', sort.length)));
  const where = { $and: conditions } as FilterQuery<T>;

  const orderBy = effective.map(s => nest(s.path, s.dir === SortDirection.ASC ? 'asc' : 'desc'));
  const rows = await em.find(spec.entity, where, {
    orderBy: orderBy as never,
    limit: size + 1,
    offset: args.offset ?? undefined,
    populate: (spec.populate ?? []) as never,
  });
  const more = rows.length > size;
  const page = rows.slice(0, size);
  if (backward) page.reverse();
  const cursors = page.map(row => encodeCursor(sort.map(s => readPath(row, s.path))));
  return {
    nodes: page,
    cursors,
    pageInfo: {
      hasNextPage: backward ? Boolean(args.before) : more,
      hasPreviousPage: backward ? more : Boolean(args.after) || (args.offset ?? 0) > 0,
      startCursor: cursors[0] ?? null,
      endCursor: cursors[cursors.length - 1] ?? null,
    },
    count: () => em.count(spec.entity, extraWhere ? ({ $and: [base, extraWhere] } as FilterQuery<T>) : base),
  };
}
