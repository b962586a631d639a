import { describe, expect, it } from 'vitest';
import { dec } from '../../../server/src/shared/money/index.js';
import {
  applyExceptionAction,
  EDIT_CODES,
  editChecks,
  EXCEPTION_ACTIONS,
  initialEditState,
  mergeRecheck,
  runDisposition,
  type AccountEditState,
  type EditCode,
  type EditFacts,
  type ExceptionAction,
} from '../../../server/src/billing/core/index.js';

const facts: EditFacts = {
  days: 30,
  usageGallons: dec('4300'),
  consumptionKind: 'NORMAL',
  hasActualRead: true,
  averageDailyGallons: dec('150'),
  lastPeriodGallons: dec('4100'),
  meterChanged: false,
  alerts: [],
  partialPeriod: null,
};
const who = { by: 'clerk.jones', at: '2026-04-02T15:04:00Z' };
const stateOf = (f: Partial<EditFacts>) => initialEditState(editChecks({ ...facts, ...f }));

function ok(state: AccountEditState, action: ExceptionAction) {
  const outcome = applyExceptionAction(state, action);
  if (!outcome.ok) throw new Error(outcome.conflict.message);
  return outcome.value;
}

function reason(state: AccountEditState, action: ExceptionAction) {
  const outcome = applyExceptionAction(state, action);
  return outcome.ok ? 'OK' : outcome.conflict.reason;
}

describe('exception action table', () => {
  const expected: Record<'ACCEPT' | 'ESTIMATE' | 'CORRECT_READ' | 'WORK_ORDER', readonly EditCode[]> = {
    ACCEPT: ['HIGH', 'LOW', 'ZERO', 'ROLLOVER', 'METER_CHANGE', 'AMI_ALERT', 'PARTIAL_PERIOD'],
    ESTIMATE: ['NO_READ'],
    CORRECT_READ: ['NO_READ', 'NEGATIVE', 'HIGH', 'LOW', 'ZERO', 'ROLLOVER'],
    WORK_ORDER: ['NO_READ', 'NEGATIVE', 'HIGH', 'LOW', 'ZERO', 'ROLLOVER', 'METER_CHANGE', 'AMI_ALERT'],
  };
  it.each(Object.keys(expected).flatMap(k => EDIT_CODES.map(c => [k, c] as const)))(
    'should decide whether %s applies to %s',
    (kind, code) => {
      const k = kind as keyof typeof expected;
      expect(EXCEPTION_ACTIONS[k].codes!.includes(code)).toBe(expected[k].includes(code));
    },
  );

  it('should resolve only by ACCEPT and ESTIMATE', () => {
    expect(
      Object.entries(EXCEPTION_ACTIONS)
        .filter(([, r]) => r.resolves)
        .map(([k]) => k),
    ).toEqual(['ACCEPT', 'ESTIMATE']);
  });
});

