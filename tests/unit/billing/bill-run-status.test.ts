import { describe, expect, it } from 'vitest';
import {
  allowedBillRunActions,
  BILL_RUN_ACTIONS,
  BILL_RUN_STATUSES,
  BILL_RUN_TRANSITIONS,
  canTransition,
  ConflictError,
  nextStatus,
  resumeAction,
  unwrap,
  type BillRunAction,
  type BillRunStatus,
} from '../../../server/src/billing/core/index.js';

/** The lifecycle written out by hand, independently of the table: every legal (status, action). */
const EXPECTED: Record<BillRunStatus, Partial<Record<BillRunAction, BillRunStatus>>> = {
  DRAFT: { buildEditList: 'EDITS', cancel: 'CANCELLED' },
  EDITS: { buildEditList: 'EDITS', calculate: 'CALCULATING', cancel: 'CANCELLED' },
  CALCULATING: { calculate: 'CALCULATING', finishCalculation: 'CALCULATED' },
  CALCULATED: { buildEditList: 'EDITS', calculate: 'CALCULATING', approve: 'APPROVED', cancel: 'CANCELLED' },
  APPROVED: { reopen: 'EDITS', post: 'POSTING' },
  POSTING: { post: 'POSTING', finishPosting: 'POSTED' },
  POSTED: { export: 'EXPORTED' },
  EXPORTED: { export: 'EXPORTED' },
  CANCELLED: {},
};

const pairs = BILL_RUN_STATUSES.flatMap(s => BILL_RUN_ACTIONS.map(a => [s, a] as const));

describe('bill run transition table', () => {
  it.each(pairs)('should decide %s + %s exactly as the lifecycle says', (status, action) => {
    const expected = EXPECTED[status][action];
    expect(canTransition(status, action)).toBe(expected !== undefined);
    const outcome = nextStatus(status, action);
    if (expected) expect(outcome).toEqual({ ok: true, value: expected });
    else {
      expect(outcome.ok).toBe(false);
      if (!outcome.ok) {
        expect(outcome.conflict.code).toBe('CONFLICT');
        expect(outcome.conflict.reason).toBe('ILLEGAL_TRANSITION');
        expect(outcome.conflict.allowedActions).toEqual(Object.keys(EXPECTED[status]));
      }
    }
  });

  it('should list the allowed actions in a conflict message', () => {
    const outcome = nextStatus('POSTED', 'calculate');
    expect(outcome.ok).toBe(false);
    if (!outcome.ok)
      expect(outcome.conflict.message).toBe('a bill run in POSTED cannot calculate; allowed: export');
    expect(() => unwrap(nextStatus('CANCELLED', 'post'))).toThrow(ConflictError);
    expect(() => unwrap(nextStatus('CANCELLED', 'post'))).toThrow(/allowed: none/);
  });

  it('should require a supervisor to approve and to reopen', () => {
    expect(BILL_RUN_TRANSITIONS.find(t => t.action === 'approve')!.roles).toEqual(['SUPERVISOR', 'ADMIN']);
    const clerk = nextStatus('CALCULATED', 'approve', ['CLERK']);
    expect(clerk.ok === false && clerk.conflict.reason).toBe('FORBIDDEN_ROLE');
    expect(nextStatus('CALCULATED', 'approve', ['CLERK', 'SUPERVISOR'])).toEqual({
      ok: true,
      value: 'APPROVED',
    });
    expect(nextStatus('APPROVED', 'reopen', ['CLERK']).ok).toBe(false);
    expect(nextStatus('APPROVED', 'post', ['CLERK'])).toEqual({ ok: true, value: 'POSTING' });
  });

  it.each([
    ['CALCULATING', 'calculate'],
    ['POSTING', 'post'],
    ['EDITS', null],
    ['POSTED', null],
  ] as const)('should resume a run found in %s with %s', (status, action) => {
    expect(resumeAction(status)).toBe(action);
    if (action) expect(canTransition(status, action)).toBe(true);
  });

  it('should name every status allowed actions consistent with the table', () => {
    for (const status of BILL_RUN_STATUSES) {
      expect(allowedBillRunActions(status)).toEqual(Object.keys(EXPECTED[status]));
    }
  });
});
