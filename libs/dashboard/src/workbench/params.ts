/** Reading a workbench request's query parameters; a bad one is a 400 naming it. */
import type { Request } from 'express';

/** A request the workbench cannot answer as asked: 400 (or `status`), with the reason. */
export class WorkbenchRequestError extends Error {
  override name = 'WorkbenchRequestError';
  constructor(
    message: string,
    readonly status = 400,
  ) {
    super(message);
  }
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export class QueryParams {
  constructor(private readonly req: Request) {}

  string(name: string): string | undefined {
    const value: unknown = this.req.query[name];
    if (value === undefined || value === '') return undefined;
    if (typeof value !== 'string') {
      throw new WorkbenchRequestError(`query parameter '${name}' must be given once`);
    }
    return value;
  }

  oneOf<T extends string>(name: string, values: readonly T[]): T | undefined {
    const value = this.string(name);
    if (value === undefined) return undefined;
    if (!(values as readonly string[]).includes(value)) {
      throw new WorkbenchRequestError(
        `query parameter '${name}' must be one of ${values.join(', ')}, got ${JSON.stringify(value)}`,
      );
    }
    return value as T;
  }

  integer(name: string): number | undefined {
    const value = this.string(name);
    if (value === undefined) return undefined;
    if (!/^\d{1,9}$/.test(value)) {
      throw new WorkbenchRequestError(
        `query parameter '${name}' must be a whole number, got ${JSON.stringify(value)}`,
      );
    }
    return Number(value);
  }

  boolean(name: string): boolean | undefined {
    const value = this.oneOf(name, ['true', 'false'] as const);
    return value === undefined ? undefined : value === 'true';
  }

  date(name: string): string | undefined {
    const value = this.string(name);
    if (value === undefined) return undefined;
    if (!ISO_DATE.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`))) {
      throw new WorkbenchRequestError(
        `query parameter '${name}' must be a date YYYY-MM-DD, got ${JSON.stringify(value)}`,
      );
    }
    return value;
  }

  /** offset and limit, checked against the read API's bounds. */
  page(): { offset?: number; limit?: number } {
    const page: { offset?: number; limit?: number } = {};
    const offset = this.integer('offset');
    const limit = this.integer('limit');
    if (offset !== undefined) page.offset = offset;
    if (limit !== undefined) {
      if (limit < 1 || limit > 500) {
        throw new WorkbenchRequestError(
          `query parameter 'limit' must be from 1 to 500, got ${limit}`,
        );
      }
      page.limit = limit;
    }
    return page;
  }
}
