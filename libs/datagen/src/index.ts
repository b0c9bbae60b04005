/**
 * @replan/datagen: seeded, realistic planning datasets (a manufacturer with a plant and
 * regional warehouses) for tests, demos and benchmarks, the hand-written demo company
 * (Velo Works, a bicycle maker), and a streaming JSON writer.
 */
export {
  DEMO_COMPANY_NAME,
  DEMO_FORECAST_MODEL,
  DEMO_PLAN,
  demoCompany,
  demoVendors,
  type DemoCompanyOptions,
} from './demo-company';
export { GENERATED_PLAN_ID, generateDataset } from './generate';
export type { GenerateOptions } from './options';
export {
  DEFAULT_DEPTH,
  DEFAULT_PLAN_DATE,
  DEFAULT_REGIONAL_WAREHOUSES,
  estimateNodes,
  itemsForNodes,
  nodesPerItem,
} from './options';
export type { WriteJsonOptions } from './write-json';
export { writeDatasetJson } from './write-json';
