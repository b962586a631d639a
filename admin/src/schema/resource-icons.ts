import AccountBalanceWallet from '@mui/icons-material/AccountBalanceWallet';
import AccountTree from '@mui/icons-material/AccountTree';
import Build from '@mui/icons-material/Build';
import EventRepeat from '@mui/icons-material/EventRepeat';
import History from '@mui/icons-material/History';
import Home from '@mui/icons-material/Home';
import Inventory2 from '@mui/icons-material/Inventory2';
import Payments from '@mui/icons-material/Payments';
import People from '@mui/icons-material/People';
import PlaylistPlay from '@mui/icons-material/PlaylistPlay';
import Receipt from '@mui/icons-material/Receipt';
import ReceiptLong from '@mui/icons-material/ReceiptLong';
import Route from '@mui/icons-material/Route';
import Rule from '@mui/icons-material/Rule';
import Savings from '@mui/icons-material/Savings';
import Speed from '@mui/icons-material/Speed';
import Tune from '@mui/icons-material/Tune';
import ViewList from '@mui/icons-material/ViewList';
import WaterDrop from '@mui/icons-material/WaterDrop';
import type { ComponentType } from 'react';

/** Menu icons; a resource without one gets a plain list icon. */
const ICONS: Readonly<Record<string, ComponentType>> = {
  customers: People,
  accounts: AccountBalanceWallet,
  premises: Home,
  meters: Speed,
  meterReads: WaterDrop,
  workOrders: Build,
  ledgerEntries: ReceiptLong,
  routes: Route,
  billingCycles: EventRepeat,
  auditEvents: History,
  bills: Receipt,
  billRuns: PlaylistPlay,
  payments: Payments,
  paymentBatches: Inventory2,
  deposits: Savings,
  adjustments: Tune,
  adjustmentReasons: Rule,
  glAccountMap: AccountTree,
  rateSchedules: ViewList,
};

export const iconOf = (resource: string): ComponentType => ICONS[resource] ?? ViewList;
