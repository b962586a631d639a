import type { FilterModel, ResourceModel } from '../schema/schema-model';

type Operators = Record<string, unknown>;
const RANGE = /^(.+)_(gte|lte)$/;

const isOperatorObject = (value: unknown): value is Operators =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A day typed in a date filter → the instant it starts or ends, in the browser's time zone. */
function dayBoundary(day: string, end: boolean): string {
  if (day.includes('T')) return day;
  return new Date(`${day}T${end ? '23:59:59.999' : '00:00:00'}`).toISOString();
}

function operators(filter: FilterModel, value: unknown, range?: 'gte' | 'lte'): Operators {
  const many = Array.isArray(value);
  switch (filter.kind) {
    case 'text':
      return range ? { [range]: String(value) } : { contains: String(value) };
    case 'id':
    case 'reference':
    case 'enum':
      return many ? { in: (value as unknown[]).map(String) } : { eq: String(value) };
    case 'boolean':
      return { eq: value === true || value === 'true' };
    case 'int':
      return { [range ?? 'eq']: Number(value) };
    case 'decimal':
    case 'date':
      return { [range ?? 'eq']: String(value) };
    case 'datetime':
      if (range) return { [range]: dayBoundary(String(value), range === 'lte') };
      return { gte: dayBoundary(String(value), false), lte: dayBoundary(String(value), true) };
    case 'search':
      return {};
  }
}

/**
 * react-admin's filter form values → the `<Type>Filter` input. Free text goes to `q`; text
 * inputs match with `contains`; selects and references with `eq` (or `in` for several values);
 * `<field>_gte` / `<field>_lte` give ranges. Values that already are operator objects pass as they
 * are; keys the filter input does not have are dropped.
 */
export function buildFilter(
  resource: ResourceModel,
  values: Record<string, unknown> = {},
): Record<string, unknown> {
  const filter: Record<string, unknown> = {};
  const byName = new Map(resource.filters.map(f => [f.name, f]));
  for (const [key, value] of Object.entries(values)) {
    if (value === undefined || value === null || value === '' || (Array.isArray(value) && !value.length))
      continue;
    const [, rangeField, range] = RANGE.exec(key) ?? [];
    const name = rangeField && byName.has(rangeField) ? rangeField : key;
    const model = byName.get(name);
    if (name === 'q' && model?.kind !== 'search') {
      const display = byName.get(resource.displayField);
      if (display?.kind === 'text') filter[display.name] = { contains: String(value) };
      continue;
    }
    if (!model) continue;
    if (model.kind === 'search') filter[name] = String(value);
    else if (isOperatorObject(value)) filter[name] = value;
    else
      filter[name] = {
        ...(filter[name] as Operators | undefined),
        ...operators(model, value, range as 'gte' | 'lte' | undefined),
      };
  }
  return filter;
}
