import { ArgsType, Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { OrderInput, PageArgs } from '../shared/graphql/connection.js';
import { DateFilter, EnumFilter, IdFilter, StringFilter } from '../shared/graphql/filters.js';
import { DateScalar, DecimalScalar, MoneyScalar } from '../shared/graphql/scalars.js';
import { ServiceType, VolumeUnit } from './service-type.js';

export enum TierMode {
  INCREMENTAL = 'INCREMENTAL',
  ALL_UNITS = 'ALL_UNITS',
}
registerEnumType(TierMode, {
  name: 'TierMode',
  valuesConfig: {
    INCREMENTAL: { description: "Each band's usage at its own rate (the default)." },
    ALL_UNITS: { description: 'All usage at the rate of the band reached.' },
  },
});

export enum WinterAverageMode {
  CAP = 'CAP',
  REPLACE = 'REPLACE',
}
registerEnumType(WinterAverageMode, {
  name: 'WinterAverageMode',
  valuesConfig: { CAP: { description: 'Bill min(usage, winter average).' }, REPLACE: { description: 'Bill the winter average whatever the usage.' } },
});

export enum UsageUnit {
  GALLON = 'GALLON',
  KGAL = 'KGAL',
  CCF = 'CCF',
  CUBIC_FOOT = 'CUBIC_FOOT',
}
registerEnumType(UsageUnit, { name: 'UsageUnit' });

@InputType()
export class FixedChargeInput {
  @Field(() => String) label!: string;
  @Field(() => MoneyScalar) amount!: string;
  @Field(() => String, { nullable: true, description: 'Meter size this row applies to; null = any size.' }) meterSize?: string;
  @Field(() => Boolean, { nullable: true, description: 'Charged per dwelling unit.' }) perDwellingUnit?: boolean;
}

@InputType()
export class TierInput {
  @Field(() => DecimalScalar, { nullable: true, description: 'Upper limit (inclusive) in the volume unit; null = no limit.' }) upTo?: string;
  @Field(() => DecimalScalar, { description: 'Dollars per volume unit.' }) rate!: string;
  @Field(() => String, { nullable: true, description: 'Band applies to this meter size only.' }) meterSize?: string;
  @Field(() => [Int], { nullable: true, description: 'Months of the year (1–12) the band applies in.' }) months?: number[];
}

@InputType()
export class WinterAverageInput {
  @Field(() => [Int]) months!: number[];
  @Field(() => WinterAverageMode) mode!: WinterAverageMode;
  @Field(() => DecimalScalar, { nullable: true, description: 'Usage per standard period without a winter history.' }) defaultUsage?: string;
}

@InputType({ description: 'A rate schedule version; the same code with a later effectiveFrom is a new version.' })
export class RateScheduleInput {
  @Field(() => String) code!: string;
  @Field(() => String) name!: string;
  @Field(() => ServiceType) service!: ServiceType;
  @Field(() => VolumeUnit) volumeUnit!: VolumeUnit;
  @Field(() => DateScalar) effectiveFrom!: string;
  @Field(() => [FixedChargeInput], { nullable: true }) fixedCharges?: FixedChargeInput[];
  @Field(() => [TierInput], { nullable: true }) tiers?: TierInput[];
  @Field(() => TierMode, { nullable: true }) tierMode?: TierMode;
  @Field(() => Boolean, { nullable: true, description: 'Band limits × dwelling units.' }) perDwellingUnit?: boolean;
  @Field(() => DecimalScalar, { nullable: true, description: 'Billable usage rounded down to a multiple of this.' }) usageIncrement?: string;
  @Field(() => MoneyScalar, { nullable: true }) minimumCharge?: string;
  @Field(() => DecimalScalar, { nullable: true }) usageCap?: string;
  @Field(() => WinterAverageInput, { nullable: true }) winterAverage?: WinterAverageInput;
  @Field(() => ServiceType, { nullable: true }) percentOfService?: ServiceType;
  @Field(() => DecimalScalar, { nullable: true, description: 'Percent (10 means 10 %).' }) percent?: string;
  @Field(() => MoneyScalar, { nullable: true }) flatCharge?: string;
  @Field(() => DecimalScalar, { nullable: true }) taxPercent?: string;
  @Field(() => Boolean, { nullable: true, description: 'Prorate band limits on partial periods (default true).' }) prorate?: boolean;
}

@InputType({ description: 'A what-if bill for any usage, rated by exactly the code path of real bills.' })
export class ChargeQuoteInput {
  @Field(() => [String]) rateScheduleCodes!: string[];
  @Field(() => String, { nullable: true }) meterSize?: string;
  @Field(() => DecimalScalar) usage!: string;
  @Field(() => UsageUnit, { nullable: true, defaultValue: UsageUnit.GALLON }) usageUnit?: UsageUnit;
  @Field(() => DateScalar) periodStart!: string;
  @Field(() => DateScalar) periodEnd!: string;
  @Field(() => Boolean, { nullable: true, description: 'Move-in, final or off-cycle: prorate fixed charges and bands.' }) partialPeriod?: boolean;
  @Field(() => Int, { nullable: true, defaultValue: 1 }) dwellingUnits?: number;
  @Field(() => Int, { nullable: true, description: "The cycle's standard days (default 30)." }) standardDays?: number;
}

const ServiceTypeFilter = EnumFilter(ServiceType, 'ServiceType');

@InputType()
export class RateScheduleFilter {
  @Field(() => String, { nullable: true }) q?: string;
  @Field(() => IdFilter, { nullable: true }) id?: IdFilter;
  @Field(() => StringFilter, { nullable: true }) code?: StringFilter;
  @Field(() => ServiceTypeFilter, { nullable: true }) service?: InstanceType<typeof ServiceTypeFilter>;
  @Field(() => DateFilter, { nullable: true }) effectiveFrom?: DateFilter;
  @Field(() => DateFilter, { nullable: true }) retiredOn?: DateFilter;
}

export enum RateScheduleOrderField {
  CODE = 'CODE',
  EFFECTIVE_FROM = 'EFFECTIVE_FROM',
}
registerEnumType(RateScheduleOrderField, { name: 'RateScheduleOrderField' });
const RateScheduleOrder = OrderInput(RateScheduleOrderField, 'RateSchedule');

@ArgsType()
export class RateScheduleListArgs extends PageArgs {
  @Field(() => RateScheduleFilter, { nullable: true }) filter?: RateScheduleFilter;
  @Field(() => [RateScheduleOrder], { nullable: true }) orderBy?: InstanceType<typeof RateScheduleOrder>[];
}

@InputType()
export class RetireRateScheduleInput {
  @Field(() => String) code!: string;
  @Field(() => DateScalar, { description: 'First day the schedule is no longer billed.' }) retiredOn!: string;
}

export { ID };
