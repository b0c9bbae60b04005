/**
 * How the `replan` command ends: its exit codes, and the error a command throws to end with
 * a clear message and one of them.
 */

export enum ExitCode {
  /** Planned (or generated, or benchmarked) without error messages. */
  Ok = 0,
  /** Planned, but the run reported error-severity messages (a BOM cycle, a calendar with no open day). */
  PlannedWithErrors = 1,
  /**
   * Bad input or usage: a missing or invalid option, an unreadable or invalid dataset, a
   * plan beyond its plan-size limits.
   */
  BadInput = 2,
  /** Out of memory (the command's thread died), or a bug: anything not foreseen. */
  Internal = 3,
}

/** An error the user can act on: printed as its message alone, without a stack. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: ExitCode = ExitCode.BadInput,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

/** The message of a thrown value, for errors that are shown to the user. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
