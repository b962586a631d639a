import type { InputFieldModel, MutationModel } from '../schema/schema-model';

const pad = (n: number) => String(n).padStart(2, '0');
const localDay = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;

function coerceOne(field: InputFieldModel, value: unknown): unknown {
  if (value === null || value === undefined || value === '') return null;
  switch (field.kind) {
    case 'int':
    case 'float': {
      const n = typeof value === 'number' ? value : Number(String(value).trim());
      return Number.isFinite(n) ? n : value; // the server names the field if it is not a number
    }
    case 'boolean':
      return value === true || value === 'true';
    case 'money':
    case 'decimal':
      return String(value).trim(); // strings on the wire: never a float
    case 'date':
      return value instanceof Date ? localDay(value) : String(value).slice(0, 10);
    case 'datetime': {
      const d = value instanceof Date ? value : new Date(String(value));
      return Number.isNaN(d.getTime()) ? String(value) : d.toISOString();
    }
    case 'json':
      if (typeof value !== 'string') return value;
      try {
        return JSON.parse(value) as unknown;
      } catch {
        return value;
      }
    default:
      return typeof value === 'string' ? value : String(value);
  }
}

/** A form value → the value the input field takes (lists typed as "a, b" become arrays). */
export function coerceInputValue(field: InputFieldModel, value: unknown): unknown {
  if (value === undefined) return undefined;
  if (!field.list || field.kind === 'json') return coerceOne(field, value);
  if (value === null || value === '') return null;
  const items = Array.isArray(value) ? value : String(value).split(/[\n,]/);
  return items
    .map(item => (typeof item === 'string' ? item.trim() : item))
    .filter(item => item !== '' && item !== null && item !== undefined)
    .map(item => coerceOne(field, item));
}

/** The create input: every filled field; empty optional fields are left out so server defaults apply. */
export function buildCreateInput(
  mutation: MutationModel,
  data: Record<string, unknown>,
): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const field of mutation.inputs) {
    const value = coerceInputValue(field, data[field.name]);
    if (value === undefined || (value === null && !field.required)) continue;
    input[field.name] = value;
  }
  return input;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** The update input: only the fields of the update input whose value changed. */
export function buildUpdateInput(
  mutation: MutationModel,
  data: Record<string, unknown>,
  previousData: Record<string, unknown> = {},
): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const field of mutation.inputs) {
    if (!(field.name in data)) continue;
    const value = coerceInputValue(field, data[field.name]);
    if (same(value, coerceInputValue(field, previousData[field.name]))) continue;
    input[field.name] = value;
  }
  return input;
}
