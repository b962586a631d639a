import * as accounts from './accounts/index.js';
import * as adjustments from './adjustments/index.js';
import * as audit from './audit/index.js';
import * as auth from './auth/index.js';
import * as billing from './billing/index.js';
import * as collections from './collections/index.js';
import * as customers from './customers/index.js';
import * as cycles from './cycles/index.js';
import * as deposits from './deposits/index.js';
import * as ledger from './ledger/index.js';
import * as meters from './meters/index.js';
import * as payments from './payments/index.js';
import * as policies from './policies/index.js';
import * as premises from './premises/index.js';
import * as rating from './rating/index.js';
import * as reads from './reads/index.js';
import * as reports from './reports/index.js';
import * as workorders from './workorders/index.js';
import type { RouteMount } from './shared/http/routes.js';

/** Every domain module, each exporting its `entities` and `resolvers` (house-style.md §4.1). */
const DOMAINS = [auth, audit, customers, cycles, premises, meters, reads, rating, accounts, billing, ledger, workorders, policies, payments, adjustments, deposits, collections, reports];

export const ENTITIES = DOMAINS.flatMap(d => [...d.entities]);
export const RESOLVERS = DOMAINS.flatMap(d => [...d.resolvers]);
/** HTTP routes of the domains that have files to serve (print files, CSV reports, large uploads). */
export const ROUTES: RouteMount[] = DOMAINS.flatMap(d => ('routes' in d ? [...(d.routes as RouteMount[])] : []));
