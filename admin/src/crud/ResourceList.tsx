import { ColumnsButton, CreateButton, ExportButton, FilterButton, List, TopToolbar } from 'react-admin';
import { filterElements } from './filter-kinds';
import { ResourceDataTable } from './ResourceDataTable';
import { useResourceModel } from './use-resource-model';

/** Exports go through getList in server-sized pages (the data provider splits them). */
const EXPORT_LIMIT = 5000;

const ListActions = ({ canCreate }: { canCreate: boolean }) => (
  <TopToolbar>
    <FilterButton />
    <ColumnsButton />
    {canCreate && <CreateButton />}
    <ExportButton maxResults={EXPORT_LIMIT} />
  </TopToolbar>
);

/** The generated list of a resource: search and filters from its filter input, sortable columns, pages, CSV. */
export const ResourceList = () => {
  const model = useResourceModel();
  return (
    <List
      title={model.label}
      filters={model.filters.flatMap(filterElements)}
      perPage={25}
      actions={<ListActions canCreate={Boolean(model.create)} />}
    >
      <ResourceDataTable model={model} />
    </List>
  );
};
