import type { ResourceModel } from '../schema/schema-model';
import { buildFilter } from './build-filter';

/** The server's largest page (shared/orm/paginate.ts MAX_PAGE_SIZE). */
export const MAX_PAGE_SIZE = 500;

export interface ListParams {
  readonly pagination?: { readonly page: number; readonly perPage: number };
  readonly sort?: { readonly field: string; readonly order: string };
  readonly filter?: Record<string, unknown>;
}

/** A column's sort → `[{ field: CREATED_AT, direction: DESC }]`; undefined when the column cannot sort. */
export function buildOrderBy(
  resource: ResourceModel,
  sort: ListParams['sort'],
): { field: string; direction: 'ASC' | 'DESC' }[] | undefined {
  if (!sort?.field) return undefined;
  const field = resource.fields.find(f => f.source === sort.field || f.name === sort.field);
  if (!field?.sortBy) return undefined;
  return [{ field: field.sortBy, direction: sort.order === 'DESC' ? 'DESC' : 'ASC' }];
}

/** getList params → `{ first, offset, filter, orderBy }` (page-numbered: offset = (page - 1) × perPage). */
export function buildListVariables(resource: ResourceModel, params: ListParams): Record<string, unknown> {
  const page = Math.max(1, params.pagination?.page ?? 1);
  const perPage = Math.max(1, params.pagination?.perPage ?? 25);
  const variables: Record<string, unknown> = { first: perPage, offset: (page - 1) * perPage };
  const filter = buildFilter(resource, params.filter);
  if (Object.keys(filter).length && 'filter' in resource.listArgs) variables.filter = filter;
  const orderBy = buildOrderBy(resource, params.sort);
  if (orderBy && 'orderBy' in resource.listArgs) variables.orderBy = orderBy;
  return variables;
}

/** Splits a request for more rows than the server serves at once into server-sized pages. */
export function splitPages(variables: Record<string, unknown>): Record<string, unknown>[] {
  const first = Number(variables.first);
  const offset = Number(variables.offset ?? 0);
  if (first <= MAX_PAGE_SIZE) return [variables];
  const pages: Record<string, unknown>[] = [];
  for (let done = 0; done < first; done += MAX_PAGE_SIZE) {
    pages.push({ ...variables, first: Math.min(MAX_PAGE_SIZE, first - done), offset: offset + done });
  }
  return pages;
}
