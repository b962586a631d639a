import { Field, Int, ObjectType } from 'type-graphql';
import { DateScalar, MoneyScalar } from '../shared/graphql/scalars.js';

@ObjectType({ description: 'One kind of bank credit on one day against what the books expect.' })
export class BankReconciliationLine {
  @Field(() => DateScalar) date!: string;
  @Field(() => String, { description: 'LOCKBOX (115/118), ACH (165/166/169/142 not from the card processor), CARD (merchant settlement credits), COUNTER (175/301 deposits), RETURNED_ITEM (555), OTHER.' })
  category!: string;
  @Field(() => MoneyScalar) bankAmount!: string;
  @Field(() => Int) bankItems!: number;
  @Field(() => MoneyScalar, { nullable: true, description: 'What our batches say the bank should have credited (null: not reconciled).' }) bookAmount!: string | null;
  @Field(() => MoneyScalar, { nullable: true, description: 'bank − book.' }) difference!: string | null;
  @Field(() => Boolean) matched!: boolean;
}

@ObjectType({ description: 'A BAI2 bank report reconciled against the day’s payment batches.' })
export class BankReconciliation {
  @Field(() => String) fileName!: string;
  @Field(() => String) senderId!: string;
  @Field(() => DateScalar, { nullable: true }) creationDate!: string | null;
  @Field(() => [BankReconciliationLine]) lines!: BankReconciliationLine[];
  @Field(() => [String], { description: 'Bank-specific type codes (kept, listed as OTHER).' }) unknownTypeCodes!: string[];
  @Field(() => Boolean, { description: 'Every reconciled line matches.' }) balanced!: boolean;
}
