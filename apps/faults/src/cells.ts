/**
 * The cells of the fault matrix: what each does to a run, and what the ERP should see.
 *
 * - kill: kill -9 of an app when a run reaches a point (the fault point of
 *   fault-hook.ts), the app restarted at once as a supervisor would;
 * - redis / postgres: Redis killed and restarted from its append-only file, or PostgreSQL
 *   stopped and started, while the run is held at a point;
 * - forged: a request, job or key that no ERP with the tenant's secret made;
 * - hostile: one unreadable or absurd value in the ERP's demand lines.
 */
import type { FaultPoint } from './fault-hook';
import type { AppName } from './processes';

export type Cell =
  | { name: string; kind: 'kill'; victim: AppName; point: FaultPoint }
  | { name: string; kind: 'redis' | 'postgres'; point: FaultPoint }
  | {
      name: string;
      kind: 'forged';
      attack:
        | 'forged-request'
        | 'replayed-request'
        | 'expired-request'
        | 'expired-running-request'
        | 'write-job'
        | 'extract-job'
        | 'cancel-key';
    }
  | { name: string; kind: 'hostile'; value: HostileValue };

export type HostileValue = 'null-item' | 'bad-date' | 'bad-quantity' | 'huge-quantity' | 'long-id';

/** The processes each point happens in (the one the fault point holds). */
export const POINT_APP: Record<FaultPoint, AppName> = {
  extract: 'connector',
  plan: 'engine',
  write: 'writer',
  flip: 'writer',
};

const KILLS: Cell[] = [];
for (const victim of ['connector', 'engine', 'writer'] as const) {
  for (const point of ['extract', 'plan', 'write'] as const) {
    KILLS.push({ name: `kill ${victim} @${point}`, kind: 'kill', victim, point });
  }
  if (victim !== 'engine') {
    KILLS.push({ name: `kill ${victim} @flip`, kind: 'kill', victim, point: 'flip' });
  }
}

export const CELLS: readonly Cell[] = [
  ...KILLS,
  { name: 'redis restart @extract', kind: 'redis', point: 'extract' },
  { name: 'redis restart @plan', kind: 'redis', point: 'plan' },
  { name: 'redis restart @write', kind: 'redis', point: 'write' },
  { name: 'postgres restart @extract', kind: 'postgres', point: 'extract' },
  { name: 'postgres restart @write', kind: 'postgres', point: 'write' },
  { name: 'forged request', kind: 'forged', attack: 'forged-request' },
  { name: 'replayed request', kind: 'forged', attack: 'replayed-request' },
  { name: 'expired request', kind: 'forged', attack: 'expired-request' },
  { name: 'expired request, history running', kind: 'forged', attack: 'expired-running-request' },
  { name: 'forged write job', kind: 'forged', attack: 'write-job' },
  { name: 'forged extract job', kind: 'forged', attack: 'extract-job' },
  { name: 'forged cancel key', kind: 'forged', attack: 'cancel-key' },
  { name: 'hostile NULL item', kind: 'hostile', value: 'null-item' },
  { name: 'hostile date 2026-02-30', kind: 'hostile', value: 'bad-date' },
  { name: "hostile quantity 'abc'", kind: 'hostile', value: 'bad-quantity' },
  { name: 'hostile quantity 1e15', kind: 'hostile', value: 'huge-quantity' },
  { name: 'hostile 10k-char id', kind: 'hostile', value: 'long-id' },
];

/** The cells of --quick: one of each kind of fault, the ones the done-when bars name. */
export const QUICK_CELLS: readonly string[] = [
  'kill engine @plan',
  'kill writer @flip',
  'redis restart @plan',
  'postgres restart @write',
  'forged request',
  'forged write job',
  'forged cancel key',
  'hostile quantity 1e15',
];

/** What a cell must show to meet the bars of docs/reliability.md. */
export function expectedClasses(cell: Cell): readonly string[] {
  if (cell.kind === 'forged') return ['refused'];
  if (cell.kind === 'hostile') return ['failed-cleanly'];
  if (cell.point === 'flip') return ['succeeded'];
  return ['succeeded', 'failed-cleanly'];
}
