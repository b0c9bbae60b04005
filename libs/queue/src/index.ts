/**
 * @replan/queue: Replan's run protocol and the plumbing between its workers. This one lib
 * owns every form the client, the coordinator and the stages share, so the three cannot
 * drift apart:
 *
 * - Run ids and key segments (ids), request jobs and their tenant signatures
 *   (request-job, request-signing), stage jobs and their service signatures (job-payloads,
 *   stage-signing), cancel keys signed by the tenant (cancel-keys), abort keys signed by
 *   the service (abort-values), the completion record (completion), bounded error texts,
 *   the request job a run was accepted from (accepted-requests).
 * - Queue names and the BullMQ prefix of the pipeline requests → extract → plan → write.
 * - Redis connections set up for workers (never give up) and producers (fail fast).
 * - Job payloads (ids and stream keys, never rows) with runtime checks.
 * - Run streams: snapshot and result batches through Redis streams, keyed by tenant and
 *   run, readable while they are being written; tenant and run clean-up.
 */
export { InvalidIdError, checkId, isValidId } from './ids';
export {
  PARTITION_QUEUE,
  QUEUE_PREFIX,
  isQueueName,
  nextStage,
  pipelineStages,
  queueNames,
  type PipelineStage,
  type QueueName,
} from './queue-names';
export {
  REDIS_URL_SETTING,
  RedisUrlError,
  createRedisConnection,
  parseRedisUrl,
  redactRedisUrl,
  redisConnectionOptions,
  waitUntilReady,
  type RedisConnectionOptions,
  type RedisRole,
} from './connection';
export {
  DEFAULT_STREAM_TTL_SECONDS,
  KEY_PREFIX,
  RunStreamError,
  TENANT_RUNS_TTL_SECONDS,
  abortKey,
  acceptedKey,
  tenantRunsKey,
  collectBatches,
  deleteKeysMatching,
  deleteRunKeys,
  forEachKey,
  deleteTenantKeys,
  parseStreamKey,
  readBatches,
  streamKey,
  tenantKeyPattern,
  writeBatches,
  type ReadBatchesOptions,
  type StreamKeyParts,
  type StreamKind,
  type WriteBatchesOptions,
  type WriteBatchesResult,
} from './run-streams';
export {
  JobPayloadError,
  jobParsers,
  parseExtractJob,
  parsePlanJob,
  parseWriteJob,
  runJobId,
  type ExtractJob,
  type JobPayloads,
  type PlanJob,
  type WorkerStage,
  type RunJobBase,
  type WriteJob,
} from './job-payloads';
export {
  chunks,
  handoverKey,
  joinBatches,
  partitionJobId,
  partitionKeysPattern,
  partitionResultKey,
  partitionWrittenKey,
  appendBatches,
  endBatches,
  type AppendBatchesOptions,
  readHandovers,
  writeHandover,
  type ReadHandoversOptions,
} from './partition-streams';
export {
  type RunRequest,
  DEFAULT_MAX_AGE_MS,
  DEFAULT_MAX_SKEW_MS,
  canonicalRequestBytes,
  signRequest,
  verifyRequest,
  type ReceivedRunRequest,
  type TenantSecret,
  type UnsignedRunRequest,
  type VerifyOptions,
  type VerifyResult,
} from './request-signing';
export {
  RunRequestDataError,
  decodeRunRequestJob,
  encodeRunRequestJob,
  type RunRequestJobData,
} from './request-job';
export {
  CANCEL_KEY_TTL_SECONDS,
  DEFAULT_PREFIX,
  REQUESTS_QUEUE,
  RUN_REQUEST_JOB,
  cancelKey,
  cancelValue,
  planDedupId,
  tenantOfCancelValue,
  verifyCancelValue,
  type CancelHow,
  type CancelSigner,
  type CancelVerifyKeys,
} from './cancel-keys';
export { abortValue, verifyAbortValue, type AbortValueCheck } from './abort-values';
export { signStageJob, verifyStageJob, type StageJobCheck } from './stage-signing';
export { type SigningKey } from './protocol-mac';
export { MAX_ERROR_LENGTH, boundText } from './bounded-text';
export {
  ACCEPTED_TTL_SECONDS,
  acceptRequest,
  type AcceptResult,
  type RequestJobRef,
} from './accepted-requests';
export { boundedCompletion, toRunOutcome } from './completion';
