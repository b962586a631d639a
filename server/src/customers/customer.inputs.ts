import { ArgsType, Field, InputType, registerEnumType } from 'type-graphql';
import { OrderInput, PageArgs } from '../shared/graphql/connection.js';
import { DateTimeFilter, EnumFilter, IdFilter, StringFilter } from '../shared/graphql/filters.js';
import { CustomerClass } from './customer-class.js';

@InputType()
export class CustomerInput {
  @Field(() => String) name!: string;
  @Field(() => String, { nullable: true }) email?: string;
  @Field(() => String, { nullable: true }) phone?: string;
  @Field(() => String, { nullable: true }) mailingAddress?: string;
  @Field(() => CustomerClass) customerClass!: CustomerClass;
}

@InputType({ description: 'Fields to change; omitted fields stay as they are.' })
export class CustomerUpdateInput {
  @Field(() => String, { nullable: true }) name?: string;
  @Field(() => String, { nullable: true }) email?: string;
  @Field(() => String, { nullable: true }) phone?: string;
  @Field(() => String, { nullable: true }) mailingAddress?: string;
  @Field(() => CustomerClass, { nullable: true }) customerClass?: CustomerClass;
}

const CustomerClassFilter = EnumFilter(CustomerClass, 'CustomerClass');

@InputType()
export class CustomerFilter {
  @Field(() => String, { nullable: true, description: 'Searches name, number, email and phone.' }) q?: string;
  @Field(() => IdFilter, { nullable: true }) id?: IdFilter;
  @Field(() => StringFilter, { nullable: true }) number?: StringFilter;
  @Field(() => StringFilter, { nullable: true }) name?: StringFilter;
  @Field(() => StringFilter, { nullable: true }) email?: StringFilter;
  @Field(() => StringFilter, { nullable: true }) phone?: StringFilter;
  @Field(() => CustomerClassFilter, { nullable: true }) customerClass?: InstanceType<typeof CustomerClassFilter>;
  @Field(() => DateTimeFilter, { nullable: true }) createdAt?: DateTimeFilter;
}

export enum CustomerOrderField {
  NAME = 'NAME',
  NUMBER = 'NUMBER',
  CREATED_AT = 'CREATED_AT',
}
registerEnumType(CustomerOrderField, { name: 'CustomerOrderField' });
const CustomerOrder = OrderInput(CustomerOrderField, 'Customer');

@ArgsType()
export class CustomerListArgs extends PageArgs {
  @Field(() => CustomerFilter, { nullable: true }) filter?: CustomerFilter;
  @Field(() => [CustomerOrder], { nullable: true }) orderBy?: InstanceType<typeof CustomerOrder>[];
}
