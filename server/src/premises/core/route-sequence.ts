/** Gap between read sequences: a new tap slots in between two premises without renumbering. */
export const SEQUENCE_STEP = 10;

export interface Sequenced {
  readonly id: string;
  readonly sequence: number | null;
}

/** The sequences of a route read in this order: 10, 20, 30 … (issue 4: re-sequencing). */
export function evenSequences(ids: readonly string[]): { id: string; sequence: number }[] {
  return ids.map((id, i) => ({ id, sequence: (i + 1) * SEQUENCE_STEP }));
}

/**
 * Where a premise goes when it is read right after `afterId` (null: first) on a route whose
 * premises are `route`, in read order: the midpoint of the gap, so only the moved premise changes.
 * When there is no gap (neighbours 10 and 11, or a premise without a sequence), the whole route is
 * renumbered 10, 20, 30 … in the new order. The moved premise may come from another route.
 */
export function slotAfter(route: readonly Sequenced[], movedId: string, afterId: string | null): { id: string; sequence: number }[] {
  const others = route.filter(p => p.id !== movedId);
  const at = afterId === null ? 0 : others.findIndex(p => p.id === afterId) + 1;
  if (at === 0 && afterId !== null) throw new RangeError(`premise ${afterId} is not on the route`);
  const before = at === 0 ? 0 : others[at - 1]!.sequence;
  const next = others[at];
  if (before !== null && next === undefined) return [{ id: movedId, sequence: before + SEQUENCE_STEP }];
  if (before !== null && next?.sequence != null && next.sequence - before >= 2) return [{ id: movedId, sequence: Math.floor((before + next.sequence) / 2) }];
  const order = others.map(p => p.id);
  order.splice(at, 0, movedId);
  return evenSequences(order);
}
