import { EditButton, Show, TopToolbar } from 'react-admin';
import type { ResourceModel } from '../schema/schema-model';
import { RecordTitle } from './RecordTitle';
import { RelatedLists } from './RelatedLists';
import { ShowFields } from './ShowFields';
import { useResourceModel } from './use-resource-model';

export const ShowActions = ({ model }: { model: ResourceModel }) => (
  <TopToolbar>{model.update && <EditButton />}</TopToolbar>
);

/** The generated show screen: every field, then the record's related lists. */
export const ResourceShow = () => {
  const model = useResourceModel();
  return (
    <Show title={<RecordTitle />} actions={<ShowActions model={model} />}>
      <ShowFields model={model} />
      <RelatedLists model={model} />
    </Show>
  );
};
