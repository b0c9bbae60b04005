/** What a partition job returns: its figures level by level, and its share of the result. */
import type { ResultCounts, RunMessage } from '@replan/engine';

/** Where one level's time went in a partition, in ms, and what it handed on. */
export interface LevelFigures {
  /** Waiting for the handovers of the level above. */
  wait: number;
  /** Netting the partition's nodes of the level. */
  net: number;
  /** Packing and writing the handovers. */
  send: number;
  /** Bytes handed to the other partitions. */
  bytesOut: number;
  /** Nodes netted. */
  nodes: number;
}

/** How a partition made and wrote its range of the result stream, in ms and bytes. */
export interface ResultRangeFigures {
  /** Reading the other partitions' rows. */
  read: number;
  /** Bytes of the other partitions' rows read. */
  readBytes: number;
  /** Merging every partition's rows into the run's (mergePartitions). */
  merge: number;
  /** Making and encoding its batches (partition 0: and appending them as they come). */
  encode: number;
  /** Waiting for the partitions before it to have appended their batches. */
  turn: number;
  /** Appending its batches to the result stream (partitions after the first). */
  append: number;
  /** Its batches of the stream: indexes `from` (included) to `to`. */
  from: number;
  to: number;
  /** Bytes of its batches. */
  bytes: number;
}

export type PartitionOutcome =
  | {
      ok: true;
      partition: number;
      /** Where its rows for the other partitions are, and their size. */
      resultKey: string;
      resultBytes: number;
      /** Reading (waiting for the snapshot's last batch), decoding, validating, compiling, in ms. */
      load: { wait: number; decode: number; validate: number; compile: number };
      /** Packing and writing its rows for the other partitions, in ms. */
      write: number;
      levels: LevelFigures[];
      result: ResultRangeFigures;
      /** Partition 0: the result's counts and the run's messages (for the plan job's outcome). */
      summary?: { counts: ResultCounts; messages: RunMessage[] };
    }
  /**
   * The dataset is invalid: partition 0 gives the error (naming the first row at fault) and
   * the messages, for the plan job to report.
   */
  | { ok: false; partition: number; error?: string; messages?: RunMessage[] };
