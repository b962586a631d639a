import { describe, expect, it } from 'vitest';
import { createGraphqlClient } from '../../admin/src/data-provider/client';
import { createCrudProvider } from '../../admin/src/data-provider/crud-provider';
import { resources } from '../../admin/src/schema/resources';

interface Sent {
  url: string;
  method: string;
  credentials?: string;
  headers: Record<string, string>;
  body: { query: string; variables: Record<string, any> };
}

/** A urql client over a fake fetch that records each request and answers from `reply`. */
function harness(reply: (body: Sent['body']) => { status?: number; json: unknown }, token?: string) {
  const sent: Sent[] = [];
  const fetch = (async (url: string, init: RequestInit) => {
    const body = JSON.parse(String(init.body)) as Sent['body'];
    sent.push({
      url,
      method: init.method ?? 'GET',
      credentials: init.credentials,
      headers: Object.fromEntries(new Headers(init.headers).entries()),
      body,
    });
    const { status = 200, json } = reply(body);
    return new Response(JSON.stringify(json), { status, headers: { 'content-type': 'application/json' } });
  }) as unknown as typeof globalThis.fetch;
  const provider = createCrudProvider(
    createGraphqlClient({ endpoint: 'http://cis.test/graphql', token, fetch }),
    resources,
  );
  return { provider, sent };
}

const customer = (id: string) => ({
  id,
  number: `C${id}`,
  name: `Customer ${id}`,
  customerClass: 'RESIDENTIAL',
  email: null,
  phone: null,
  mailingAddress: null,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
});

