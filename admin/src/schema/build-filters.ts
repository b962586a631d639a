import { humanize } from '../format/labels';
import type { FilterKind, FilterModel } from './schema-model';
import { enumChoices, inputObjectType, referenceOfIdField, type SchemaIndex } from './schema-index';
import { unwrap } from './type-ref';

const OPERATOR_KINDS: Readonly<Record<string, FilterKind>> = {
  IdFilter: 'id',
  StringFilter: 'text',
  IntFilter: 'int',
  DecimalFilter: 'decimal',
  DateFilter: 'date',
  DateTimeFilter: 'datetime',
  BooleanFilter: 'boolean',
};

/** The fields of a `<Type>Filter` input, each with the kind of control that sets it. */
export function buildFilters(
  index: SchemaIndex,
  filterType: string | undefined,
  ownerType: string,
): FilterModel[] {
  const filters: FilterModel[] = [];
  for (const field of (filterType && inputObjectType(index, filterType)?.inputFields) || []) {
    const type = unwrap(field.type);
    const base = {
      name: field.name,
      label: humanize(field.name),
      ...(field.description ? { description: field.description } : {}),
    };
    if (field.name === 'q' && type.kind === 'SCALAR') {
      filters.push({ ...base, label: 'Search', kind: 'search' });
      continue;
    }
    const operatorKind = OPERATOR_KINDS[type.name];
    if (operatorKind === 'id') {
      const reference = referenceOfIdField(index, field.name, ownerType);
      if (reference)
        filters.push({ ...base, label: humanize(field.name.slice(0, -2)), kind: 'reference', reference });
      else filters.push({ ...base, kind: 'id' });
      continue;
    }
    if (operatorKind) {
      filters.push({ ...base, kind: operatorKind });
      continue;
    }
    const eq = inputObjectType(index, type.name)?.inputFields.find(f => f.name === 'eq');
    const eqType = eq ? unwrap(eq.type) : undefined;
    if (eqType?.kind === 'ENUM')
      filters.push({ ...base, kind: 'enum', choices: enumChoices(index, eqType.name) });
  }
  return filters;
}
