import { ArgsType, Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { OrderInput, PageArgs } from '../shared/graphql/connection.js';
import { BooleanFilter, DateFilter, EnumFilter, IdFilter, StringFilter } from '../shared/graphql/filters.js';
import { DateScalar, MoneyScalar } from '../shared/graphql/scalars.js';
import { AccountStatus } from './account-status.js';

@InputType()
export class StartServiceInput {
  @Field(() => ID) customerId!: string;
  @Field(() => ID) premiseId!: string;
  @Field(() => DateScalar) startDate!: string;
  @Field(() => ID) cycleId!: string;
  @Field(() => [String]) rateScheduleCodes!: string[];
  @Field(() => MoneyScalar, { nullable: true, description: "Deposit required; omitted = the policy's deposit for the customer's class, 0 = waived." }) depositAmount?: string;
  @Field(() => Int, { nullable: true, defaultValue: 1 }) dwellingUnits?: number;
  @Field(() => Boolean, { nullable: true }) paperless?: boolean;
}

@InputType()
export class AccountUpdateInput {
  @Field(() => [String], { nullable: true }) rateScheduleCodes?: string[];
  @Field(() => Int, { nullable: true }) dwellingUnits?: number;
  @Field(() => ID, { nullable: true }) cycleId?: string;
  @Field(() => Boolean, { nullable: true }) paperless?: boolean;
  @Field(() => Boolean, { nullable: true }) penaltyExempt?: boolean;
}

const AccountStatusFilter = EnumFilter(AccountStatus, 'AccountStatus');

@InputType()
export class AccountFilter {
  @Field(() => String, { nullable: true, description: 'Searches the account number.' }) q?: string;
  @Field(() => IdFilter, { nullable: true }) id?: IdFilter;
  @Field(() => StringFilter, { nullable: true }) number?: StringFilter;
  @Field(() => AccountStatusFilter, { nullable: true }) status?: InstanceType<typeof AccountStatusFilter>;
  @Field(() => IdFilter, { nullable: true }) customerId?: IdFilter;
  @Field(() => IdFilter, { nullable: true }) premiseId?: IdFilter;
  @Field(() => IdFilter, { nullable: true }) cycleId?: IdFilter;
  @Field(() => StringFilter, { nullable: true }) customerName?: StringFilter;
  @Field(() => StringFilter, { nullable: true }) serviceAddress?: StringFilter;
  @Field(() => DateFilter, { nullable: true }) startDate?: DateFilter;
  @Field(() => BooleanFilter, { nullable: true }) paperless?: BooleanFilter;
}

export enum AccountOrderField {
  NUMBER = 'NUMBER',
  START_DATE = 'START_DATE',
  CREATED_AT = 'CREATED_AT',
}
registerEnumType(AccountOrderField, { name: 'AccountOrderField' });
const AccountOrder = OrderInput(AccountOrderField, 'Account');

@ArgsType()
export class AccountListArgs extends PageArgs {
  @Field(() => AccountFilter, { nullable: true }) filter?: AccountFilter;
  @Field(() => [AccountOrder], { nullable: true }) orderBy?: InstanceType<typeof AccountOrder>[];
}