describe('applyExceptionAction', () => {
  it('should unblock a HIGH exception once accepted, recording who and when', () => {
    const state = stateOf({ usageGallons: dec('14000') });
    expect(runDisposition(state)).toEqual({ status: 'BLOCKED', codes: ['HIGH'] });
    const { state: after, effects } = ok(state, { kind: 'ACCEPT', code: 'HIGH', ...who });
    expect(effects).toEqual([]);
    expect(runDisposition(after)).toEqual({ status: 'BILLABLE' });
    expect(after.exceptions[0]).toMatchObject({
      status: 'RESOLVED',
      resolvedBy: { kind: 'ACCEPT', code: 'HIGH', ...who },
    });
    expect(after.history).toHaveLength(1);
    expect(reason(after, { kind: 'ACCEPT', code: 'HIGH', ...who })).toBe('ALREADY_RESOLVED');
  });

  it.each([
    ['NEGATIVE', { consumptionKind: 'NEGATIVE', usageGallons: dec('-9123') }],
    ['NO_READ', { hasActualRead: false, usageGallons: null, consumptionKind: null }],
  ] as const)('should refuse to accept %s, naming what can be done', (code, f) => {
    const outcome = applyExceptionAction(stateOf(f), { kind: 'ACCEPT', code, ...who });
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) {
      expect(outcome.conflict).toMatchObject({ code: 'CONFLICT', reason: 'ACTION_NOT_ALLOWED_FOR_CODE' });
      expect(outcome.conflict.allowedActions).toContain('HOLD');
      expect(outcome.conflict.allowedActions).toContain('CORRECT_READ');
      expect(outcome.conflict.allowedActions).not.toContain('ACCEPT');
    }
  });

  it('should resolve NO_READ by an estimate that survives the re-check', () => {
    const state = stateOf({ hasActualRead: false, usageGallons: null, consumptionKind: null });
    const { state: estimated, effects } = ok(state, { kind: 'ESTIMATE', code: 'NO_READ', ...who });
    expect(effects).toEqual([{ type: 'ESTIMATE_READ' }, { type: 'RECHECK' }]);
    const rechecked = mergeRecheck(
      estimated,
      editChecks({ ...facts, hasActualRead: false, usageGallons: dec('4500') }),
    );
    expect(rechecked.exceptions.map(e => [e.code, e.status])).toEqual([['NO_READ', 'RESOLVED']]);
    expect(runDisposition(rechecked)).toEqual({ status: 'BILLABLE' });
  });

  it('should re-check a corrected read: NEGATIVE stays blocking until the checks run again', () => {
    const state = stateOf({ consumptionKind: 'NEGATIVE', usageGallons: dec('-9123') });
    const { state: corrected, effects } = ok(state, {
      kind: 'CORRECT_READ',
      code: 'NEGATIVE',
      ...who,
      note: 'keyed 41230 for 14230',
    });
    expect(effects).toEqual([{ type: 'RECHECK' }]);
    expect(runDisposition(corrected)).toEqual({ status: 'BLOCKED', codes: ['NEGATIVE'] });
    expect(runDisposition(mergeRecheck(corrected, editChecks(facts)))).toEqual({ status: 'BILLABLE' });
  });

  it('should reopen an accepted HIGH when a corrected read changes its figures', () => {
    const accepted = ok(stateOf({ usageGallons: dec('14000') }), {
      kind: 'ACCEPT',
      code: 'HIGH',
      ...who,
    }).state;
    const { state: corrected } = ok(accepted, { kind: 'CORRECT_READ', ...who });
    expect(corrected.exceptions[0]!.status).toBe('RECHECK');
    const rechecked = mergeRecheck(corrected, editChecks({ ...facts, usageGallons: dec('16000') }));
    expect(rechecked.exceptions[0]).toMatchObject({ code: 'HIGH', status: 'OPEN', resolvedBy: null });
    expect(rechecked.history.map(h => h.kind)).toEqual(['ACCEPT', 'CORRECT_READ']);
  });

  it('should hold an account out of the run and release it', () => {
    const state = stateOf({ usageGallons: dec('14000') });
    const { state: held, effects } = ok(state, { kind: 'HOLD', ...who });
    expect(effects).toEqual([{ type: 'EXCLUDE_FROM_RUN' }]);
    expect(runDisposition(held)).toEqual({ status: 'HELD', ...who });
    expect(reason(held, { kind: 'HOLD', ...who })).toBe('ALREADY_HELD');
    const released = ok(held, { kind: 'RELEASE_HOLD', ...who });
    expect(released.effects).toEqual([{ type: 'INCLUDE_IN_RUN' }]);
    expect(runDisposition(released.state)).toEqual({ status: 'BLOCKED', codes: ['HIGH'] });
    expect(reason(released.state, { kind: 'RELEASE_HOLD', ...who })).toBe('NOT_HELD');
  });

  it('should issue re-read and leak-check work orders once each, without resolving', () => {
    const state = stateOf({ usageGallons: dec('14000') });
    const reRead = ok(state, { kind: 'WORK_ORDER', code: 'HIGH', workOrderType: 'RE_READ', ...who });
    expect(reRead.effects).toEqual([{ type: 'CREATE_WORK_ORDER', workOrderType: 'RE_READ' }]);
    expect(runDisposition(reRead.state).status).toBe('BLOCKED');
    expect(reason(reRead.state, { kind: 'WORK_ORDER', code: 'HIGH', workOrderType: 'RE_READ', ...who })).toBe(
      'WORK_ORDER_EXISTS',
    );
    const leak = ok(reRead.state, { kind: 'WORK_ORDER', code: 'HIGH', workOrderType: 'LEAK_CHECK', ...who });
    expect(leak.state.exceptions[0]!.workOrders).toEqual(['RE_READ', 'LEAK_CHECK']);
    const noRead = stateOf({ hasActualRead: false, usageGallons: null, consumptionKind: null });
    expect(reason(noRead, { kind: 'WORK_ORDER', code: 'NO_READ', workOrderType: 'LEAK_CHECK', ...who })).toBe(
      'ACTION_NOT_ALLOWED_FOR_CODE',
    );
    expect(reason(noRead, { kind: 'WORK_ORDER', code: 'NO_READ', ...who })).toBe(
      'ACTION_NOT_ALLOWED_FOR_CODE',
    );
  });

  it('should refuse an action on an exception the account does not have', () => {
    expect(reason(stateOf({}), { kind: 'ACCEPT', code: 'HIGH', ...who })).toBe('NO_SUCH_EXCEPTION');
    expect(reason(stateOf({}), { kind: 'ACCEPT', ...who })).toBe('ACTION_NOT_ALLOWED_FOR_CODE');
  });

  it('should let non-blocking warnings through without any action', () => {
    expect(runDisposition(stateOf({ usageGallons: dec('2000'), meterChanged: true }))).toEqual({
      status: 'BILLABLE',
    });
  });
});
