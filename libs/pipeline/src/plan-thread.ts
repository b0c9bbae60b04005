/**
 * The engine's planning thread: runs the plan stage (read snapshot, validate, plan, write
 * result) off the worker's event loop, so the BullMQ job lock keeps being renewed however
 * long the plan takes. Started by planInThread with the job and connection settings as
 * workerData; reports progress and the outcome as messages (stage-thread.ts).
 */
import { workerData } from 'node:worker_threads';
import { parsePlanJob } from '@replan/queue';
import { processPlan } from './plan';
import { runStageThread, type StageThreadInput } from './stage-thread';

/** What the thread is started with. */
export interface PlanThreadInput extends StageThreadInput {
  job: unknown;
}

const input = workerData as PlanThreadInput;
runStageThread(input, 'replan-engine-thread', (ctx) => processPlan(parsePlanJob(input.job), ctx));
