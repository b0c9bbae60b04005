/** Coverage settings columns, shared by coverage groups, item coverage and plan defaults. */
import type { CoverageSettings } from '@replan/engine';
import {
  cell,
  column,
  decodeOptBool,
  decodeOptNumber,
  encodeOptBool,
  encodeOptNumber,
  type DictionaryBuilder,
  type DictionaryReader,
} from './common';
import { coverageCodes, coverageOrderTypes, forecastReductions, leadTimeUnits } from './enums';
import type { replan } from './gen/replan';

type CoverageColumns = replan.v1.CoverageColumns.$Properties;

const NUMBER_KEYS = [
  'coveragePeriod',
  'coverageTimeFence',
  'negativeDays',
  'positiveDays',
  'minimumInventory',
  'maximumInventory',
  'purchaseLeadTime',
  'productionLeadTime',
  'transferLeadTime',
  'minOrderQuantity',
  'maxOrderQuantity',
  'orderMultiple',
  'issueMargin',
  'receiptMargin',
  'reorderMargin',
  'actionFence',
  'advanceMargin',
  'postponeMargin',
  'firmingFence',
] as const satisfies readonly (keyof CoverageSettings & keyof CoverageColumns)[];

type NumberKey = (typeof NUMBER_KEYS)[number];

/** Encodes the settings of each row as coverage columns. */
export function encodeCoverage(
  rows: readonly CoverageSettings[],
  dict: DictionaryBuilder,
): CoverageColumns {
  const numbers = new Map<NumberKey, number[]>(NUMBER_KEYS.map((k) => [k, []]));
  const coverageCode: number[] = [];
  const dynamicPositiveDays: number[] = [];
  const orderType: number[] = [];
  const leadTimeUnit: number[] = [];
  const calendar: number[] = [];
  const forecastReduction: number[] = [];
  const reductionKey: number[] = [];
  for (const row of rows) {
    for (const [key, col] of numbers) col.push(encodeOptNumber(row[key]));
    coverageCode.push(coverageCodes.encodeOpt(row.coverageCode));
    dynamicPositiveDays.push(encodeOptBool(row.dynamicPositiveDays));
    orderType.push(coverageOrderTypes.encodeOpt(row.orderType));
    leadTimeUnit.push(leadTimeUnits.encodeOpt(row.leadTimeUnit));
    calendar.push(dict.opt(row.calendar));
    forecastReduction.push(forecastReductions.encodeOpt(row.forecastReduction));
    reductionKey.push(dict.opt(row.reductionKey));
  }
  const cols: CoverageColumns = {
    coverageCode,
    dynamicPositiveDays,
    orderType,
    leadTimeUnit,
    calendar,
    forecastReduction,
    reductionKey,
  };
  for (const [key, col] of numbers) cols[key] = col;
  return cols;
}

/** Reads coverage columns back into one settings object per row (absent fields left out). */
export function decodeCoverage(
  cols: CoverageColumns | null | undefined,
  targets: readonly CoverageSettings[],
  dict: DictionaryReader,
  where: string,
): void {
  const rows = targets.length;
  const col = <V>(values: readonly V[] | null | undefined, name: string): readonly V[] =>
    column(values, rows, name, where);
  const numbers = NUMBER_KEYS.map((key) => [key, col(cols?.[key], key)] as const);
  const coverageCode = col(cols?.coverageCode, 'coverageCode');
  const dynamicPositiveDays = col(cols?.dynamicPositiveDays, 'dynamicPositiveDays');
  const orderType = col(cols?.orderType, 'orderType');
  const leadTimeUnit = col(cols?.leadTimeUnit, 'leadTimeUnit');
  const calendar = col(cols?.calendar, 'calendar');
  const forecastReduction = col(cols?.forecastReduction, 'forecastReduction');
  const reductionKey = col(cols?.reductionKey, 'reductionKey');
  targets.forEach((s, i) => {
    for (const [key, values] of numbers) {
      const v = decodeOptNumber(cell(values, i));
      if (v !== undefined) s[key] = v;
    }
    const code = coverageCodes.decodeOpt(cell(coverageCode, i));
    if (code !== undefined) s.coverageCode = code;
    const dynamic = decodeOptBool(cell(dynamicPositiveDays, i));
    if (dynamic !== undefined) s.dynamicPositiveDays = dynamic;
    const type = coverageOrderTypes.decodeOpt(cell(orderType, i));
    if (type !== undefined) s.orderType = type;
    const unit = leadTimeUnits.decodeOpt(cell(leadTimeUnit, i));
    if (unit !== undefined) s.leadTimeUnit = unit;
    const cal = dict.opt(cell(calendar, i), 'calendar');
    if (cal !== undefined) s.calendar = cal;
    const reduction = forecastReductions.decodeOpt(cell(forecastReduction, i));
    if (reduction !== undefined) s.forecastReduction = reduction;
    const key = dict.opt(cell(reductionKey, i), 'reductionKey');
    if (key !== undefined) s.reductionKey = key;
  });
}
