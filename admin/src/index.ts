export { BillingAdmin, type BillingAdminProps } from './BillingAdmin';
