import { Edit, ShowButton, TopToolbar } from 'react-admin';
import { formOrder } from './field-order';
import { RecordTitle } from './RecordTitle';
import { ResourceForm } from './ResourceForm';
import { useResourceModel } from './use-resource-model';

/** The generated edit screen: the fields of `<Type>UpdateInput`; only changed fields are sent. */
export const ResourceEdit = () => {
  const model = useResourceModel();
  const createRequired = model.create?.inputs.filter(i => i.required).map(i => i.name) ?? [];
  return (
    <Edit
      title={<RecordTitle />}
      mutationMode="pessimistic"
      redirect="show"
      actions={
        <TopToolbar>
          <ShowButton />
        </TopToolbar>
      }
    >
      <ResourceForm
        mode="edit"
        inputs={formOrder(model.update?.inputs ?? [], model.displayField, createRequired)}
      />
    </Edit>
  );
};
