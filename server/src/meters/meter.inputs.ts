import { ArgsType, Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { OrderInput, PageArgs } from '../shared/graphql/connection.js';
import { EnumFilter, IdFilter, StringFilter } from '../shared/graphql/filters.js';
import { DateScalar, DecimalScalar } from '../shared/graphql/scalars.js';
import { MeterStatus, RegisterUnit } from './meter-enums.js';

@InputType()
export class MeterInput {
  @Field(() => String) serialNumber!: string;
  @Field(() => String, { description: '5/8, 3/4, 1, 1-1/2, 2, 3, 4, 6 or 8 (an inch mark is accepted).' }) size!: string;
  @Field(() => RegisterUnit) registerUnit!: RegisterUnit;
  @Field(() => DecimalScalar, { nullable: true, defaultValue: '1' }) multiplier?: string;
  @Field(() => Int) dials!: number;
  @Field(() => String, { nullable: true }) amiEndpointId?: string;
  @Field(() => String, { nullable: true }) manufacturer?: string;
  @Field(() => String, { nullable: true }) model?: string;
}

@InputType()
export class MeterUpdateInput {
  @Field(() => String, { nullable: true }) size?: string;
  @Field(() => DecimalScalar, { nullable: true }) multiplier?: string;
  @Field(() => Int, { nullable: true }) dials?: number;
  @Field(() => String, { nullable: true }) amiEndpointId?: string;
  @Field(() => String, { nullable: true }) manufacturer?: string;
  @Field(() => String, { nullable: true }) model?: string;
  @Field(() => MeterStatus, { nullable: true, description: 'Only IN_STOCK ↔ RETIRED here; install and remove set the rest.' })
  status?: MeterStatus;
}

@InputType()
export class InstallMeterInput {
  @Field(() => ID) meterId!: string;
  @Field(() => ID) premiseId!: string;
  @Field(() => DateScalar) installedOn!: string;
  @Field(() => DecimalScalar, { description: 'The register reading when set.' }) initialRead!: string;
}

@InputType({ description: 'Takes a meter out of its premise (a change-out removes the old meter, then installs the new one).' })
export class RemoveMeterInput {
  @Field(() => ID) meterId!: string;
  @Field(() => DateScalar) removedOn!: string;
  @Field(() => DecimalScalar, { description: 'The register reading when removed.' }) finalRead!: string;
}

const RegisterUnitFilter = EnumFilter(RegisterUnit, 'RegisterUnit');
const MeterStatusFilter = EnumFilter(MeterStatus, 'MeterStatus');

@InputType()
export class MeterFilter {
  @Field(() => String, { nullable: true, description: 'Searches serial number and AMI endpoint.' }) q?: string;
  @Field(() => IdFilter, { nullable: true }) id?: IdFilter;
  @Field(() => StringFilter, { nullable: true }) serialNumber?: StringFilter;
  @Field(() => StringFilter, { nullable: true }) amiEndpointId?: StringFilter;
  @Field(() => StringFilter, { nullable: true }) size?: StringFilter;
  @Field(() => RegisterUnitFilter, { nullable: true }) registerUnit?: InstanceType<typeof RegisterUnitFilter>;
  @Field(() => MeterStatusFilter, { nullable: true }) status?: InstanceType<typeof MeterStatusFilter>;
}

export enum MeterOrderField {
  SERIAL_NUMBER = 'SERIAL_NUMBER',
  SIZE = 'SIZE',
  CREATED_AT = 'CREATED_AT',
}
registerEnumType(MeterOrderField, { name: 'MeterOrderField' });
const MeterOrder = OrderInput(MeterOrderField, 'Meter');

@ArgsType()
export class MeterListArgs extends PageArgs {
  @Field(() => MeterFilter, { nullable: true }) filter?: MeterFilter;
  @Field(() => [MeterOrder], { nullable: true }) orderBy?: InstanceType<typeof MeterOrder>[];
}
