import { describe, expect, it } from 'vitest';
import { evenSequences, slotAfter } from '../../../server/src/premises/core/route-sequence.js';

const route = (...sequences: (number | null)[]) => sequences.map((sequence, i) => ({ id: `p${i + 1}`, sequence }));

describe('evenSequences', () => {
  it('should number a read order 10, 20, 30 …', () => {
    expect(evenSequences(['b', 'a', 'c'])).toEqual([{ id: 'b', sequence: 10 }, { id: 'a', sequence: 20 }, { id: 'c', sequence: 30 }]);
  });
});

describe('slotAfter', () => {
  it.each<[string, (number | null)[], string | null, { id: string; sequence: number }[]]>([
    ['the midpoint of a gap', [10, 20, 30], 'p1', [{ id: 'new', sequence: 15 }]],
    ['after the last premise', [10, 20], 'p2', [{ id: 'new', sequence: 30 }]],
    ['before the first premise', [10, 20], null, [{ id: 'new', sequence: 5 }]],
    ['on an empty route', [], null, [{ id: 'new', sequence: 10 }]],
  ])('should slot a new tap at %s, moving only it', (_name, sequences, after, expected) => {
    expect(slotAfter(route(...sequences), 'new', after)).toEqual(expected);
  });

  it('should renumber the route when there is no gap', () => {
    expect(slotAfter(route(10, 11, 20), 'new', 'p1')).toEqual(evenSequences(['p1', 'new', 'p2', 'p3']));
    expect(slotAfter(route(1, 2), 'new', null)).toEqual(evenSequences(['new', 'p1', 'p2']));
    expect(slotAfter(route(10, null), 'new', 'p1')).toEqual(evenSequences(['p1', 'new', 'p2']));
  });

  it('should move a premise already on the route without counting its old place', () => {
    expect(slotAfter(route(10, 20, 30), 'p1', 'p3')).toEqual([{ id: 'p1', sequence: 40 }]);
    expect(slotAfter(route(10, 20, 30), 'p3', 'p1')).toEqual([{ id: 'p3', sequence: 15 }]);
  });

  it('should refuse an anchor that is not on the route', () => {
    expect(() => slotAfter(route(10), 'new', 'elsewhere')).toThrow(RangeError);
  });
});
