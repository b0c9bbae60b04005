/**
 * Helpers shared by this library's tests (not part of the package).
 */
import { createRequire } from 'node:module';

/**
 * better-sqlite3 hands its native addon the SqliteError class once per process, from the
 * first test file that opens a database. Jest runs each test file in a realm of its own, so
 * a later file in the same worker would get errors that are not `instanceof Error` there.
 * Called in afterAll of the files that open SQLite databases: the next file to open one
 * hands the addon its own SqliteError.
 */
export function releaseSqliteAddon(): void {
  const nodeRequire = createRequire(__filename);
  const addon = nodeRequire('better-sqlite3/build/Release/better_sqlite3.node') as {
    isInitialized?: boolean;
  };
  addon.isInitialized = false;
}
