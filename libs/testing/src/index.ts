/**
 * @replan/testing: the set-up Replan's test suites share (private; used by tests and by the
 * fault matrix, never by a library's own code). Redis prefixes per suite with their
 * clean-up, tenant registry fixtures, SQLite and PostgreSQL ERP databases per suite, the
 * example datasets, and eventually() for what another process does.
 */
export { eventually, until, type EventuallyOptions } from './eventually';
