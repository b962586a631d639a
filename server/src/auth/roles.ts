import { registerEnumType } from 'type-graphql';

export enum Role {
  ADMIN = 'ADMIN',
  SUPERVISOR = 'SUPERVISOR',
  CLERK = 'CLERK',
  FIELD = 'FIELD',
  REPORTING = 'REPORTING',
  CUSTOMER = 'CUSTOMER',
}
registerEnumType(Role, {
  name: 'Role',
  valuesConfig: {
    ADMIN: { description: 'Configures the system: users, rates, cycles, GL mapping.' },
    SUPERVISOR: { description: 'Approves bill runs, adjustments above the limit, write-offs; balances the day.' },
    CLERK: { description: 'Billing office: accounts, reads, edit list, payments, service orders.' },
    FIELD: { description: 'Field crews: work orders, reads, meter changes.' },
    REPORTING: { description: 'Read-only reporting and GIS tools; personal data masked.' },
    CUSTOMER: { description: 'A customer portal user: only its own accounts.' },
  },
});

/** Who may do what, by kind of operation (type-graphql @Authorized takes these lists). */
export const OFFICE = [Role.ADMIN, Role.SUPERVISOR, Role.CLERK] as const;
export const SUPERVISORS = [Role.ADMIN, Role.SUPERVISOR] as const;
export const ADMINS = [Role.ADMIN] as const;
export const FIELD_WORK = [Role.ADMIN, Role.SUPERVISOR, Role.CLERK, Role.FIELD] as const;
/** Everyone who may read office records (REPORTING sees personal data masked). */
export const READERS = [Role.ADMIN, Role.SUPERVISOR, Role.CLERK, Role.FIELD, Role.REPORTING] as const;
/** Readers plus portal customers, for records that are checked for ownership in the service. */
export const READERS_AND_CUSTOMERS = [...READERS, Role.CUSTOMER] as const;
