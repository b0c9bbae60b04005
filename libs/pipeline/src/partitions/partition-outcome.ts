/** What a partition job returns: its figures level by level, and where its result is. */

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

export type PartitionOutcome =
  | {
      ok: true;
      partition: number;
      resultKey: string;
      resultBytes: number;
      /** Reading (waiting for the snapshot's last batch), decoding, validating, compiling, in ms. */
      load: { wait: number; decode: number; validate: number; compile: number };
      /** Packing and writing the result, in ms. */
      write: number;
      levels: LevelFigures[];
    }
  /** The dataset is invalid: the plan job reports it (it validates the snapshot too). */
  | { ok: false; partition: number };
