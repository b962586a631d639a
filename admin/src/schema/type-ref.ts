import type { IntrospectionTypeRef } from 'graphql';

export interface UnwrappedType {
  readonly name: string;
  readonly kind: string;
  readonly nonNull: boolean;
  readonly list: boolean;
}

/** `[Role!]!` → { name: 'Role', kind: 'ENUM', nonNull: true, list: true } */
export function unwrap(ref: IntrospectionTypeRef): UnwrappedType {
  let current: IntrospectionTypeRef = ref;
  let nonNull = false;
  let list = false;
  let outer = true;
  while (current.kind === 'NON_NULL' || current.kind === 'LIST') {
    if (current.kind === 'NON_NULL' && outer) nonNull = true;
    if (current.kind === 'LIST') list = true;
    outer = false;
    current = current.ofType;
  }
  return { name: current.name, kind: current.kind, nonNull, list };
}

/** The type as written in a document: `[AccountOrder!]`, `ID!`. */
export function typeToString(ref: IntrospectionTypeRef): string {
  if (ref.kind === 'NON_NULL') return `${typeToString(ref.ofType)}!`;
  if (ref.kind === 'LIST') return `[${typeToString(ref.ofType)}]`;
  return ref.name;
}
