/**
 * @replan/sql: the ERP side of Replan. Integration table migrations, the snapshot reader
 * (input tables → dataset), the dataset loader, and the versioned result writer with a bulk
 * path per dialect (PostgreSQL COPY, SQL Server BulkLoad, batched INSERTs elsewhere).
 * Works on SQLite (better-sqlite3), PostgreSQL (pg) and SQL Server (mssql/tedious).
 */
export * from './schema';
export { dialectOf, insertChunkSize, type Dialect } from './dialect';
export type { Row, SqlValue } from './values';
export { SqlValueError } from './values';
export { UnreadableRowError, describeRow } from './mapping';
export {
  MIGRATIONS_TABLE,
  createTable,
  migrateLatest,
  migrateRollback,
  migrationConfig,
  migrationSource,
} from './migrations';
export {
  readDataset,
  readDatasetParts,
  streamTable,
  type ReadDatasetOptions,
  type ReadDatasetPartsOptions,
} from './reader';
export { datasetToRows, loadDataset, type LoadDatasetOptions, type TableRows } from './loader';
export {
  PLAN_VERSION_NUMBERS,
  readActivePlan,
  readActiveVersion,
  readPlanVersion,
  readRun,
  recordRun,
  writeResult,
  writeResultSlices,
  type PlanVersionRows,
  type RunHistoryEntry,
  type RunStatus,
  type ResultWriteSlice,
  type WriteResultOptions,
  type WriteResultSummary,
} from './writer';
export {
  chunks,
  type BulkMethod,
  type BulkWriter,
  type ObjectSlice,
  type WriterSlice,
} from './bulk/bulk-writer';
export { columnCells, columnSliceRows, type ColumnSlice } from './bulk/column-slice';
export { BatchInsertWriter } from './bulk/batch-insert';
export { SqliteStatementWriter } from './bulk/sqlite-statement';
export {
  COPY_CHUNK_ROWS,
  PgCopyWriter,
  copyLines,
  copyText,
  columnCopyLines,
  objectCopyLines,
} from './bulk/pg-copy';
export { MssqlBulkLoadWriter, addBulkLoadColumns, newTableBulkLoad } from './bulk/mssql-bulk-load';
export { chooseBulkWriter } from './bulk/choose';
export { inReadSnapshot } from './snapshot';
export { versionTable } from './versions/version-tables';
export * from './workbench/index';
