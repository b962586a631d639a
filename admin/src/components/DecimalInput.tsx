import { regex, required as requiredValue, TextInput, type TextInputProps } from 'react-admin';
import { DECIMAL_PATTERN, MONEY_PATTERN } from '../format/money';

export interface DecimalInputProps extends Omit<TextInputProps, 'validate'> {
  readonly money?: boolean;
  readonly required?: boolean;
}

/**
 * Money or a decimal typed as text and sent as text: a number input would turn "0.10" into a
 * float. The pattern is a first check; the server checks again and names the field if it refuses.
 */
export const DecimalInput = ({ money, required, ...props }: DecimalInputProps) => {
  const pattern = regex(
    money ? MONEY_PATTERN : DECIMAL_PATTERN,
    money ? 'An amount such as 52.75' : 'A number such as 5.5',
  );
  return (
    <TextInput
      {...props}
      validate={required ? [requiredValue(), pattern] : pattern}
      slotProps={{ htmlInput: { inputMode: 'decimal', autoComplete: 'off' } }}
    />
  );
};
