import { Field, InputType, registerEnumType } from 'type-graphql';

/** File layouts the importers know (api-contract.md "File imports"); anything else is refused by the schema. */
export enum ImportFormat {
  AMI_CSV = 'AMI_CSV',
  BEACON_CSV = 'BEACON_CSV',
  NEPTUNE_ROUTE = 'NEPTUNE_ROUTE',
  LOCKBOX_CSV = 'LOCKBOX_CSV',
  LOCKBOX_FIXED = 'LOCKBOX_FIXED',
  CARD_SETTLEMENT_CSV = 'CARD_SETTLEMENT_CSV',
  NACHA_RETURN = 'NACHA_RETURN',
}
registerEnumType(ImportFormat, {
  name: 'ImportFormat',
  valuesConfig: {
    AMI_CSV: { description: 'importMeterReads: our documented generic AMI layout (docs/file-layouts.md).' },
    BEACON_CSV: { description: 'importMeterReads: Badger BEACON export.' },
    NEPTUNE_ROUTE: { description: 'importMeterReads: a completed Neptune route file (RDGDT readings).' },
    LOCKBOX_CSV: { description: 'importPayments: header-driven lockbox CSV.' },
    LOCKBOX_FIXED: { description: 'importPayments: 80-character bank lockbox file.' },
    CARD_SETTLEMENT_CSV: { description: 'importPayments: card processor settlement.' },
    NACHA_RETURN: { description: 'importPayments: ACH returns (addenda 99) and notifications of change (addenda 98).' },
  },
});

@InputType({ description: "A file to import: its layout, name and text. A file already imported imports nothing." })
export class FileImportInput {
  @Field(() => ImportFormat) format!: ImportFormat;
  @Field(() => String) fileName!: string;
  @Field(() => String, { description: "The file's text." }) content!: string;
}
