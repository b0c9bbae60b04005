/**
 * The compiled model of one run: nodes, their settings, low-level codes, and their
 * independent requirements and existing receipts as columns grouped by node. Built once
 * from a dataset; the netting reads only this.
 */
import type { CompiledBom } from '../graph/bom';
import type { LowLevelCodes } from '../graph/low-level-codes';
import type { NodeGraph } from '../graph/node-graph';
import type { CompiledRoutes } from '../routing/compile-routes';
import type { PlanSettings } from './dataset';
import type { ForecastRemaining, RunMessage } from './result';
import type { NodeSettings } from './settings';

export interface PlanModel {
  plan: PlanSettings;
  today: number;
  itemIds: readonly string[];
  warehouseIds: readonly string[];
  graph: NodeGraph;
  codes: LowLevelCodes;
  bom: CompiledBom;
  /** Resources, resource groups and the items' route operations. */
  routes: CompiledRoutes;
  /** Distinct resolved settings; node n uses `settings[nodeSettings[n]]`. */
  settings: readonly NodeSettings[];
  nodeSettings: Int32Array;
  /** Earliest day an order placed today is received, per node. */
  fulfilmentDay: Int32Array;

  /** Independent requirements of node n: `demandStart[n] .. demandStart[n + 1]`, netting order. */
  demandStart: Int32Array;
  demandDay: Int32Array;
  demandQty: Float64Array;
  /** IssueKind.Demand or IssueKind.Forecast. */
  demandKind: Uint8Array;
  /** Row of the demand line, or of the forecast line, in the dataset. */
  demandRow: Int32Array;
  demandIds: readonly string[];
  /** Type of each demand row: 0 sales, 1 production component, 2 transfer issue. */
  demandTypeOfRow: Uint8Array;
  forecastIds: readonly string[];
  /** Forecast lines planned, with what is left of them after reduction. */
  forecasts: readonly ForecastRemaining[];

  /** Existing receipts of node n: `receiptStart[n] .. receiptStart[n + 1]`, on-hand first, then by date and id. */
  receiptStart: Int32Array;
  receiptDay: Int32Array;
  receiptQty: Float64Array;
  /** ReceiptKind.OnHand or ReceiptKind.Supply. */
  receiptSource: Uint8Array;
  /** Supply row in the dataset (for on-hand: the node). */
  receiptRow: Int32Array;
  /** 1 for approved planned production or transfer orders, whose own requirements are planned too. */
  receiptExplodes: Uint8Array;
  supplyIds: readonly string[];
  /** Date of each supply row as read (a receipt dated before today is available today). */
  supplyDay: Int32Array;
  /** Type of each supply row: 0 purchase, 1 production, 2 transfer, 3 planned order. */
  supplyTypeOfRow: Uint8Array;

  /** Filtered runs: the items planned (sorted ids) and which nodes they are; else undefined. */
  scopeItems: readonly string[] | undefined;
  nodeInScope: Uint8Array | undefined;
  /** Planned orders of node n are numbered from sequenceBase[n] + 1. */
  sequenceBase: Int32Array;

  /** Messages found while compiling (past-due demand, negative on-hand, cycles, fence). */
  messages: RunMessage[];
}