describe('the CRUD data provider over urql', () => {
  it('should POST with the session cookie, and add a bearer token only when given one', async () => {
    const page = { data: { customers: { totalCount: 1, nodes: [customer('1')] } } };
    const cookie = harness(() => ({ json: page }));
    await cookie.provider.getList('customers', {
      pagination: { page: 1, perPage: 25 },
      sort: { field: 'name', order: 'ASC' },
      filter: {},
    });
    expect(cookie.sent[0]).toMatchObject({
      url: 'http://cis.test/graphql',
      method: 'POST',
      credentials: 'include',
    });
    expect(cookie.sent[0]!.headers.authorization).toBeUndefined();
    const bearer = harness(() => ({ json: page }), 'tok-123');
    await bearer.provider.getList('customers', {
      pagination: { page: 1, perPage: 25 },
      sort: { field: 'name', order: 'ASC' },
      filter: {},
    });
    expect(bearer.sent[0]!.headers.authorization).toBe('Bearer tok-123');
  });

  it('should list a page as data and total, with offset, filter and order', async () => {
    const { provider, sent } = harness(() => ({
      json: { data: { customers: { totalCount: 42, nodes: [customer('26')] } } },
    }));
    const result = await provider.getList('customers', {
      pagination: { page: 2, perPage: 25 },
      sort: { field: 'number', order: 'DESC' },
      filter: { q: 'gonz', customerClass: 'RESIDENTIAL' },
    });
    expect(result).toMatchObject({ total: 42, data: [{ id: '26', name: 'Customer 26' }] });
    expect(sent[0]!.body.query).toContain(
      'customers(first: $first, offset: $offset, filter: $filter, orderBy: $orderBy)',
    );
    expect(sent[0]!.body.variables).toEqual({
      first: 25,
      offset: 25,
      filter: { q: 'gonz', customerClass: { eq: 'RESIDENTIAL' } },
      orderBy: [{ field: 'NUMBER', direction: 'DESC' }],
    });
  });

  it('should export more rows than a server page in several requests', async () => {
    const { provider, sent } = harness(({ variables }) => ({
      json: {
        data: {
          customers: {
            totalCount: 1200,
            nodes: Array.from({ length: Math.min(variables.first, 1200 - variables.offset) }, (_, i) =>
              customer(String(variables.offset + i + 1)),
            ),
          },
        },
      },
    }));
    const result = await provider.getList('customers', {
      pagination: { page: 1, perPage: 5000 },
      sort: { field: 'id', order: 'ASC' },
      filter: {},
    });
    expect(result.data).toHaveLength(1200);
    expect(sent.map(s => [s.body.variables.first, s.body.variables.offset])).toEqual([
      [500, 0],
      [500, 500],
      [500, 1000],
    ]);
  });

  it('should get many by an id filter and many references by the target filter', async () => {
    const { provider, sent } = harness(({ query }) =>
      query.includes('AccountList')
        ? { json: { data: { accounts: { totalCount: 0, nodes: [] } } } }
        : { json: { data: { customers: { totalCount: 2, nodes: [customer('1'), customer('2')] } } } },
    );
    const many = await provider.getMany('customers', { ids: ['1', '2', 2] });
    expect(many.data.map(r => r.id)).toEqual(['1', '2']);
    expect(sent[0]!.body.variables).toMatchObject({
      first: 2,
      offset: 0,
      filter: { id: { in: ['1', '2'] } },
    });
    await provider.getManyReference('accounts', {
      target: 'customerId',
      id: 7,
      pagination: { page: 1, perPage: 10 },
      sort: { field: 'number', order: 'ASC' },
      filter: { status: 'ACTIVE' },
    });
    expect(sent[1]!.body.variables.filter).toEqual({ status: { eq: 'ACTIVE' }, customerId: { eq: '7' } });
  });

  it('should create, then update with only the changed fields', async () => {
    const { provider, sent } = harness(({ query, variables }) =>
      query.startsWith('mutation PremiseCreate')
        ? {
            json: {
              data: {
                createPremise: { id: '5', address: variables.input.address, route: { id: '3', code: 'R1' } },
              },
            },
          }
        : {
            json: {
              data: {
                updatePremise: {
                  id: '5',
                  address: '1840 Procter St',
                  zip: variables.input.zip,
                  route: { id: '3', code: 'R1' },
                },
              },
            },
          },
    );
    const created = await provider.create('premises', {
      data: {
        address: '1840 Procter St',
        city: 'Port Arthur',
        state: 'TX',
        zip: '77640',
        routeCode: 'R1',
        sequence: 120,
        latitude: '',
      },
    });
    expect(created.data).toMatchObject({ id: '5', routeId: '3' });
    expect(sent[0]!.body.variables.input).toEqual({
      address: '1840 Procter St',
      city: 'Port Arthur',
      state: 'TX',
      zip: '77640',
      routeCode: 'R1',
      sequence: 120,
    });
    const previousData = { id: '5', address: '1840 Procter St', zip: '77640', routeId: '3', createdAt: 'x' };
    const updated = await provider.update('premises', {
      id: '5',
      data: { ...previousData, zip: '77642' },
      previousData,
    });
    expect(sent[1]!.body.variables).toEqual({ id: '5', input: { zip: '77642' } });
    expect(updated.data).toMatchObject({ zip: '77642' });
  });

  it('should reject a refused save with the field errors of the form', async () => {
    const { provider } = harness(() => ({
      json: {
        errors: [
          {
            message: 'zip: must be a 5-digit or ZIP+4 code',
            extensions: {
              code: 'BAD_USER_INPUT',
              field: 'zip',
              fields: [{ field: 'zip', message: 'must be a 5-digit or ZIP+4 code' }],
            },
          },
        ],
      },
    }));
    await expect(
      provider.update('premises', {
        id: '5',
        data: { zip: '7764' },
        previousData: { id: '5', zip: '77640' },
      }),
    ).rejects.toMatchObject({
      status: 400,
      body: { errors: { zip: 'must be a 5-digit or ZIP+4 code' } },
    });
  });

  it('should map errors sent with an HTTP error status too', async () => {
    const { provider } = harness(() => ({
      status: 401,
      json: { errors: [{ message: 'Sign in first', extensions: { code: 'UNAUTHENTICATED' } }] },
    }));
    await expect(provider.getOne('customers', { id: '1' })).rejects.toMatchObject({
      status: 401,
      message: 'Sign in first',
    });
  });

  it('should answer 404 when the record does not exist', async () => {
    const { provider } = harness(() => ({ json: { data: { customer: null } } }));
    await expect(provider.getOne('customers', { id: '999' })).rejects.toMatchObject({
      status: 404,
      message: 'Customer 999 was not found',
    });
  });

  it('should refuse deletes, since a utility keeps its records', async () => {
    const { provider, sent } = harness(() => ({ json: {} }));
    await expect(provider.delete('customers', { id: '1', previousData: { id: '1' } })).rejects.toThrow(
      /nothing is deleted/,
    );
    await expect(provider.deleteMany('customers', { ids: ['1'] })).rejects.toMatchObject({ status: 405 });
    expect(sent).toEqual([]);
  });
});
