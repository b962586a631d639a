import type { Role } from '../gql/graphql';

/**
 * What the schema cannot say about a resource. Everything is optional: a resource that is not
 * listed here still gets its screens, with humanized labels and a guessed display field.
 */
export interface ResourceConfig {
  readonly label?: string;
  readonly singular?: string;
  /** The field that names a record in references, titles and autocompletes. */
  readonly displayField?: string;
  /** The mutation that creates a record, when it is not `create<Type>(input:)`. */
  readonly createMutation?: string;
  /** Field names of the columns shown by default, in order (the others stay selectable). */
  readonly listColumns?: readonly string[];
  /** Roles that may open the resource (the server decides; this only hides menu entries). */
  readonly readRoles?: readonly Role[];
  /** Roles that may create and edit (hides buttons the server would refuse). */
  readonly writeRoles?: readonly Role[];
  readonly hidden?: boolean;
}

/** Key order is menu order; resources added to the schema later appear after these. */
export const resourceRegistry: Readonly<Record<string, ResourceConfig>> = {
  customers: {
    displayField: 'name',
    listColumns: ['number', 'name', 'customerClass', 'phone', 'email', 'createdAt'],
  },
  accounts: {
    displayField: 'number',
    createMutation: 'startService',
    listColumns: ['number', 'customer', 'premise', 'status', 'balance', 'cycle', 'startDate'],
  },
  premises: {
    displayField: 'address',
    listColumns: ['address', 'city', 'state', 'zip', 'routeCode', 'sequence', 'insideCityLimits'],
  },
  meters: {
    displayField: 'serialNumber',
    listColumns: ['serialNumber', 'size', 'registerUnit', 'status', 'premise', 'amiEndpointId'],
  },
  meterReads: {
    displayField: 'readOn',
    createMutation: 'recordMeterRead',
    listColumns: ['readOn', 'meter', 'value', 'source', 'purpose', 'status', 'estimated', 'flags'],
  },
  workOrders: {
    displayField: 'number',
    listColumns: ['number', 'type', 'status', 'premise', 'account', 'scheduledFor', 'createdAt'],
  },
  ledgerEntries: {
    label: 'Ledger',
    singular: 'Ledger entry',
    displayField: 'description',
    listColumns: ['postedOn', 'account', 'kind', 'description', 'amount', 'service', 'source'],
  },
  // The bill run console (Billing office) is where runs are worked; this is the plain record list.
  billRuns: { label: 'Bill run records', singular: 'Bill run', displayField: 'number' },
  routes: { displayField: 'code' },
  billingCycles: { displayField: 'name', writeRoles: ['ADMIN'] },
  auditEvents: {
    label: 'Audit log',
    singular: 'Audit event',
    displayField: 'action',
    readRoles: ['ADMIN', 'SUPERVISOR'],
    writeRoles: [],
    listColumns: ['at', 'actorEmail', 'action', 'entity', 'entityId', 'operation'],
  },
};
