import { dec, roundMoney } from '../../shared/money/index.js';

/** The demo utility's tariffs (createRateSchedule inputs), shaped on published Texas city rates. */
const sizes = [['5/8', '18.40'], ['3/4', '22.10'], ['1', '31.75'], ['1-1/2', '46.00'], ['2', '58.20']] as const;

export const DEMO_TARIFFS = [
  {
    code: 'W-RES-IN', name: 'Residential water, inside city', service: 'WATER', volumeUnit: 'KGAL', effectiveFrom: '2025-01-01',
    fixedCharges: sizes.map(([meterSize, amount]) => ({ label: 'Base charge', amount, meterSize })),
    tiers: [{ upTo: '2', rate: '0' }, { upTo: '5', rate: '5.50' }, { upTo: '15', rate: '6.25' }, { upTo: null, rate: '7.80' }],
  },
  {
    code: 'W-RES-OUT', name: 'Residential water, outside city', service: 'WATER', volumeUnit: 'KGAL', effectiveFrom: '2025-01-01',
    fixedCharges: sizes.map(([meterSize, amount]) => ({ label: 'Base charge', amount: roundMoney(dec(amount).times('1.5')).toFixed(2), meterSize })),
    tiers: [{ upTo: '2', rate: '0' }, { upTo: '5', rate: '8.25' }, { upTo: '15', rate: '9.40' }, { upTo: null, rate: '11.70' }],
  },
  {
    code: 'W-COM', name: 'Commercial water', service: 'WATER', volumeUnit: 'KGAL', effectiveFrom: '2025-01-01',
    fixedCharges: sizes.map(([meterSize, amount]) => ({ label: 'Base charge', amount: roundMoney(dec(amount).times('1.25')).toFixed(2), meterSize })),
    tiers: [{ upTo: null, rate: '6.10' }], minimumCharge: '35.00',
  },
  {
    code: 'S-RES', name: 'Residential sewer', service: 'SEWER', volumeUnit: 'KGAL', effectiveFrom: '2025-01-01',
    fixedCharges: [{ label: 'Sewer base charge', amount: '21.00' }], tiers: [{ upTo: null, rate: '4.75' }], usageCap: '12',
  },
  {
    code: 'S-COM', name: 'Commercial sewer', service: 'SEWER', volumeUnit: 'KGAL', effectiveFrom: '2025-01-01',
    fixedCharges: [{ label: 'Sewer base charge', amount: '32.00' }], tiers: [{ upTo: null, rate: '5.20' }],
  },
  { code: 'T-RES', name: 'Residential trash collection', service: 'SOLID_WASTE', volumeUnit: 'GALLON', effectiveFrom: '2025-01-01', flatCharge: '24.50' },
  { code: 'SW', name: 'Stormwater utility fee', service: 'STORMWATER', volumeUnit: 'GALLON', effectiveFrom: '2025-01-01', flatCharge: '6.00' },
];

/** A rate increase taking effect in the middle of the demo's current month (a split period to explain). */
export const demoRateChange = (effectiveFrom: string) => ({
  ...DEMO_TARIFFS[0]!, effectiveFrom,
  tiers: [{ upTo: '2', rate: '0' }, { upTo: '5', rate: '5.80' }, { upTo: '15', rate: '6.60' }, { upTo: null, rate: '8.20' }],
});
