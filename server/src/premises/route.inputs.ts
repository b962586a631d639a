import { ArgsType, Field, ID, InputType, registerEnumType } from 'type-graphql';
import { OrderInput, PageArgs } from '../shared/graphql/connection.js';
import { DateFilter } from '../shared/graphql/filters.js';
import { DateScalar } from '../shared/graphql/scalars.js';

@InputType({ description: 'Renames a route or moves it to another billing cycle (null: no cycle).' })
export class RouteUpdateInput {
  @Field(() => String, { nullable: true }) name?: string;
  @Field(() => ID, { nullable: true }) cycleId?: string | null;
}

@InputType({ description: 'The read order of a route: the premises in the order the reader walks them.' })
export class ResequenceRouteInput {
  @Field(() => String) routeCode!: string;
  @Field(() => [ID]) premiseIds!: string[];
}

@InputType({ description: 'Reads a premise right after another (first on its route when afterPremiseId is null).' })
export class MovePremiseInRouteInput {
  @Field(() => ID) premiseId!: string;
  @Field(() => ID, { nullable: true }) afterPremiseId?: string | null;
}

@InputType({ description: 'A scheduled read of a cycle; the window defaults to 5 days either side of the read date.' })
export class ReadScheduleInput {
  @Field(() => ID) cycleId!: string;
  @Field(() => DateScalar) readDate!: string;
  @Field(() => DateScalar, { nullable: true }) windowStart?: string;
  @Field(() => DateScalar, { nullable: true }) windowEnd?: string;
  @Field(() => String, { nullable: true }) note?: string;
}

@InputType()
export class ReadScheduleFilter {
  @Field(() => DateFilter, { nullable: true }) readDate?: DateFilter;
  @Field(() => DateFilter, { nullable: true }) windowEnd?: DateFilter;
}

export enum ReadScheduleOrderField {
  READ_DATE = 'READ_DATE',
}
registerEnumType(ReadScheduleOrderField, { name: 'ReadScheduleOrderField' });
const ReadScheduleOrder = OrderInput(ReadScheduleOrderField, 'ReadSchedule');

@ArgsType()
export class ReadScheduleArgs extends PageArgs {
  @Field(() => ID) cycleId!: string;
  @Field(() => DateScalar, { nullable: true, description: 'Read dates on or after this day.' }) from?: string;
  @Field(() => DateScalar, { nullable: true, description: 'Read dates on or before this day.' }) to?: string;
  @Field(() => ReadScheduleFilter, { nullable: true }) filter?: ReadScheduleFilter;
  @Field(() => [ReadScheduleOrder], { nullable: true }) orderBy?: InstanceType<typeof ReadScheduleOrder>[];
}
