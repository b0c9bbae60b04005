/**
 * Stage-job signatures: the coordinator signs every job it queues on the extract, plan and
 * write queues with the service key (REPLAN_SERVICE_KEY, held by the service's processes
 * only, never by an ERP or a tenant). The MAC covers the stage and the whole payload — run
 * id, tenant, plan, plan date, request time, filter and the stream keys the job names — so
 * a job added to a stage queue by any other Redis client, or a signed job with one field
 * changed, is refused before the stage touches a database or a stream.
 */
import type { JobPayloads, RunJobBase, WorkerStage } from './job-payloads';
import { macText, macTextMatches, protocolMac, type SigningKey } from './protocol-mac';

const STAGE_DOMAIN = 'replan.stage-job.v1';

type StageFields = RunJobBase & { snapshotKey?: string; resultKey?: string };

function canonical(stage: WorkerStage, job: StageFields): unknown[] {
  const filter =
    job.filter === undefined
      ? null
      : { items: [...job.filter.items], bomLevels: job.filter.bomLevels ?? null };
  return [
    stage,
    job.runId,
    job.tenant,
    job.plan,
    job.planDate,
    job.requestedAt,
    filter,
    job.snapshotKey ?? null,
    job.resultKey ?? null,
  ];
}

/** The job `job` of `stage` with the service's signature. */
export function signStageJob<S extends WorkerStage>(
  stage: S,
  job: JobPayloads[S],
  serviceKey: SigningKey,
): JobPayloads[S] {
  const { signature: _old, ...unsigned } = job as StageFields;
  const mac = protocolMac(serviceKey, STAGE_DOMAIN, canonical(stage, unsigned));
  return { ...job, signature: macText(mac) };
}

export type StageJobCheck = { ok: true } | { ok: false; reason: string };

/**
 * Checks the service's signature of a parsed stage job. The reason of a refusal names the
 * job's stage, run and tenant, and says the job was not queued by this service.
 */
export function verifyStageJob<S extends WorkerStage>(
  stage: S,
  job: JobPayloads[S],
  serviceKey: SigningKey,
): StageJobCheck {
  const what = `${stage} job of run ${job.runId} (tenant ${job.tenant})`;
  if (job.signature === undefined) {
    return {
      ok: false,
      reason: `${what} refused: it is unsigned, so it was not queued by this service's coordinator`,
    };
  }
  const expected = protocolMac(serviceKey, STAGE_DOMAIN, canonical(stage, job));
  if (!macTextMatches(job.signature, expected)) {
    return {
      ok: false,
      reason:
        `${what} refused: its signature does not match the service key (REPLAN_SERVICE_KEY), ` +
        'so it was not queued by this service or was changed after it was queued',
    };
  }
  return { ok: true };
}
