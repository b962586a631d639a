import { BulkExportButton, DataTable } from 'react-admin';
import type { FieldModel, ResourceModel } from '../schema/schema-model';
import { fieldElement, NUMERIC_KINDS } from './field-kinds';

export interface ResourceDataTableProps {
  readonly model: ResourceModel;
  /** Sources left out, such as the back-reference of a related list. */
  readonly omit?: readonly string[];
  readonly storeKey?: string;
  readonly bulkActions?: boolean;
}

/** A column per field; the registry's columns show first, the others can be switched on. */
export const ResourceDataTable = ({
  model,
  omit = [],
  storeKey,
  bulkActions = true,
}: ResourceDataTableProps) => {
  const columns = model.fields.filter(
    f => f.kind !== 'connection' && !f.detailOnly && !omit.includes(f.source),
  );
  const shown = model.listColumns.flatMap(source => columns.filter(c => c.source === source));
  const rest = columns.filter(c => !shown.includes(c));
  return (
    <DataTable
      rowClick={model.one ? 'show' : false}
      hiddenColumns={rest.map(c => c.source)}
      bulkActionButtons={bulkActions ? <BulkExportButton /> : false}
      {...(storeKey ? { storeKey } : {})}
    >
      {[...shown, ...rest].map((field: FieldModel) => (
        <DataTable.Col
          key={field.source}
          source={field.source}
          label={field.label}
          disableSort={!field.sortBy}
          align={NUMERIC_KINDS.has(field.kind) && !field.list ? 'right' : 'left'}
        >
          {fieldElement(field)}
        </DataTable.Col>
      ))}
    </DataTable>
  );
};
