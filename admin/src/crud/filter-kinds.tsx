import type { ReactElement } from 'react';
import {
  AutocompleteInput,
  DateInput,
  NullableBooleanInput,
  NumberInput,
  ReferenceInput,
  SearchInput,
  SelectInput,
  TextInput,
} from 'react-admin';
import type { FilterModel } from '../schema/schema-model';
import { resources } from '../schema/resources';

/**
 * Filter kind → filter inputs. The data provider turns their values into operators: text →
 * `contains`, selects and references → `eq`, `<field>_gte`/`_lte` → ranges, search → `q`.
 */
export function filterElements(filter: FilterModel): ReactElement[] {
  const { name, label } = filter;
  switch (filter.kind) {
    case 'search':
      return [
        <SearchInput key={name} source={name} alwaysOn placeholder="Search" title={filter.description} />,
      ];
    case 'reference': {
      const display = resources.get(filter.reference!)?.displayField ?? 'id';
      return [
        <ReferenceInput key={name} source={name} reference={filter.reference!} label={label}>
          <AutocompleteInput label={label} optionText={display} />
        </ReferenceInput>,
      ];
    }
    case 'enum':
      return [<SelectInput key={name} source={name} label={label} choices={[...(filter.choices ?? [])]} />];
    case 'boolean':
      return [<NullableBooleanInput key={name} source={name} label={label} />];
    case 'int':
      return [<NumberInput key={name} source={name} label={label} />];
    case 'date':
    case 'datetime':
      return [
        <DateInput key={`${name}_gte`} source={`${name}_gte`} label={`${label} from`} />,
        <DateInput key={`${name}_lte`} source={`${name}_lte`} label={`${label} to`} />,
      ];
    case 'id':
      return name === 'id' ? [] : [<TextInput key={name} source={name} label={label} />];
    default:
      return [<TextInput key={name} source={name} label={label} />];
  }
}
