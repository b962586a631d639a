import { ArgsType, Field, InputType, Int, registerEnumType } from 'type-graphql';
import { OrderInput, PageArgs } from '../shared/graphql/connection.js';
import { IdFilter, IntFilter, StringFilter } from '../shared/graphql/filters.js';

@InputType()
export class BillingCycleInput {
  @Field(() => String) code!: string;
  @Field(() => String) name!: string;
  @Field(() => Int) standardDays!: number;
  @Field(() => Int, { nullable: true }) dueDays?: number;
}

@InputType()
export class BillingCycleUpdateInput {
  @Field(() => String, { nullable: true }) name?: string;
  @Field(() => Int, { nullable: true }) standardDays?: number;
  @Field(() => Int, { nullable: true }) dueDays?: number;
}

@InputType()
export class BillingCycleFilter {
  @Field(() => String, { nullable: true }) q?: string;
  @Field(() => IdFilter, { nullable: true }) id?: IdFilter;
  @Field(() => StringFilter, { nullable: true }) code?: StringFilter;
  @Field(() => StringFilter, { nullable: true }) name?: StringFilter;
  @Field(() => IntFilter, { nullable: true }) standardDays?: IntFilter;
}

export enum BillingCycleOrderField {
  CODE = 'CODE',
  NAME = 'NAME',
}
registerEnumType(BillingCycleOrderField, { name: 'BillingCycleOrderField' });
const BillingCycleOrder = OrderInput(BillingCycleOrderField, 'BillingCycle');

@ArgsType()
export class BillingCycleListArgs extends PageArgs {
  @Field(() => BillingCycleFilter, { nullable: true }) filter?: BillingCycleFilter;
  @Field(() => [BillingCycleOrder], { nullable: true }) orderBy?: InstanceType<typeof BillingCycleOrder>[];
}
