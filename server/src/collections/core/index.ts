export * from './unpaid-charges.js';
export * from './late-fee.js';
export * from './cutoff-list.js';
