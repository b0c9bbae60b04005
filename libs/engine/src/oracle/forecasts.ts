/**
 * Forecast reduction (docs/planning-semantics.md, "Forecasts"): what is left of each planned
 * forecast line of one node.
 */
import type { Dataset, Forecast } from '../model/dataset';
import { compareIds } from './graph';
import { dayOf, type Day } from './days';
import type { OracleSettings } from './settings';

export interface PlannedForecast {
  forecast: Forecast;
  day: Day;
  remaining: number;
}

/**
 * The forecast lines of a node that are planned: "Forecasts dated today or earlier are not
 * planned; forecasts beyond the coverage time fence neither."
 */
export function plannedForecasts(
  dataset: Dataset,
  item: string,
  warehouse: string,
  s: OracleSettings,
  today: Day,
  allSales = false,
): PlannedForecast[] {
  const model = dataset.plan.forecastModel;
  if (model === undefined) return []; // "No forecast model on the plan: no forecasts."
  const ofNode = (dataset.forecasts ?? []).filter(
    (f) => f.model === model && f.item === item && f.warehouse === warehouse,
  );
  const planned = ofNode
    .filter((f) => dayOf(f.date) > today && dayOf(f.date) <= today + s.coverageTimeFence)
    .sort((a, b) => dayOf(a.date) - dayOf(b.date) || compareIds(a.id, b.id))
    .map((f) => ({ forecast: f, day: dayOf(f.date), remaining: f.quantity }));

  if (s.forecastReduction === 'transactionsDynamicPeriod') {
    // "a forecast line covers the days from its date up to the next forecast date of the same
    // node (open-ended for the last). Sales lines dated in that span reduce it, never below
    // zero; what they exceed it by is not carried to another line." The next forecast date
    // counts even when that forecast is beyond the fence (a review case).
    // READING reducingSales (doc silent): only sales lines the run reads (inside the fence)
    // reduce.
    const forecastDays = [...new Set(ofNode.map((f) => dayOf(f.date)))].sort((a, b) => a - b);
    const sales = (dataset.demand ?? []).filter(
      (d) =>
        d.type === 'sales' &&
        d.item === item &&
        d.warehouse === warehouse &&
        (allSales || dayOf(d.date) <= today + s.coverageTimeFence),
    );
    const spanDays = [...new Set(planned.map((p) => p.day))];
    for (const start of spanDays) {
      const end = forecastDays.find((d) => d > start) ?? Infinity;
      let sold = sales
        .filter((d) => dayOf(d.date) >= start && dayOf(d.date) < end)
        .reduce((sum, d) => sum + d.quantity, 0);
      // "Forecast lines of one node on the same date share one span and are reduced in id order."
      for (const line of planned.filter((p) => p.day === start)) {
        const taken = Math.min(line.remaining, sold);
        line.remaining -= taken;
        sold -= taken;
      }
    }
  } else if (s.forecastReduction === 'percentReductionKey') {
    // "the forecast is reduced by the percentage of the reduction key's period its date falls
    // in (a period runs from its from date to the next one's; before the first period there is
    // no reduction)."
    // READING (doc silent): without a reduction key there is no reduction.
    const key = (dataset.reductionKeys ?? []).find((k) => k.id === s.reductionKey);
    const periods = [...(key?.periods ?? [])].sort((a, b) => dayOf(a.from) - dayOf(b.from));
    for (const line of planned) {
      const period = periods.filter((p) => dayOf(p.from) <= line.day).pop();
      if (period !== undefined)
        line.remaining = line.forecast.quantity * (1 - period.percent / 100);
    }
  }
  return planned;
}
