import { describe, expect, it } from 'vitest';
import { parseList, parseOne, toRecord } from '../../admin/src/data-provider/parse-response';
import { resources } from '../../admin/src/schema/resources';

const accounts = resources.get('accounts')!;

describe('responses → records', () => {
  const node = {
    id: '1',
    number: '1000001',
    balance: '52.75',
    customer: { id: '7', name: 'Maria Gonzalez' },
    premise: { id: '9', address: '1840 Procter St' },
    cycle: null,
  };

  it('should put the id of each relation beside it, for references and forms', () => {
    expect(toRecord(accounts, node)).toEqual({ ...node, customerId: '7', premiseId: '9', cycleId: null });
  });

  it('should read a connection as data and total', () => {
    const data = { accounts: { totalCount: 31, nodes: [node] } };
    const result = parseList(accounts, data);
    expect(result.total).toBe(31);
    expect(result.data[0]).toMatchObject({ id: '1', customerId: '7', balance: '52.75' });
  });

  it('should read one record, or null when the server found none', () => {
    expect(parseOne(accounts, { account: node }, 'account')).toMatchObject({ number: '1000001' });
    expect(parseOne(accounts, { account: null }, 'account')).toBeNull();
  });

  it('should fail clearly when the list is missing from the response', () => {
    expect(() => parseList(accounts, {})).toThrow('The response has no accounts');
  });
});
