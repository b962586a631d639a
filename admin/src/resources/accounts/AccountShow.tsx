import { useMemo } from 'react';
import { Show, TabbedShowLayout } from 'react-admin';
import { RecordTitle } from '../../crud/RecordTitle';
import { ShowActions } from '../../crud/ResourceShow';
import { ShowFields } from '../../crud/ShowFields';
import { useResourceModel } from '../../crud/use-resource-model';
import { AccountBalance } from './AccountBalance';
import { AccountBills } from './AccountBills';
import { AccountLedger } from './AccountLedger';
import { AccountUsage } from './AccountUsage';
import { AccountWorkOrders } from './AccountWorkOrders';

/** Shown by AccountBalance, formatted, instead of as generated fields. */
const SHOWN_ABOVE = new Set(['aging', 'balance', 'depositHeld']);

/**
 * Account 360, replacing the generated account show screen: the account's fields with its balance
 * and aging, then its ledger, bills (as the customer saw them), reads with the usage chart, and
 * work orders, one tab each.
 */
export const AccountShow = () => {
  const model = useResourceModel();
  const fields = useMemo(
    () => ({ ...model, fields: model.fields.filter(f => !SHOWN_ABOVE.has(f.name)) }),
    [model],
  );
  return (
    <Show title={<RecordTitle />} actions={<ShowActions model={model} />}>
      <TabbedShowLayout>
        <TabbedShowLayout.Tab label="Summary">
          <AccountBalance />
          <ShowFields model={fields} />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="Ledger" path="ledger">
          <AccountLedger />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="Bills" path="bills">
          <AccountBills />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="Reads and usage" path="reads">
          <AccountUsage />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="Work orders" path="work-orders">
          <AccountWorkOrders />
        </TabbedShowLayout.Tab>
      </TabbedShowLayout>
    </Show>
  );
};
