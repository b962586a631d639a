import type { ComponentType, ReactElement } from 'react';
import { BooleanField, NumberField, ReferenceField, TextField } from 'react-admin';
import { CalendarDateField, InstantField } from '../components/CalendarDateField';
import { DecimalField } from '../components/DecimalField';
import { EnumField } from '../components/EnumField';
import { JsonField } from '../components/JsonField';
import { MoneyField } from '../components/MoneyField';
import { TextListField } from '../components/TextListField';
import type { FieldModel, ValueKind } from '../schema/schema-model';
import { resources } from '../schema/resources';

/** Field kind → the component that shows a value of that kind (house-style rule 13). */
export const FIELD_COMPONENTS: Readonly<
  Record<Exclude<ValueKind, 'enum'>, ComponentType<{ source: string }>>
> = {
  id: TextField,
  text: TextField,
  int: NumberField,
  float: NumberField,
  boolean: BooleanField,
  money: MoneyField,
  decimal: DecimalField,
  date: CalendarDateField,
  datetime: InstantField,
  json: JsonField,
};

/** Kinds whose values line up on the right in a table. */
export const NUMERIC_KINDS: ReadonlySet<FieldModel['kind']> = new Set(['int', 'float', 'money', 'decimal']);

/** The element that shows one field of a record: list cell or show layout. */
export function fieldElement(field: FieldModel): ReactElement | null {
  const { source } = field;
  switch (field.kind) {
    case 'connection':
      return null;
    case 'reference': {
      const link = resources.get(field.reference!)?.one ? 'show' : false;
      return <ReferenceField source={source} reference={field.reference!} link={link} emptyText="—" />;
    }
    case 'enum':
      return <EnumField source={source} choices={field.choices ?? []} />;
    default: {
      if (field.list && field.kind !== 'json') return <TextListField source={source} />;
      const Component = FIELD_COMPONENTS[field.kind];
      return <Component source={source} />;
    }
  }
}
