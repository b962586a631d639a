import { useMemo } from 'react';
import { TextInput } from 'react-admin';

/** A random UUID; `crypto.randomUUID` exists only on https and localhost. */
export function newKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = [...bytes].map(b => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * One key per form, sent with every save of it: a save retried after a timeout returns the first
 * result instead of posting twice (reliability-and-ecosystem.md A.1.2). Not shown to the clerk.
 */
export const IdempotencyKeyInput = ({ source }: { source: string }) => {
  const key = useMemo(newKey, []);
  return <TextInput source={source} defaultValue={key} sx={{ display: 'none' }} />;
};
