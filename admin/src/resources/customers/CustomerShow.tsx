import { Show } from 'react-admin';
import { RecordTitle } from '../../crud/RecordTitle';
import { ShowActions } from '../../crud/ResourceShow';
import { ShowFields } from '../../crud/ShowFields';
import { useResourceModel } from '../../crud/use-resource-model';
import { CustomerAccounts } from './CustomerAccounts';

/** Replaces the generated customer show screen: the same fields, then the customer's accounts. */
export const CustomerShow = () => {
  const model = useResourceModel();
  return (
    <Show title={<RecordTitle />} actions={<ShowActions model={model} />}>
      <ShowFields model={model} />
      <CustomerAccounts />
    </Show>
  );
};
