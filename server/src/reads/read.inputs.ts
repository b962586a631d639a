import { ArgsType, Field, ID, InputType, registerEnumType } from 'type-graphql';
import { OrderInput, PageArgs } from '../shared/graphql/connection.js';
import { DateFilter, EnumFilter, IdFilter } from '../shared/graphql/filters.js';
import { DateScalar, DateTimeScalar, DecimalScalar } from '../shared/graphql/scalars.js';
import { MeterReadSource, MeterReadStatus, ReadPurpose } from './read-enums.js';

@InputType()
export class MeterReadInput {
  @Field(() => ID) meterId!: string;
  @Field(() => DateScalar) readOn!: string;
  @Field(() => DecimalScalar, { description: 'The register reading as shown on the dials.' }) value!: string;
  @Field(() => MeterReadSource) source!: MeterReadSource;
  @Field(() => DateTimeScalar, { nullable: true, description: 'Exact time when known (AMI); otherwise midday of readOn.' }) readAt?: Date;
  @Field(() => ReadPurpose, { nullable: true }) purpose?: ReadPurpose;
  @Field(() => [String], { nullable: true }) flags?: string[];
  @Field(() => String, { nullable: true }) note?: string;
}

@InputType({ description: 'Replaces a wrong read; the old one is kept with status CORRECTED.' })
export class CorrectMeterReadInput {
  @Field(() => ID) readId!: string;
  @Field(() => DecimalScalar) value!: string;
  @Field(() => String) note!: string;
}

const SourceFilter = EnumFilter(MeterReadSource, 'MeterReadSource');
const StatusFilter = EnumFilter(MeterReadStatus, 'MeterReadStatus');
const PurposeFilter = EnumFilter(ReadPurpose, 'ReadPurpose');

@InputType()
export class MeterReadFilter {
  @Field(() => IdFilter, { nullable: true }) id?: IdFilter;
  @Field(() => IdFilter, { nullable: true }) meterId?: IdFilter;
  @Field(() => DateFilter, { nullable: true }) readOn?: DateFilter;
  @Field(() => SourceFilter, { nullable: true }) source?: InstanceType<typeof SourceFilter>;
  @Field(() => StatusFilter, { nullable: true }) status?: InstanceType<typeof StatusFilter>;
  @Field(() => PurposeFilter, { nullable: true }) purpose?: InstanceType<typeof PurposeFilter>;
  @Field(() => IdFilter, { nullable: true }) importId?: IdFilter;
}

export enum MeterReadOrderField {
  READ_AT = 'READ_AT',
  CREATED_AT = 'CREATED_AT',
}
registerEnumType(MeterReadOrderField, { name: 'MeterReadOrderField' });
const MeterReadOrder = OrderInput(MeterReadOrderField, 'MeterRead');

@ArgsType()
export class MeterReadListArgs extends PageArgs {
  @Field(() => MeterReadFilter, { nullable: true }) filter?: MeterReadFilter;
  @Field(() => [MeterReadOrder], { nullable: true }) orderBy?: InstanceType<typeof MeterReadOrder>[];
}
