import { useCallback, useMemo, useState } from 'react';
import { moveCursor } from './keymap';
import type { EditListException } from './use-edit-list';

/**
 * The cursor and the selection of the edit list. The cursor follows an exception by id, so that it
 * stays on the same row when the list is refreshed from the server (worked rows may leave it).
 */
export function useEditListCursor(exceptions: readonly EditListException[]) {
  const [at, setAt] = useState<{ id: string | null; index: number }>({ id: null, index: 0 });
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());

  const cursor = useMemo(() => {
    const found = at.id ? exceptions.findIndex(e => e.id === at.id) : -1;
    return found >= 0 ? found : Math.min(at.index, exceptions.length - 1);
  }, [exceptions, at]);

  const setCursor = useCallback(
    (index: number) => setAt({ id: exceptions[index]?.id ?? null, index }),
    [exceptions],
  );
  const move = useCallback(
    (by: number) => setCursor(moveCursor(cursor, by, exceptions.length)),
    [setCursor, cursor, exceptions.length],
  );
  const toggle = useCallback(
    (id: string) =>
      setSelected(s => {
        const next = new Set(s);
        if (!next.delete(id)) next.add(id);
        return next;
      }),
    [],
  );
  const selectAll = useCallback(() => setSelected(new Set(exceptions.map(e => e.id))), [exceptions]);
  const clear = useCallback(() => setSelected(new Set()), []);

  return { cursor, setCursor, move, selected, toggle, selectAll, clear, current: exceptions[cursor] ?? null };
}
