import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql';
import { DateTimeResolver } from 'graphql-scalars';
import { isCalendarDate } from '../dates/index.js';
import { dec, isDecimalText, isMoneyText, moneyText } from '../money/index.js';

// Money and decimals travel as strings ("52.75") so that no client or server turns them into floats
// (api-contract.md "Scalars and lists"). A JSON number on input is refused.
function stringScalar(name: string, description: string, valid: (text: string) => boolean, canonical = (t: string) => t) {
  const parse = (value: unknown): string => {
    if (typeof value !== 'string') {
      throw new GraphQLError(`${name} must be a string such as "${name === 'Date' ? '2026-03-31' : '52.75'}"`, {
        extensions: { code: 'BAD_USER_INPUT' },
      });
    }
    const text = value.trim();
    if (!valid(text)) throw new GraphQLError(`"${value}" is not a valid ${name}`, { extensions: { code: 'BAD_USER_INPUT' } });
    return canonical(text);
  };
  return new GraphQLScalarType<string, string>({
    name,
    description,
    serialize: value => canonical(typeof value === 'string' ? value : String(value)),
    parseValue: parse,
    parseLiteral: (ast: ValueNode) => {
      if (ast.kind !== Kind.STRING) {
        throw new GraphQLError(`${name} must be written as a string literal`, { extensions: { code: 'BAD_USER_INPUT' } });
      }
      return parse(ast.value);
    },
  });
}

const MAX_DECIMAL = /^-?\d{1,15}(\.\d{1,6})?$/;

/** Money always shows two decimals ("52.70"); decimals drop trailing zeros ("4120", "5.5"). */
const moneyCanonical = (text: string) => (isDecimalText(text) ? moneyText(dec(text)) : text);
const decimalCanonical = (text: string) => (isDecimalText(text) ? dec(text).toFixed() : text);

export const MoneyScalar = stringScalar(
  'Money',
  'An amount of money in the utility currency, as a string with up to two decimals ("52.75").',
  isMoneyText,
  moneyCanonical,
);
export const DecimalScalar = stringScalar(
  'Decimal',
  'A decimal number as a string with up to six decimals ("5.5", "0.001234").',
  text => isDecimalText(text) && MAX_DECIMAL.test(text),
  decimalCanonical,
);
export const DateScalar = stringScalar('Date', 'A calendar date, ISO 8601 ("2026-03-31").', isCalendarDate);
export const DateTimeScalar = DateTimeResolver;
