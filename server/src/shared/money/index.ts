export { Dec, dec, ZERO, ONE, HUNDRED, isDecimalText, maxDec, minDec, decimalText, compareDecimalText } from './decimal.js';
export { roundMoney, moneyText, isMoneyText, parseMoney, sumMoney } from './round-money.js';
export { allocate } from './allocate.js';
