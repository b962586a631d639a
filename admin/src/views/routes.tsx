import { Route } from 'react-router-dom';
import { BillRunConsole } from './bill-run-console/BillRunConsole';
import { BillRunsPage } from './bill-run-console/BillRunsPage';
import { DrawerPage } from './cash-drawers/DrawerPage';
import { DrawersPage } from './cash-drawers/DrawersPage';
import { CounterPage } from './counter/CounterPage';
import { ReceiptPage } from './counter/ReceiptPage';
import { EditListIndex } from './edit-list/EditListIndex';
import { EditListPage } from './edit-list/EditListPage';
import { SuspensePage } from './suspense/SuspensePage';

/** The custom views' routes, mounted in <CustomRoutes> (inside the layout, behind sign-in). */
export const officeRoutes = [
  <Route key="edit-list" path="/edit-list" element={<EditListIndex />} />,
  <Route key="edit-list-run" path="/edit-list/:runId" element={<EditListPage />} />,
  <Route key="bill-runs" path="/bill-runs" element={<BillRunsPage />} />,
  <Route key="bill-run" path="/bill-runs/:id" element={<BillRunConsole />} />,
  <Route key="counter" path="/counter" element={<CounterPage />} />,
  <Route key="receipt" path="/counter/receipt/:paymentId" element={<ReceiptPage />} />,
  <Route key="counter-account" path="/counter/:accountId" element={<CounterPage />} />,
  <Route key="drawers" path="/drawers" element={<DrawersPage />} />,
  <Route key="drawer" path="/drawers/:id" element={<DrawerPage />} />,
  <Route key="suspense" path="/suspense" element={<SuspensePage />} />,
];
