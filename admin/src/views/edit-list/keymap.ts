import type { EditWorkOrderType, ExceptionActionKind } from '../../gql/graphql';

/** What a key does on the edit list. */
export type EditListCommand =
  | { readonly kind: 'move'; readonly by: 1 | -1 }
  | { readonly kind: 'toggle' }
  | { readonly kind: 'selectAll' }
  | { readonly kind: 'bulkAccept' }
  | { readonly kind: 'correct' }
  | {
      readonly kind: 'act';
      readonly action: ExceptionActionKind;
      readonly workOrderType?: EditWorkOrderType;
    };

export interface KeyLike {
  readonly key: string;
  readonly shiftKey?: boolean;
  readonly ctrlKey?: boolean;
  readonly metaKey?: boolean;
  readonly altKey?: boolean;
}

/** The keyboard map, also shown on the screen (key, what it does). */
export const EDIT_LIST_KEYS: readonly (readonly [string, string])[] = [
  ['j / ↓', 'next exception'],
  ['k / ↑', 'previous exception'],
  ['a', 'accept'],
  ['e', 'estimate'],
  ['h', 'hold the account'],
  ['u', 'release the hold'],
  ['r', 're-read work order'],
  ['l', 'leak-check work order'],
  ['c', 'correct the read'],
  ['x', 'select'],
  ['shift+X', 'select all shown'],
  ['shift+A', 'accept the selected'],
];

const PLAIN: Readonly<Record<string, EditListCommand>> = {
  j: { kind: 'move', by: 1 },
  ArrowDown: { kind: 'move', by: 1 },
  k: { kind: 'move', by: -1 },
  ArrowUp: { kind: 'move', by: -1 },
  a: { kind: 'act', action: 'ACCEPT' },
  e: { kind: 'act', action: 'ESTIMATE' },
  h: { kind: 'act', action: 'HOLD' },
  u: { kind: 'act', action: 'RELEASE_HOLD' },
  r: { kind: 'act', action: 'WORK_ORDER', workOrderType: 'RE_READ' },
  l: { kind: 'act', action: 'WORK_ORDER', workOrderType: 'LEAK_CHECK' },
  c: { kind: 'correct' },
  x: { kind: 'toggle' },
};

/** The command of a key press, or null (modifiers other than shift belong to the browser). */
export function commandOfKey(event: KeyLike): EditListCommand | null {
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  if (event.shiftKey) {
    if (event.key === 'A' || event.key === 'a') return { kind: 'bulkAccept' };
    if (event.key === 'X' || event.key === 'x') return { kind: 'selectAll' };
    return event.key.startsWith('Arrow') ? (PLAIN[event.key] ?? null) : null;
  }
  return PLAIN[event.key] ?? null;
}

/** The cursor after moving `by` rows in a list of `length` (stays inside; -1 when empty). */
export function moveCursor(cursor: number, by: number, length: number): number {
  if (length === 0) return -1;
  return Math.min(length - 1, Math.max(0, cursor + by));
}
