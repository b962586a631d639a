import { ArgsType, Field, InputType, registerEnumType } from 'type-graphql';
import { OrderInput, PageArgs } from '../shared/graphql/connection.js';
import { StringFilter } from '../shared/graphql/filters.js';

@InputType({ description: 'A GL account pair; an existing rule + qualifier is changed, a new one added.' })
export class GlAccountMappingInput {
  @Field(() => String) rule!: string;
  @Field(() => String, { nullable: true, description: "'' or omitted: the rule's default." }) qualifier?: string;
  @Field(() => String) debit!: string;
  @Field(() => String) credit!: string;
  @Field(() => String, { nullable: true }) description?: string;
}

@InputType()
export class GlAccountMappingFilter {
  @Field(() => String, { nullable: true }) q?: string;
  @Field(() => StringFilter, { nullable: true }) rule?: StringFilter;
  @Field(() => StringFilter, { nullable: true }) qualifier?: StringFilter;
}

export enum GlAccountMappingOrderField {
  RULE = 'RULE',
}
registerEnumType(GlAccountMappingOrderField, { name: 'GlAccountMappingOrderField' });
const GlAccountMappingOrder = OrderInput(GlAccountMappingOrderField, 'GlAccountMapping');

@ArgsType()
export class GlAccountMappingListArgs extends PageArgs {
  @Field(() => GlAccountMappingFilter, { nullable: true }) filter?: GlAccountMappingFilter;
  @Field(() => [GlAccountMappingOrder], { nullable: true }) orderBy?: InstanceType<typeof GlAccountMappingOrder>[];
}
