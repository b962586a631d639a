import { Create } from 'react-admin';
import { formOrder } from './field-order';
import { ResourceForm } from './ResourceForm';
import { useResourceModel } from './use-resource-model';

/** The generated create screen: the fields of the create input, required ones marked. */
export const ResourceCreate = () => {
  const model = useResourceModel();
  return (
    <Create title={`New ${model.singular.toLowerCase()}`} redirect="show" mutationMode="pessimistic">
      <ResourceForm mode="create" inputs={formOrder(model.create?.inputs ?? [], model.displayField)} />
    </Create>
  );
};
