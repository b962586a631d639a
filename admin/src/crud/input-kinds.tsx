import type { ReactElement } from 'react';
import {
  AutocompleteInput,
  BooleanInput,
  DateInput,
  DateTimeInput,
  NullableBooleanInput,
  NumberInput,
  ReferenceInput,
  SelectArrayInput,
  SelectInput,
  TextInput,
  required as requiredValue,
} from 'react-admin';
import { DecimalInput } from '../components/DecimalInput';
import { IdempotencyKeyInput } from '../components/IdempotencyKeyInput';
import { JsonInput } from '../components/JsonInput';
import { TextListInput } from '../components/TextListInput';
import type { InputFieldModel } from '../schema/schema-model';
import { resources } from '../schema/resources';

const MULTILINE = /^(notes?|description|mailingAddress|comments?)$/;

export type FormMode = 'create' | 'edit';

/**
 * A switch always holds a value, so it fits required booleans, booleans with a default and edits
 * (where an untouched switch is sent as unchanged). An optional boolean of a create form without a
 * default gets three states, so that leaving it empty lets the server decide.
 */
function booleanElement(
  field: InputFieldModel,
  mode: FormMode,
  common: Record<string, unknown> & { source: string },
): ReactElement {
  if (mode === 'edit') return <BooleanInput {...common} defaultValue={null} />;
  if (field.required || field.defaultValue !== undefined) return <BooleanInput {...common} />;
  return <NullableBooleanInput {...common} />;
}

/**
 * Input kind → form input (house-style rule 13): enums are selects, booleans switches, integers
 * number inputs, money and decimals text with a pattern, dates date pickers giving "YYYY-MM-DD",
 * and `...Id` fields an autocomplete over the related resource.
 */
export function inputElement(field: InputFieldModel, mode: FormMode): ReactElement {
  const common = {
    source: field.name,
    label: field.label,
    helperText: field.description ?? false,
    ...(field.defaultValue !== undefined && mode === 'create' ? { defaultValue: field.defaultValue } : {}),
  };
  const validate = field.required ? requiredValue() : undefined;
  if (field.name === 'idempotencyKey' && field.kind === 'text' && mode === 'create')
    return <IdempotencyKeyInput source={field.name} />;
  if (field.reference) {
    const display = resources.get(field.reference)?.displayField ?? 'id';
    return (
      <ReferenceInput source={field.name} reference={field.reference}>
        <AutocompleteInput
          label={field.label}
          optionText={display}
          validate={validate}
          helperText={common.helperText}
        />
      </ReferenceInput>
    );
  }
  switch (field.kind) {
    case 'enum':
      return field.list ? (
        <SelectArrayInput {...common} choices={[...(field.choices ?? [])]} validate={validate} />
      ) : (
        <SelectInput {...common} choices={[...(field.choices ?? [])]} validate={validate} />
      );
    case 'boolean':
      return booleanElement(field, mode, common);
    case 'int':
      return <NumberInput {...common} step={1} validate={validate} />;
    case 'float':
      return <NumberInput {...common} validate={validate} />;
    case 'money':
    case 'decimal':
      return <DecimalInput {...common} money={field.kind === 'money'} required={field.required} />;
    case 'date':
      return <DateInput {...common} validate={validate} />;
    case 'datetime':
      return <DateTimeInput {...common} validate={validate} />;
    case 'json':
      return <JsonInput {...common} validate={validate} />;
    default:
      if (field.list) return <TextListInput {...common} validate={validate} />;
      return <TextInput {...common} validate={validate} multiline={MULTILINE.test(field.name)} />;
  }
}
