import type { FieldModel, InputFieldModel } from '../schema/schema-model';

const LAST = new Set(['id', 'createdAt', 'updatedAt', 'createdBy']);

/** Show order: the display field, the other fields as the schema lists them, bookkeeping last. */
export function showOrder(fields: readonly FieldModel[], displayField: string): FieldModel[] {
  const shown = fields.filter(f => f.kind !== 'connection');
  const rank = (f: FieldModel) => (f.name === displayField ? 0 : LAST.has(f.name) ? 2 : 1);
  return [...shown].sort((a, b) => rank(a) - rank(b));
}

/**
 * Form order: the display field, then required inputs, then optional ones. An edit form, where
 * nothing is required, passes the create form's required names so both forms read alike.
 */
export function formOrder(
  inputs: readonly InputFieldModel[],
  displayField: string,
  requiredNames: readonly string[] = [],
): InputFieldModel[] {
  const rank = (f: InputFieldModel) =>
    f.name === displayField ? 0 : f.required || requiredNames.includes(f.name) ? 1 : 2;
  return [...inputs].sort((a, b) => rank(a) - rank(b));
}
