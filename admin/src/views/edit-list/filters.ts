import type { BillRunExceptionFilter, ExceptionStatus } from '../../gql/graphql';

/** The edit list's filters as the clerk sets them. */
export interface EditListFilters {
  readonly code: string | null;
  /** OPEN_WORK = open or waiting for a re-check; ALL = any. */
  readonly status: 'OPEN_WORK' | 'ALL' | ExceptionStatus;
  readonly severity: 'ALL' | 'BLOCKING' | 'WARNING';
  readonly routeCode: string;
}

export const DEFAULT_FILTERS: EditListFilters = { code: null, status: 'ALL', severity: 'ALL', routeCode: '' };

/** The API filter of `exceptions(filter:)` for these choices. */
export function exceptionFilterOf(filters: EditListFilters): BillRunExceptionFilter {
  const filter: BillRunExceptionFilter = {};
  if (filters.code) filter.code = { eq: filters.code };
  if (filters.status === 'OPEN_WORK') filter.status = { in: ['OPEN', 'RECHECK'] };
  else if (filters.status !== 'ALL') filter.status = { eq: filters.status };
  if (filters.severity !== 'ALL') filter.blocking = { eq: filters.severity === 'BLOCKING' };
  const route = filters.routeCode.trim();
  if (route) filter.routeCode = { startsWith: route };
  return filter;
}
