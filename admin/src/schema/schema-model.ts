import type { Role } from '../gql/graphql';

/** What a value is, as far as screens care: decides the field, input and filter components. */
export type ValueKind =
  'id' | 'text' | 'int' | 'float' | 'boolean' | 'money' | 'decimal' | 'date' | 'datetime' | 'json' | 'enum';

export interface EnumChoice {
  readonly id: string;
  readonly name: string;
  readonly description?: string;
}

interface Described {
  readonly name: string;
  readonly label: string;
  readonly description?: string;
}

/** A field of a resource's type, as listed and shown. */
export interface FieldModel extends Described {
  /** Where the value sits in a record (`customerId` for the relation `customer`). */
  readonly source: string;
  readonly kind: ValueKind | 'reference' | 'connection';
  readonly list: boolean;
  readonly required: boolean;
  readonly choices?: readonly EnumChoice[];
  /** The related resource of a reference or connection. */
  readonly reference?: string;
  /** For a connection: the filter of the related resource that points back (`customerId`). */
  readonly target?: string;
  /** The `<Type>OrderField` value that sorts by this field. */
  readonly sortBy?: string;
  /** What the field adds to a document's selection; absent for connections. */
  readonly selection?: string;
  /** Nested structures are read with one record (show, after a save), not on every list row. */
  readonly detailOnly?: boolean;
}

/** A field of a create or update input. */
export interface InputFieldModel extends Described {
  readonly kind: ValueKind;
  readonly list: boolean;
  readonly required: boolean;
  readonly defaultValue?: unknown;
  readonly choices?: readonly EnumChoice[];
  readonly reference?: string;
}

export type FilterKind =
  'search' | 'id' | 'reference' | 'text' | 'int' | 'decimal' | 'date' | 'datetime' | 'boolean' | 'enum';

/** A field of a `<Type>Filter` input. */
export interface FilterModel extends Described {
  readonly kind: FilterKind;
  readonly choices?: readonly EnumChoice[];
  readonly reference?: string;
}

export interface MutationModel {
  readonly field: string;
  readonly inputType: string;
  readonly inputs: readonly InputFieldModel[];
}

export interface ResourceModel {
  /** The list query field, also react-admin's resource name: `customers`. */
  readonly name: string;
  readonly typeName: string;
  readonly label: string;
  readonly singular: string;
  readonly displayField: string;
  /** Arguments of the list field: name → type as written in a document. */
  readonly listArgs: Readonly<Record<string, string>>;
  /** The get-one query field (`customer(id:)`), when there is one. */
  readonly one?: string;
  readonly create?: MutationModel;
  readonly update?: MutationModel;
  readonly fields: readonly FieldModel[];
  readonly filters: readonly FilterModel[];
  /** Sources of the columns shown by default, in order. */
  readonly listColumns: readonly string[];
  readonly readRoles?: readonly Role[];
  readonly writeRoles?: readonly Role[];
}

export type ResourceMap = ReadonlyMap<string, ResourceModel>;
