import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { BILL_RUN_ACTIONS, nextStatus, type BillRunStatus } from '../../../server/src/billing/core/index.js';

describe('bill run lifecycle (fast-check)', () => {
  it('should never leave the posted states or cancellation, whatever the actions tried', () => {
    const posted: readonly BillRunStatus[] = ['POSTING', 'POSTED', 'EXPORTED'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...BILL_RUN_ACTIONS), { maxLength: 40 }), actions => {
        let status: BillRunStatus = 'DRAFT';
        let approvedBefore = false;
        for (const action of actions) {
          const outcome = nextStatus(status, action);
          if (!outcome.ok) continue;
          const next = outcome.value;
          if (posted.includes(status)) expect(posted).toContain(next);
          if (status === 'CANCELLED') throw new Error('left CANCELLED');
          if (next === 'POSTING' && status !== 'POSTING') expect(status).toBe('APPROVED');
          if (next === 'APPROVED') approvedBefore = true;
          if (posted.includes(next)) expect(approvedBefore).toBe(true);
          status = next;
        }
      }),
    );
  });
});
