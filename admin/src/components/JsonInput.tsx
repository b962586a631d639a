import { TextInput, type TextInputProps, type Validator } from 'react-admin';

const validJson: Validator = value => {
  if (value === null || value === undefined || value === '' || typeof value !== 'string') return undefined;
  try {
    JSON.parse(value);
    return undefined;
  } catch {
    return 'Not valid JSON';
  }
};

const show = (value: unknown) =>
  typeof value === 'string' || value === null || value === undefined
    ? (value ?? '')
    : JSON.stringify(value, null, 2);

/** A JSON value typed as text; the data provider parses it. */
export const JsonInput = ({ validate, ...props }: TextInputProps) => (
  <TextInput
    {...props}
    multiline
    minRows={3}
    format={show}
    validate={validate ? [validJson, ...(Array.isArray(validate) ? validate : [validate])] : validJson}
  />
);
