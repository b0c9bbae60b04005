/**
 * request stage: checks a run request (registered tenant, valid signature) and carries the
 * run end to end: extract → plan → write, each stage talking to the next through the run's
 * Redis streams. The job's return value is the run's outcome (a RunCompleted), which the
 * client's waitForRun reads.
 *
 * A bad request (unreadable, unknown tenant, forged or expired signature) throws an
 * UnrecoverableError: the job fails at once, without retries, with the reason, and nothing
 * is read from or written to any tenant database.
 */
import {
  RunRequestDataError,
  decodeRunRequestJob,
  verifyRequest,
  type ReceivedRunRequest,
} from '@replan/client';
import type { RunCompleted } from '@replan/contracts';
import type { RunMessage } from '@replan/engine';
import { deleteRunKeys, streamKey, type RunJobBase } from '@replan/queue';
import { recordRun } from '@replan/sql';
import { UnrecoverableError } from 'bullmq';
import type { Knex } from 'knex';
import { isCancelRequested } from './cancel';
import type { StageContext } from './context';
import { processExtract } from './extract';
import { processPlan } from './plan';
import { tenantOf } from './tenant-of';
import { processWrite } from './write';

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Reads and verifies a request job; throws UnrecoverableError when it must not run. */
export function checkRequest(data: unknown, ctx: StageContext): ReceivedRunRequest {
  let request: ReceivedRunRequest;
  try {
    request = decodeRunRequestJob(data);
  } catch (error) {
    if (error instanceof RunRequestDataError) throw new UnrecoverableError(error.message);
    throw error;
  }
  const tenant = tenantOf(ctx.registry, request.tenant);
  const check = verifyRequest(request, tenant.secret);
  if (!check.ok) throw new UnrecoverableError(check.reason);
  return request;
}

function countSeverity(messages: readonly RunMessage[], severity: RunMessage['severity']): number {
  return messages.filter((m) => m.severity === severity).length;
}

/** The request processor: the whole run for one request job. */
export async function processRequest(data: unknown, ctx: StageContext): Promise<RunCompleted> {
  const request = checkRequest(data, ctx);
  const tenant = tenantOf(ctx.registry, request.tenant);
  const knex = ctx.registry.openTenantDatabase(tenant);
  const { runId } = request;
  const base: RunJobBase = {
    runId,
    tenant: request.tenant,
    plan: request.plan,
    planDate: request.planDate,
    requestedAt: request.requestedAt,
  };
  if (request.filter !== undefined) base.filter = request.filter;
  const snapshotKey = streamKey(request.tenant, runId, 'snapshot', ctx.prefix);
  const resultKey = streamKey(request.tenant, runId, 'result', ctx.prefix);
  const requestedAt = new Date(request.requestedAt).toISOString();
  const startedAt = new Date().toISOString();
  const history = { runId, planId: request.plan, requestedAt, startedAt };

  const finish = async (outcome: RunCompleted, messages: RunMessage[] = []): Promise<void> => {
    await deleteRunKeys(ctx.redis, request.tenant, runId, ctx.prefix);
    const entry: Parameters<typeof recordRun>[1] = {
      ...history,
      status: outcome.status,
      finishedAt: new Date().toISOString(),
      errorCount: countSeverity(messages, 'error'),
      warningCount: countSeverity(messages, 'warning'),
      infoCount: countSeverity(messages, 'info'),
    };
    if (outcome.error !== undefined) entry.error = outcome.error;
    await recordRun(knex, entry);
  };
  const cancelled = async (): Promise<RunCompleted | undefined> => {
    if (!(await isCancelRequested(ctx.redis, ctx.prefix, runId))) return undefined;
    const outcome: RunCompleted = {
      runId,
      status: 'cancelled',
      messages: [],
      warnings: [],
      error: 'run cancelled',
    };
    await finish(outcome);
    ctx.log.info(`run ${runId}: cancelled`);
    return outcome;
  };

  await recordRun(knex, { ...history, status: 'running' });
  ctx.log.info(`run ${runId}: started plan ${request.plan} of tenant ${request.tenant}`);
  try {
    const beforeExtract = await cancelled();
    if (beforeExtract) return beforeExtract;
    await processExtract({ ...base, snapshotKey }, ctx);

    const beforePlan = await cancelled();
    if (beforePlan) return beforePlan;
    const planned = await processPlan({ ...base, snapshotKey, resultKey }, ctx);
    if (!planned.ok) {
      const outcome: RunCompleted = {
        runId,
        status: 'failed',
        messages: planned.messages,
        warnings: planned.messages.filter((m) => m.severity === 'warning').map((m) => m.text),
        error: planned.error,
      };
      await finish(outcome, planned.messages);
      ctx.log.warn(planned.error);
      return outcome;
    }

    const beforeWrite = await cancelled();
    if (beforeWrite) return beforeWrite;
    return await processWrite({ ...base, resultKey }, ctx, { startedAt });
  } catch (error) {
    const reason = `run ${runId} failed: ${messageOf(error)}`;
    ctx.log.error(reason);
    await recordFailure(knex, ctx, { ...history, runId, tenant: request.tenant }, reason);
    throw error;
  }
}

async function recordFailure(
  knex: Knex,
  ctx: StageContext,
  run: { runId: string; tenant: string; planId: string; requestedAt: string; startedAt: string },
  reason: string,
): Promise<void> {
  try {
    await deleteRunKeys(ctx.redis, run.tenant, run.runId, ctx.prefix);
    await recordRun(knex, {
      runId: run.runId,
      planId: run.planId,
      requestedAt: run.requestedAt,
      startedAt: run.startedAt,
      status: 'failed',
      finishedAt: new Date().toISOString(),
      error: reason,
    });
  } catch (error) {
    ctx.log.error(`run ${run.runId}: could not record the failure: ${messageOf(error)}`);
  }
}
