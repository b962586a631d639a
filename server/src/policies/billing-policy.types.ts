import { Field, InputType, ObjectType } from 'type-graphql';
import { CustomerClass } from '../customers/customer-class.js';
import { MoneyScalar } from '../shared/graphql/scalars.js';

@ObjectType({ description: 'The deposit a new account of a customer class pays (0: none).' })
export class ClassDeposit {
  @Field(() => CustomerClass) customerClass!: CustomerClass;
  @Field(() => MoneyScalar) amount!: string;
}

@InputType()
export class ClassDepositInput {
  @Field(() => CustomerClass) customerClass!: CustomerClass;
  @Field(() => MoneyScalar) amount!: string;
}
