import { TextInput, type TextInputProps } from 'react-admin';

const show = (value: unknown) =>
  Array.isArray(value) ? value.join(', ') : ((value as string | null | undefined) ?? '');

/** A list of short texts (codes, flags) typed comma separated; the data provider splits it. */
export const TextListInput = (props: TextInputProps) => (
  <TextInput {...props} format={show} helperText={props.helperText || 'Separate several with commas'} />
);
