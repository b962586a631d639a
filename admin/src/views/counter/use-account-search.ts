import { useEffect, useMemo, useState } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../../gql';
import type { CounterAccountFragment } from '../../gql/graphql';
import { mergeAccountMatches, searchTerm } from './account-matches';

graphql(`
  fragment CounterAccount on Account {
    id
    number
    status
    balance
    customer {
      id
      name
    }
    premise {
      id
      address
      city
    }
  }
`);

const CounterSearchDocument = graphql(`
  query CounterSearch($q: String!, $first: Int!) {
    byNumber: accounts(filter: { number: { startsWith: $q } }, first: $first) {
      nodes {
        ...CounterAccount
      }
    }
    byName: accounts(filter: { customerName: { contains: $q } }, first: $first) {
      nodes {
        ...CounterAccount
      }
    }
    byAddress: accounts(filter: { serviceAddress: { contains: $q } }, first: $first) {
      nodes {
        ...CounterAccount
      }
    }
    byMeter: meters(filter: { serialNumber: { startsWith: $q } }, first: 5) {
      nodes {
        id
        premise {
          id
          accounts(first: 5) {
            nodes {
              ...CounterAccount
            }
          }
        }
      }
    }
  }
`);

export type CounterAccount = CounterAccountFragment;

/** One search box for account number, meter serial, customer name and service address (one request). */
export function useAccountSearch(text: string, first = 10) {
  const [term, setTerm] = useState<string | null>(null);
  useEffect(() => {
    const timer = setTimeout(() => setTerm(searchTerm(text)), 250);
    return () => clearTimeout(timer);
  }, [text]);
  const [{ data, fetching }] = useQuery({
    query: CounterSearchDocument,
    variables: { q: term ?? '', first },
    pause: !term,
  });
  const accounts = useMemo(() => {
    if (!data || !term) return [];
    const meters = data.byMeter.nodes.flatMap(m => m.premise?.accounts.nodes ?? []);
    return mergeAccountMatches<CounterAccount>([
      data.byNumber.nodes,
      meters,
      data.byName.nodes,
      data.byAddress.nodes,
    ]);
  }, [data, term]);
  return { accounts, fetching: fetching || searchTerm(text) !== term, searched: term };
}
