/**
 * The engine's string unions and their wire enum numbers. The order of each list is the
 * order of the enum values (from 1) in proto/replan/v1/*.proto; 0 is always "absent".
 */
import type {
  ActionKind,
  CoverageCode,
  DemandType,
  ForecastReduction,
  IssueKind,
  LeadTimeUnit,
  PlannedOrderType,
  ReceiptKind,
  Severity,
  SupplyType,
} from '@replan/engine';
import { EnumCodec } from './common';

export const coverageCodes = new EnumCodec<CoverageCode>('coverage code', [
  'requirement',
  'period',
  'minMax',
  'manual',
]);
export const plannedOrderTypes = new EnumCodec<PlannedOrderType>('planned order type', [
  'purchase',
  'production',
  'transfer',
]);
/** Coverage settings' order type: the first two values of PlannedOrderType. */
export const coverageOrderTypes = new EnumCodec<'purchase' | 'production'>('order type', [
  'purchase',
  'production',
]);
export const leadTimeUnits = new EnumCodec<LeadTimeUnit>('lead time unit', [
  'calendarDays',
  'workingDays',
]);
export const forecastReductions = new EnumCodec<ForecastReduction>('forecast reduction', [
  'none',
  'transactionsDynamicPeriod',
  'percentReductionKey',
]);
export const supplyTypes = new EnumCodec<SupplyType>('supply type', [
  'purchase',
  'production',
  'transfer',
  'plannedOrder',
]);
export const demandTypes = new EnumCodec<DemandType>('demand type', [
  'sales',
  'productionComponent',
  'transferIssue',
]);
export const receiptKinds = new EnumCodec<ReceiptKind>('receipt kind', [
  'onHand',
  'supply',
  'plannedOrder',
]);
export const issueKinds = new EnumCodec<IssueKind>('issue kind', [
  'demand',
  'forecast',
  'plannedComponent',
  'plannedTransfer',
]);
export const actionKinds = new EnumCodec<ActionKind>('action kind', [
  'advance',
  'postpone',
  'increase',
  'decrease',
  'cancel',
]);
export const severities = new EnumCodec<Severity>('severity', ['error', 'warning', 'info']);
