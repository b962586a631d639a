import { describe, expect, it } from 'vitest';
import { buildFilter } from '../../admin/src/data-provider/build-filter';
import { buildListVariables, buildOrderBy, splitPages } from '../../admin/src/data-provider/build-variables';
import { resources } from '../../admin/src/schema/resources';

const model = (name: string) => resources.get(name)!;

describe('list variables', () => {
  it('should turn a page number into offset and first', () => {
    expect(buildListVariables(model('customers'), { pagination: { page: 3, perPage: 25 } })).toEqual({
      first: 25,
      offset: 50,
    });
    expect(buildListVariables(model('customers'), {})).toEqual({ first: 25, offset: 0 });
  });

  it('should sort by the OrderField of the column, and not at all by a column without one', () => {
    expect(buildOrderBy(model('customers'), { field: 'createdAt', order: 'DESC' })).toEqual([
      { field: 'CREATED_AT', direction: 'DESC' },
    ]);
    expect(buildOrderBy(model('premises'), { field: 'routeCode', order: 'ASC' })).toEqual([
      { field: 'ROUTE_CODE', direction: 'ASC' },
    ]);
    expect(buildOrderBy(model('accounts'), { field: 'startDate', order: 'ASC' })).toEqual([
      { field: 'START_DATE', direction: 'ASC' },
    ]);
    expect(buildOrderBy(model('customers'), { field: 'id', order: 'ASC' })).toBeUndefined();
    expect(buildOrderBy(model('customers'), { field: 'email', order: 'ASC' })).toBeUndefined();
  });

  it('should put filter and sort together with the page', () => {
    const variables = buildListVariables(model('accounts'), {
      pagination: { page: 2, perPage: 10 },
      sort: { field: 'number', order: 'ASC' },
      filter: { q: '1000', status: 'ACTIVE', customerId: '7' },
    });
    expect(variables).toEqual({
      first: 10,
      offset: 10,
      filter: { q: '1000', status: { eq: 'ACTIVE' }, customerId: { eq: '7' } },
      orderBy: [{ field: 'NUMBER', direction: 'ASC' }],
    });
  });

  it('should split an export larger than the server page into pages of 500', () => {
    expect(splitPages({ first: 1200, offset: 0, filter: { q: 'x' } })).toEqual([
      { first: 500, offset: 0, filter: { q: 'x' } },
      { first: 500, offset: 500, filter: { q: 'x' } },
      { first: 200, offset: 1000, filter: { q: 'x' } },
    ]);
    expect(splitPages({ first: 25, offset: 50 })).toEqual([{ first: 25, offset: 50 }]);
  });
});

describe('filters from the filter form', () => {
  it('should send free text to q, text inputs as contains, selects as eq', () => {
    expect(
      buildFilter(model('customers'), { q: 'gonz', name: 'Maria', customerClass: 'RESIDENTIAL', email: '' }),
    ).toEqual({
      q: 'gonz',
      name: { contains: 'Maria' },
      customerClass: { eq: 'RESIDENTIAL' },
    });
  });

  it('should send several selected values as in', () => {
    expect(buildFilter(model('accounts'), { status: ['ACTIVE', 'PENDING'] })).toEqual({
      status: { in: ['ACTIVE', 'PENDING'] },
    });
    expect(buildFilter(model('customers'), { id: { in: ['1', '2'] } })).toEqual({ id: { in: ['1', '2'] } });
  });

  it('should read booleans, integers and date ranges', () => {
    expect(
      buildFilter(model('accounts'), {
        paperless: false,
        startDate_gte: '2026-01-01',
        startDate_lte: '2026-03-31',
      }),
    ).toEqual({
      paperless: { eq: false },
      startDate: { gte: '2026-01-01', lte: '2026-03-31' },
    });
    expect(buildFilter(model('premises'), { sequence: '120', insideCityLimits: 'true' })).toEqual({
      sequence: { eq: 120 },
      insideCityLimits: { eq: true },
    });
  });

  it('should turn days into instants for date-time filters, in the browser time zone', () => {
    const { createdAt } = buildFilter(model('customers'), {
      createdAt_gte: '2026-03-01',
      createdAt_lte: '2026-03-31',
    }) as { createdAt: { gte: string; lte: string } };
    expect(new Date(createdAt.gte).getTime()).toBe(new Date(2026, 2, 1, 0, 0, 0).getTime());
    expect(new Date(createdAt.lte).getTime()).toBe(new Date(2026, 2, 31, 23, 59, 59, 999).getTime());
  });

  it('should search the display field of a resource without q, and drop what the filter input lacks', () => {
    expect(buildFilter(model('workOrders'), { q: 'WO-12', color: 'red' })).toEqual({
      number: { contains: 'WO-12' },
    });
    expect(buildFilter(model('meterReads'), { q: 'x' })).toEqual({});
  });
});
