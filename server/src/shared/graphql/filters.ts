import { Field, ID, InputType, Int } from 'type-graphql';
import { DateScalar, DateTimeScalar, DecimalScalar } from './scalars.js';

// A small, indexed-friendly operator set (reliability-and-ecosystem.md B.1.1): eq, in, ranges and
// case-insensitive text matching. Each resource's filter input lists which fields take which filter.

@InputType({ description: 'Matches an id.' })
export class IdFilter {
  @Field(() => ID, { nullable: true }) eq?: string;
  @Field(() => [ID], { nullable: true }) in?: string[];
}

@InputType({ description: 'Matches text; `contains` and `startsWith` ignore case.' })
export class StringFilter {
  @Field(() => String, { nullable: true }) eq?: string;
  @Field(() => String, { nullable: true }) ne?: string;
  @Field(() => [String], { nullable: true }) in?: string[];
  @Field(() => String, { nullable: true }) contains?: string;
  @Field(() => String, { nullable: true }) startsWith?: string;
  @Field(() => Boolean, { nullable: true, description: 'true: only rows where the field is empty (null).' })
  isNull?: boolean;
}

@InputType()
export class IntFilter {
  @Field(() => Int, { nullable: true }) eq?: number;
  @Field(() => [Int], { nullable: true }) in?: number[];
  @Field(() => Int, { nullable: true }) gte?: number;
  @Field(() => Int, { nullable: true }) lte?: number;
}

@InputType()
export class DecimalFilter {
  @Field(() => DecimalScalar, { nullable: true }) eq?: string;
  @Field(() => DecimalScalar, { nullable: true }) gte?: string;
  @Field(() => DecimalScalar, { nullable: true }) lte?: string;
}

@InputType()
export class DateFilter {
  @Field(() => DateScalar, { nullable: true }) eq?: string;
  @Field(() => DateScalar, { nullable: true }) gte?: string;
  @Field(() => DateScalar, { nullable: true }) lte?: string;
  @Field(() => Boolean, { nullable: true }) isNull?: boolean;
}

@InputType()
export class DateTimeFilter {
  @Field(() => DateTimeScalar, { nullable: true }) gte?: Date;
  @Field(() => DateTimeScalar, { nullable: true }) lte?: Date;
}

@InputType()
export class BooleanFilter {
  @Field(() => Boolean, { nullable: true }) eq?: boolean;
}

/** Operators any filter input may carry; `enumFilter` builds the `{ eq, in }` input of an enum. */
export interface FilterOperators {
  eq?: unknown;
  ne?: unknown;
  in?: unknown[];
  contains?: string;
  startsWith?: string;
  gte?: unknown;
  lte?: unknown;
  isNull?: boolean;
}

const enumFilters = new Map<object, unknown>();

/** The `{ eq, in }` filter input of an enum, named `<Enum>Filter`. */
export function EnumFilter<E extends Record<string, string>>(enumType: E, name: string) {
  const known = enumFilters.get(enumType);
  if (known) return known as new () => { eq?: E[keyof E]; in?: E[keyof E][] };
  @InputType(`${name}Filter`)
  class Filter {
    @Field(() => enumType, { nullable: true }) eq?: E[keyof E];
    @Field(() => [enumType], { nullable: true }) in?: E[keyof E][];
  }
  enumFilters.set(enumType, Filter);
  return Filter;
}
