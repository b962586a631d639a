import { readFileSync } from 'node:fs';
import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import {
  createDocument,
  listDocument,
  oneDocument,
  selectionOf,
  updateDocument,
} from '../../admin/src/data-provider/build-document';
import { resources } from '../../admin/src/schema/resources';

const schema = buildSchema(readFileSync('schema.graphql', 'utf8'));
const model = (name: string) => resources.get(name)!;

describe('documents built from introspection', () => {
  it('should list customers with paging, filter and order arguments and every scalar', () => {
    expect(listDocument(model('customers'))).toBe(
      'query CustomerList($first: Int, $offset: Int, $filter: CustomerFilter, $orderBy: [CustomerOrder!]) ' +
        '{ customers(first: $first, offset: $offset, filter: $filter, orderBy: $orderBy) ' +
        '{ totalCount nodes { createdAt customerClass email id mailingAddress name number phone updatedAt } } }',
    );
  });

  it('should select the id and display field of related records of an account', () => {
    const selection = selectionOf(model('accounts'));
    expect(selection).toContain('customer { id name }');
    expect(selection).toContain('premise { id address }');
    expect(selection).toContain('cycle { id name }');
    expect(selection).toContain('balance');
    expect(selection).not.toContain('ledger');
    expect(oneDocument(model('accounts'))).toMatch(
      /^query AccountOne\(\$id: ID!\) \{ account\(id: \$id\) \{ .*balance.* \} \}$/,
    );
  });

  it('should select a premise with its route', () => {
    expect(selectionOf(model('premises'))).toContain('route { id code }');
    expect(selectionOf(model('premises'))).not.toContain('meterInstallations');
    expect(selectionOf(model('premises'), true)).toContain('meterInstallations {');
  });

  it('should create and update through the schema mutations', () => {
    expect(createDocument(model('premises'))).toMatch(
      /^mutation PremiseCreate\(\$input: PremiseInput!\) \{ createPremise\(input: \$input\) \{ /,
    );
    expect(updateDocument(model('premises'))).toMatch(
      /^mutation PremiseUpdate\(\$id: ID!, \$input: PremiseUpdateInput!\) \{ updatePremise\(id: \$id, input: \$input\) \{ /,
    );
    expect(createDocument(model('accounts'))).toMatch(
      /^mutation AccountCreate\(\$input: StartServiceInput!\) \{ startService\(input: \$input\)/,
    );
    expect(() => createDocument(model('ledgerEntries'))).toThrow(/cannot be created/);
  });

  it.each([...resources.keys()])('should build documents for %s that the committed schema accepts', name => {
    const resource = model(name);
    const documents = [listDocument(resource)];
    if (resource.one) documents.push(oneDocument(resource));
    if (resource.create) documents.push(createDocument(resource));
    if (resource.update) documents.push(updateDocument(resource));
    for (const document of documents)
      expect(validate(schema, parse(document)).map(e => e.message)).toEqual([]);
  });
});
