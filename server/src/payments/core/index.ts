export * from './batch-balance.js';
export * from './idempotency.js';
export * from './ach-return-codes.js';
export * from './returned-payment.js';
export * from './suspense.js';
