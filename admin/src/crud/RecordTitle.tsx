import { useRecordContext } from 'react-admin';
import { useResourceModel } from './use-resource-model';

/** "Customer Maria Gonzalez": the resource's singular label and the record's display field. */
export const RecordTitle = () => {
  const model = useResourceModel();
  const record = useRecordContext();
  const name = record ? record[model.displayField] : undefined;
  return (
    <span>{name !== undefined && name !== null ? `${model.singular} ${String(name)}` : model.singular}</span>
  );
};
