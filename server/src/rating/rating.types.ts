import { Field, Int, ObjectType } from 'type-graphql';
import { DateScalar, DecimalScalar, MoneyScalar } from '../shared/graphql/scalars.js';
import { TierMode, WinterAverageMode } from './rating.inputs.js';
import { ServiceType, VolumeUnit } from './service-type.js';

@ObjectType()
export class FixedCharge {
  @Field(() => String) label!: string;
  @Field(() => MoneyScalar) amount!: string;
  @Field(() => String, { nullable: true }) meterSize!: string | null;
  @Field(() => Boolean) perDwellingUnit!: boolean;
}

@ObjectType()
export class Tier {
  @Field(() => DecimalScalar, { nullable: true }) upTo!: string | null;
  @Field(() => DecimalScalar) rate!: string;
  @Field(() => String, { nullable: true }) meterSize!: string | null;
  @Field(() => [Int], { nullable: true }) months!: number[] | null;
}

@ObjectType()
export class WinterAverage {
  @Field(() => [Int]) months!: number[];
  @Field(() => WinterAverageMode) mode!: WinterAverageMode;
  @Field(() => DecimalScalar, { nullable: true }) defaultUsage!: string | null;
}

/** The tariff of a version, as stored (validated) in rate_schedule.definition. */
@ObjectType()
export class RateDefinition {
  @Field(() => [FixedCharge]) fixedCharges!: FixedCharge[];
  @Field(() => [Tier]) tiers!: Tier[];
  @Field(() => TierMode) tierMode!: TierMode;
  @Field(() => Boolean) perDwellingUnit!: boolean;
  @Field(() => DecimalScalar, { nullable: true }) usageIncrement!: string | null;
  @Field(() => MoneyScalar, { nullable: true }) minimumCharge!: string | null;
  @Field(() => DecimalScalar, { nullable: true }) usageCap!: string | null;
  @Field(() => WinterAverage, { nullable: true }) winterAverage!: WinterAverage | null;
  @Field(() => ServiceType, { nullable: true }) percentOfService!: ServiceType | null;
  @Field(() => DecimalScalar, { nullable: true }) percent!: string | null;
  @Field(() => MoneyScalar, { nullable: true }) flatCharge!: string | null;
  @Field(() => DecimalScalar, { nullable: true }) taxPercent!: string | null;
  @Field(() => Boolean) prorate!: boolean;
}

@ObjectType({ description: 'One bill line with the sentence a clerk reads aloud.' })
export class ChargeLineView {
  @Field(() => ServiceType) service!: string;
  @Field(() => String) scheduleCode!: string;
  @Field(() => String, { description: 'FIXED, TIER, MINIMUM, FLAT, PERCENT or TAX.' }) kind!: string;
  @Field(() => String) description!: string;
  @Field(() => DecimalScalar, { nullable: true }) quantity!: string | null;
  @Field(() => VolumeUnit, { nullable: true }) unit!: string | null;
  @Field(() => DecimalScalar, { nullable: true }) rate!: string | null;
  @Field(() => MoneyScalar) amount!: string;
  @Field(() => String) explanation!: string;
  @Field(() => DateScalar) periodStart!: string;
  @Field(() => DateScalar) periodEnd!: string;
}

@ObjectType({ description: 'A what-if bill: lines that sum to the total.' })
export class ChargeQuote {
  @Field(() => [ChargeLineView]) lines!: ChargeLineView[];
  @Field(() => MoneyScalar) total!: string;
  @Field(() => Int) days!: number;
  @Field(() => [String], { description: 'Caps, winter averages and missing data worth telling the customer.' }) notes!: string[];
}
