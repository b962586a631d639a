import { readFileSync } from 'node:fs';
import { buildSchema, introspectionFromSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { buildResources } from '../../admin/src/schema/build-resources';
import { parseDefaultValue } from '../../admin/src/schema/build-inputs';
import { resourceRegistry } from '../../admin/src/schema/resource-registry';
import { resources } from '../../admin/src/schema/resources';

const resource = (name: string) => {
  const model = resources.get(name);
  if (!model) throw new Error(`no resource ${name}`);
  return model;
};
const fieldOf = (name: string, field: string) => resource(name).fields.find(f => f.name === field);

describe('resources found in the committed schema', () => {
  it('should find a resource for every Query field returning a <Type>Connection', () => {
    expect([...resources.keys()]).toEqual(
      expect.arrayContaining([
        'customers',
        'accounts',
        'premises',
        'meters',
        'meterReads',
        'workOrders',
        'ledgerEntries',
        'routes',
        'billingCycles',
        'auditEvents',
      ]),
    );
    expect(resource('customers')).toMatchObject({
      typeName: 'Customer',
      label: 'Customers',
      singular: 'Customer',
      one: 'customer',
      displayField: 'name',
    });
    expect(resource('premises')).toMatchObject({
      typeName: 'Premise',
      one: 'premise',
      displayField: 'address',
    });
    expect(resource('accounts')).toMatchObject({
      typeName: 'Account',
      one: 'account',
      displayField: 'number',
    });
  });

  it('should list registry resources first, in registry order', () => {
    expect([...resources.keys()].slice(0, 3)).toEqual(['customers', 'accounts', 'premises']);
  });

  it('should find create and update mutations by convention, and the registry create of accounts (startService)', () => {
    expect(resource('customers').create).toMatchObject({
      field: 'createCustomer',
      inputType: 'CustomerInput',
    });
    expect(resource('customers').update).toMatchObject({
      field: 'updateCustomer',
      inputType: 'CustomerUpdateInput',
    });
    expect(resource('accounts').create).toMatchObject({
      field: 'startService',
      inputType: 'StartServiceInput',
    });
    expect(resource('accounts').update?.field).toBe('updateAccount');
    expect(resource('ledgerEntries').create).toBeUndefined();
    expect(resource('routes').update?.field).toBe('updateRoute');
    expect(resource('auditEvents').update).toBeUndefined();
  });

  it('should classify the fields of a customer: enum, dates, connection back by customerId', () => {
    expect(fieldOf('customers', 'customerClass')).toMatchObject({
      kind: 'enum',
      required: true,
      selection: 'customerClass',
    });
    expect(fieldOf('customers', 'customerClass')?.choices).toContainEqual({
      id: 'RESIDENTIAL',
      name: 'Residential',
    });
    expect(fieldOf('customers', 'createdAt')).toMatchObject({ kind: 'datetime', sortBy: 'CREATED_AT' });
    expect(fieldOf('customers', 'number')).toMatchObject({
      kind: 'text',
      sortBy: 'NUMBER',
      description: 'Customer number, assigned at creation.',
    });
    expect(fieldOf('customers', 'accounts')).toMatchObject({
      kind: 'connection',
      reference: 'accounts',
      target: 'customerId',
    });
    expect(fieldOf('customers', 'accounts')?.selection).toBeUndefined();
  });

  it('should make relations of an account references with their id flat and their display field selected', () => {
    expect(fieldOf('accounts', 'customer')).toMatchObject({
      kind: 'reference',
      source: 'customerId',
      reference: 'customers',
      selection: 'customer { id name }',
    });
    expect(fieldOf('accounts', 'premise')).toMatchObject({
      source: 'premiseId',
      reference: 'premises',
      selection: 'premise { id address }',
    });
    expect(fieldOf('accounts', 'cycle')).toMatchObject({ source: 'cycleId', reference: 'billingCycles' });
    expect(fieldOf('accounts', 'balance')).toMatchObject({ kind: 'money', label: 'Balance' });
    expect(fieldOf('accounts', 'rateScheduleCodes')).toMatchObject({ kind: 'text', list: true });
    expect(fieldOf('accounts', 'ledger')).toMatchObject({
      kind: 'connection',
      reference: 'ledgerEntries',
      target: 'accountId',
    });
    expect(fieldOf('accounts', 'reads')).toBeUndefined(); // meter reads have no accountId filter
  });

  it('should make a premise route a reference and keep its route code and decimals', () => {
    expect(fieldOf('premises', 'route')).toMatchObject({
      kind: 'reference',
      source: 'routeId',
      reference: 'routes',
      selection: 'route { id code }',
    });
    expect(fieldOf('premises', 'latitude')).toMatchObject({ kind: 'decimal', required: false });
    expect(fieldOf('premises', 'sequence')).toMatchObject({ kind: 'int', sortBy: 'SEQUENCE' });
    expect(fieldOf('premises', 'routeCode')).toMatchObject({ kind: 'text', sortBy: 'ROUTE_CODE' });
  });

  it('should read nested structures only with one record', () => {
    expect(fieldOf('meters', 'installations')).toMatchObject({ kind: 'json', list: true, detailOnly: true });
    expect(fieldOf('meters', 'installations')?.selection).toContain('premise { id address }');
  });

  it('should turn create inputs into form fields: references, required marks, defaults', () => {
    const inputs = resource('accounts').create!.inputs;
    expect(inputs.find(i => i.name === 'customerId')).toMatchObject({
      kind: 'id',
      reference: 'customers',
      required: true,
      label: 'Customer',
    });
    expect(inputs.find(i => i.name === 'cycleId')).toMatchObject({ reference: 'billingCycles' });
    expect(inputs.find(i => i.name === 'premiseId')).toMatchObject({ reference: 'premises' });
    expect(inputs.find(i => i.name === 'depositAmount')).toMatchObject({ kind: 'money', required: false });
    expect(inputs.find(i => i.name === 'dwellingUnits')).toMatchObject({
      kind: 'int',
      required: false,
      defaultValue: 1,
    });
    expect(inputs.find(i => i.name === 'rateScheduleCodes')).toMatchObject({
      kind: 'text',
      list: true,
      required: true,
    });
    const premise = resource('premises').create!.inputs;
    expect(premise.find(i => i.name === 'insideCityLimits')).toMatchObject({
      kind: 'boolean',
      defaultValue: true,
      required: false,
    });
    expect(premise.filter(i => i.required).map(i => i.name)).toEqual(['address', 'city', 'state', 'zip']);
  });

  it('should take filters from the <Type>Filter input', () => {
    const kinds = (name: string) => Object.fromEntries(resource(name).filters.map(f => [f.name, f.kind]));
    expect(kinds('customers')).toMatchObject({
      q: 'search',
      name: 'text',
      customerClass: 'enum',
      createdAt: 'datetime',
      id: 'id',
    });
    expect(kinds('accounts')).toMatchObject({
      customerId: 'reference',
      premiseId: 'reference',
      status: 'enum',
      startDate: 'date',
      paperless: 'boolean',
    });
    expect(kinds('premises')).toMatchObject({ routeId: 'reference', sequence: 'int', zip: 'text' });
    expect(resource('accounts').filters.find(f => f.name === 'customerId')).toMatchObject({
      reference: 'customers',
      label: 'Customer',
    });
    expect(kinds('meterReads').importId).toBe('id'); // no import resource to point to
  });

  it('should show the registry columns by default and guess them for resources it does not know', () => {
    expect(resource('accounts').listColumns).toEqual([
      'number',
      'customerId',
      'premiseId',
      'status',
      'balance',
      'cycleId',
      'startDate',
    ]);
    const routes = resource('routes').listColumns;
    expect(routes[0]).toBe('code');
    expect(routes).not.toContain('id');
  });
});

describe('a resource added to the schema later', () => {
  const sdl = `${readFileSync('schema.graphql', 'utf8')}
    enum TapStatus { APPLIED INSTALLED }
    type Tap { id: ID! number: String! status: TapStatus! premise: Premise! fee: Money! installedOn: Date }
    type TapConnection { nodes: [Tap!]! totalCount: Int! }
    input TapFilter { q: String premiseId: IdFilter status: TapStatusFilter }
    input TapStatusFilter { eq: TapStatus in: [TapStatus!] }
    enum TapOrderField { NUMBER }
    input TapOrder { field: TapOrderField! direction: SortDirection }
    input TapInput { premiseId: ID! fee: Money! }
    extend type Query { taps(first: Int, offset: Int, filter: TapFilter, orderBy: [TapOrder!]): TapConnection! tap(id: ID!): Tap }
    extend type Mutation { createTap(input: TapInput!): Tap! }`;
  const grown = buildResources(introspectionFromSchema(buildSchema(sdl)), resourceRegistry);

  it('should get its screens with no code: list, show, create, references and filters', () => {
    const taps = grown.get('taps')!;
    expect(taps).toMatchObject({
      typeName: 'Tap',
      label: 'Taps',
      one: 'tap',
      displayField: 'number',
      create: { field: 'createTap' },
    });
    expect(taps.update).toBeUndefined();
    expect(taps.fields.find(f => f.name === 'premise')).toMatchObject({
      kind: 'reference',
      reference: 'premises',
    });
    expect(taps.fields.find(f => f.name === 'number')?.sortBy).toBe('NUMBER');
    expect(taps.filters.map(f => f.kind)).toEqual(['search', 'reference', 'enum']);
  });
});

describe('parseDefaultValue', () => {
  it.each([
    ['true', true],
    ['false', false],
    ['1', 1],
    ['"1"', '1'],
    ['ASC', 'ASC'],
    [null, undefined],
  ])('should read the literal %s as %j', (literal, value) => {
    expect(parseDefaultValue(literal)).toEqual(value);
  });
});
