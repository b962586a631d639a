import { ArgsType, Field, InputType, Int, ID, registerEnumType } from 'type-graphql';
import { OrderInput, PageArgs } from '../shared/graphql/connection.js';
import { BooleanFilter, DateTimeFilter, IdFilter, IntFilter, StringFilter } from '../shared/graphql/filters.js';
import { DecimalScalar } from '../shared/graphql/scalars.js';

@InputType()
export class PremiseInput {
  @Field(() => String) address!: string;
  @Field(() => String) city!: string;
  @Field(() => String) state!: string;
  @Field(() => String) zip!: string;
  @Field(() => DecimalScalar, { nullable: true }) latitude?: string;
  @Field(() => DecimalScalar, { nullable: true }) longitude?: string;
  @Field(() => String, { nullable: true, description: 'Reading route; created when new.' }) routeCode?: string;
  @Field(() => Int, { nullable: true }) sequence?: number;
  @Field(() => Boolean, { nullable: true, defaultValue: true }) insideCityLimits?: boolean;
}

@InputType()
export class PremiseUpdateInput {
  @Field(() => String, { nullable: true }) address?: string;
  @Field(() => String, { nullable: true }) city?: string;
  @Field(() => String, { nullable: true }) state?: string;
  @Field(() => String, { nullable: true }) zip?: string;
  @Field(() => DecimalScalar, { nullable: true }) latitude?: string;
  @Field(() => DecimalScalar, { nullable: true }) longitude?: string;
  @Field(() => String, { nullable: true }) routeCode?: string;
  @Field(() => Int, { nullable: true }) sequence?: number;
  @Field(() => Boolean, { nullable: true }) insideCityLimits?: boolean;
}

@InputType()
export class PremiseFilter {
  @Field(() => String, { nullable: true, description: 'Searches address, city and zip.' }) q?: string;
  @Field(() => IdFilter, { nullable: true }) id?: IdFilter;
  @Field(() => StringFilter, { nullable: true }) address?: StringFilter;
  @Field(() => StringFilter, { nullable: true }) city?: StringFilter;
  @Field(() => StringFilter, { nullable: true }) zip?: StringFilter;
  @Field(() => StringFilter, { nullable: true }) routeCode?: StringFilter;
  @Field(() => IdFilter, { nullable: true }) routeId?: IdFilter;
  @Field(() => IntFilter, { nullable: true }) sequence?: IntFilter;
  @Field(() => BooleanFilter, { nullable: true }) insideCityLimits?: BooleanFilter;
  @Field(() => DateTimeFilter, { nullable: true }) createdAt?: DateTimeFilter;
}

export enum PremiseOrderField {
  ADDRESS = 'ADDRESS',
  ROUTE_CODE = 'ROUTE_CODE',
  SEQUENCE = 'SEQUENCE',
  CREATED_AT = 'CREATED_AT',
}
registerEnumType(PremiseOrderField, { name: 'PremiseOrderField' });
const PremiseOrder = OrderInput(PremiseOrderField, 'Premise');

@ArgsType()
export class PremiseListArgs extends PageArgs {
  @Field(() => PremiseFilter, { nullable: true }) filter?: PremiseFilter;
  @Field(() => [PremiseOrder], { nullable: true }) orderBy?: InstanceType<typeof PremiseOrder>[];
}

@InputType()
export class RouteInput {
  @Field(() => String) code!: string;
  @Field(() => String, { nullable: true }) name?: string;
  @Field(() => ID, { nullable: true }) cycleId?: string;
}

@InputType()
export class RouteFilter {
  @Field(() => String, { nullable: true }) q?: string;
  @Field(() => IdFilter, { nullable: true }) id?: IdFilter;
  @Field(() => StringFilter, { nullable: true }) code?: StringFilter;
  @Field(() => IdFilter, { nullable: true }) cycleId?: IdFilter;
}

export enum RouteOrderField {
  CODE = 'CODE',
}
registerEnumType(RouteOrderField, { name: 'RouteOrderField' });
const RouteOrder = OrderInput(RouteOrderField, 'Route');

@ArgsType()
export class RouteListArgs extends PageArgs {
  @Field(() => RouteFilter, { nullable: true }) filter?: RouteFilter;
  @Field(() => [RouteOrder], { nullable: true }) orderBy?: InstanceType<typeof RouteOrder>[];
}
