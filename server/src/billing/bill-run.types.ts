import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { DateScalar, DecimalScalar, MoneyScalar } from '../shared/graphql/scalars.js';

@ObjectType({ description: 'How far a calculation has gone.' })
export class BillRunProgress {
  @Field(() => Int) done!: number;
  @Field(() => Int) total!: number;
  @Field(() => Float, { description: 'Accounts per second so far.' }) rate!: number;
  @Field(() => Int, { nullable: true, description: 'Estimated seconds to finish.' }) secondsLeft!: number | null;
}

@ObjectType()
export class RegisterLine {
  @Field(() => String) key!: string;
  @Field(() => Int) bills!: number;
  @Field(() => MoneyScalar) amount!: string;
  @Field(() => DecimalScalar, { description: 'Usage in gallons.' }) usage!: string;
}

@ObjectType()
export class RegisterChangeLine {
  @Field(() => String) key!: string;
  @Field(() => DecimalScalar) current!: string;
  @Field(() => DecimalScalar) previous!: string;
  @Field(() => DecimalScalar) difference!: string;
  @Field(() => DecimalScalar, { nullable: true, description: 'Percent change; null when the previous value is 0.' }) percent!: string | null;
}

@ObjectType({ description: 'The billing register: totals by service, rate and cycle, with the previous period.' })
export class BillingRegisterView {
  @Field(() => RegisterLine) total!: RegisterLine;
  @Field(() => [RegisterLine]) byService!: RegisterLine[];
  @Field(() => [RegisterLine]) bySchedule!: RegisterLine[];
  @Field(() => [RegisterLine]) byCycle!: RegisterLine[];
  @Field(() => ID, { nullable: true }) previousRunId!: string | null;
  @Field(() => [RegisterChangeLine], { description: 'Amounts by service against the previous run.' }) amountChangeByService!: RegisterChangeLine[];
  @Field(() => RegisterChangeLine) amountChange!: RegisterChangeLine;
  @Field(() => RegisterChangeLine) usageChange!: RegisterChangeLine;
  @Field(() => RegisterChangeLine) billCountChange!: RegisterChangeLine;
}

@ObjectType()
export class ExceptionCount {
  @Field(() => String) code!: string;
  @Field(() => Int) total!: number;
  @Field(() => Int) open!: number;
  @Field(() => Boolean) blocking!: boolean;
}

@ObjectType({ description: 'The reads of one meter over a bill period.' })
export class BillMeterRead {
  @Field(() => String) serialNumber!: string;
  @Field(() => DecimalScalar) previous!: string;
  @Field(() => DateScalar) previousOn!: string;
  @Field(() => DecimalScalar) current!: string;
  @Field(() => DateScalar) currentOn!: string;
  @Field(() => DecimalScalar) multiplier!: string;
  @Field(() => String) registerUnit!: string;
  @Field(() => DecimalScalar) gallons!: string;
  @Field(() => String, { description: 'NORMAL, ROLLOVER or NEGATIVE.' }) kind!: string;
  @Field(() => Boolean) estimated!: boolean;
}

@ObjectType()
export class ServiceTotal {
  @Field(() => String) service!: string;
  @Field(() => MoneyScalar) amount!: string;
}

@ObjectType({ description: 'What the customer owed before the bill and owes with it (as of the bill date).' })
export class BillStatement {
  @Field(() => MoneyScalar) previousBalance!: string;
  @Field(() => MoneyScalar, { description: 'Payments and credits since the previous bill.' }) paymentsAndCredits!: string;
  @Field(() => MoneyScalar) currentCharges!: string;
  @Field(() => MoneyScalar) amountDue!: string;
}
