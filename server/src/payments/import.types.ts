import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { OrderInput, PageArgs } from '../shared/graphql/connection.js';
import { DateTimeFilter, StringFilter } from '../shared/graphql/filters.js';
import { MoneyScalar } from '../shared/graphql/scalars.js';

@ObjectType('PaymentImportMessage', { description: 'A finding about one line of an imported file.' })
export class ImportMessage {
  @Field(() => Int) line!: number;
  @Field(() => String) message!: string;
}

/** api-contract.md: PaymentImportResult { imported duplicates reversed suspense total }, and more. */
@ObjectType({ description: 'What an imported payment file did.' })
export class PaymentImportResult {
  @Field(() => ID, { nullable: true, description: 'The import record (null when the file changed nothing).' }) fileId!: string | null;
  @Field(() => ID, { nullable: true, description: 'The batch of the imported payments.' }) batchId!: string | null;
  @Field(() => Int, { description: 'Payments written (including those put in suspense) and card refunds or chargebacks.' }) imported!: number;
  @Field(() => Int, { description: 'Lines already imported (the same file again, or lines of an earlier file): nothing written for them.' }) duplicates!: number;
  @Field(() => Int, { description: 'ACH payments reversed by the returns of the file.' }) reversed!: number;
  @Field(() => Int, { description: 'Payments whose account could not be matched: in the suspense queue.' }) suspense!: number;
  @Field(() => Int, { description: 'Notifications of change recorded.' }) notices!: number;
  @Field(() => Int, { description: 'Returns whose payment could not be found (recorded for a person to look at).' }) unmatched!: number;
  @Field(() => Int, { description: 'Returns of payments already reversed.' }) skipped!: number;
  @Field(() => MoneyScalar, { description: 'Money of the payments imported (or of the payments reversed, for returns).' }) total!: string;
  @Field(() => [ImportMessage]) warnings!: ImportMessage[];
}

@InputType({ description: 'A BAI2 bank report to reconcile against the day’s batches.' })
export class BankReportInput {
  @Field(() => String) fileName!: string;
  @Field(() => String, { description: "The file's text." }) content!: string;
}

@InputType()
export class PaymentImportFileFilter {
  @Field(() => String, { nullable: true }) q?: string;
  @Field(() => StringFilter, { nullable: true }) format?: StringFilter;
  @Field(() => StringFilter, { nullable: true }) fileName?: StringFilter;
  @Field(() => DateTimeFilter, { nullable: true }) importedAt?: DateTimeFilter;
}

export enum PaymentImportFileOrderField {
  IMPORTED_AT = 'IMPORTED_AT',
}
registerEnumType(PaymentImportFileOrderField, { name: 'PaymentImportFileOrderField' });
const PaymentImportFileOrder = OrderInput(PaymentImportFileOrderField, 'PaymentImportFile');

@ArgsType()
export class PaymentImportFileListArgs extends PageArgs {
  @Field(() => PaymentImportFileFilter, { nullable: true }) filter?: PaymentImportFileFilter;
  @Field(() => [PaymentImportFileOrder], { nullable: true }) orderBy?: InstanceType<typeof PaymentImportFileOrder>[];
}
