import type { ComponentType } from 'react';
import { Resource } from 'react-admin';
import { iconOf } from '../schema/resource-icons';
import type { ResourceMap } from '../schema/schema-model';
import { ResourceCreate } from './ResourceCreate';
import { ResourceEdit } from './ResourceEdit';
import { ResourceList } from './ResourceList';
import { ResourceShow } from './ResourceShow';

/** Hand-written screens that replace generated ones, by resource (see admin/src/resources/). */
export interface ScreenOverrides {
  readonly list?: ComponentType;
  readonly show?: ComponentType;
  readonly edit?: ComponentType;
  readonly create?: ComponentType;
}

/**
 * A `<Resource>` per resource of the schema, with generated screens for what the schema allows:
 * a show and an edit screen need a get-one query, edit an update mutation, create a create mutation.
 */
export function resourceElements(
  resources: ResourceMap,
  overrides: Readonly<Record<string, ScreenOverrides>>,
) {
  return [...resources.values()].map(model => {
    const own = overrides[model.name] ?? {};
    return (
      <Resource
        key={model.name}
        name={model.name}
        options={{ label: model.label }}
        icon={iconOf(model.name)}
        recordRepresentation={model.displayField}
        list={own.list ?? ResourceList}
        show={model.one ? (own.show ?? ResourceShow) : undefined}
        edit={model.one && model.update ? (own.edit ?? ResourceEdit) : undefined}
        create={model.create ? (own.create ?? ResourceCreate) : undefined}
      />
    );
  });
}
