/**
 * docker-compose.yml, the Dockerfile and .dockerignore, checked by structure: no Docker
 * engine is needed, so the compose file must be right by construction, and consistent with
 * the apps' real options (SERVICE_SETTINGS and readServiceConfig for the worker apps, the
 * variables the dashboard reads). Every check runs on the real files, where it must find
 * nothing, and on a copy broken on purpose, where it must name the service and the field.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, posix } from 'node:path';
import { dashboardSettings } from '@replan/dashboard';
import {
  SERVICE_SETTINGS,
  parseTenantRegistry,
  readServiceConfig,
  type ServiceApp,
} from '@replan/pipeline';
import { parse } from 'yaml';

const ROOT = join(__dirname, '..', '..', '..');

// ---------------------------------------------------------------------------------------
// The files and their shapes

type Env = Record<string, string | undefined>;
type Json = Record<string, unknown>;

interface Deployment {
  /** docker-compose.yml, parsed (anchors and merge keys resolved). */
  compose: unknown;
  dockerfile: string;
  dockerignore: string;
  /** deploy/tenants.example.json, as text. */
  registryExample: string;
}

function readText(file: string): string {
  const path = join(ROOT, file);
  return existsSync(path) ? readFileSync(path, 'utf8') : '';
}

/** YAML with anchors and `<<` merge keys resolved, as Compose reads it. */
function parseCompose(text: string): unknown {
  const parsed: unknown = parse(text, { merge: true });
  return parsed;
}

function loadDeployment(): Deployment {
  return {
    compose: parseCompose(readText('docker-compose.yml')),
    dockerfile: readText('Dockerfile'),
    dockerignore: readText('.dockerignore'),
    registryExample: readText('deploy/tenants.example.json'),
  };
}

function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function servicesOf(deployment: Deployment): Record<string, Json> {
  const compose = deployment.compose;
  if (!isRecord(compose) || !isRecord(compose.services)) return {};
  const services: Record<string, Json> = {};
  for (const [name, service] of Object.entries(compose.services)) {
    services[name] = isRecord(service) ? service : {};
  }
  return services;
}

/** A sample value for a variable the compose file requires from its user (`${X:?…}`). */
const REQUIRED_SAMPLE = 'compose-test-value-0123456789abcdef';

/**
 * Compose interpolation as the file's user would get it with no variables set: `$$` is a
 * dollar, `${X:-d}`/`${X-d}` is d, `${X:?e}`/`${X?e}` is a sample value, `${X}` is empty.
 */
function interpolate(value: string): string {
  const pattern = /\$\$|\$\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?+])([^}]*))?\}/g;
  const replace = (
    whole: string,
    name: string | undefined,
    operator: string | undefined,
    argument: string | undefined,
  ): string => {
    if (whole === '$$') return '$';
    if (name === undefined) return whole;
    if (operator === ':?' || operator === '?') return REQUIRED_SAMPLE;
    if (operator === ':-' || operator === '-') return argument ?? '';
    return '';
  };
  return value.replace(pattern, replace);
}

function scalarText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
}

/** A service's environment, as a map (compose allows a map or a list of NAME=VALUE). */
function environmentOf(service: Json): Env {
  const env: Env = {};
  const raw = service.environment;
  if (Array.isArray(raw)) {
    for (const entry of raw) {
      const text = scalarText(entry) ?? '';
      const eq = text.indexOf('=');
      if (eq < 0) env[text] = undefined;
      else env[text.slice(0, eq)] = interpolate(text.slice(eq + 1));
    }
  } else if (isRecord(raw)) {
    for (const [name, value] of Object.entries(raw)) {
      const text = scalarText(value);
      env[name] = text === undefined ? undefined : interpolate(text);
    }
  }
  return env;
}

/** A command or healthcheck test as a list of words. */
function wordsOf(value: unknown): string[] {
  if (typeof value === 'string') return value.trim().split(/\s+/);
  if (Array.isArray(value)) return value.map((word) => scalarText(word) ?? '');
  return [];
}

/** depends_on as a map of service → condition (the short list form means service_started). */
function dependenciesOf(service: Json): Record<string, string> {
  const raw = service.depends_on;
  const deps: Record<string, string> = {};
  if (Array.isArray(raw)) {
    for (const name of raw) deps[scalarText(name) ?? ''] = 'service_started';
  } else if (isRecord(raw)) {
    for (const [name, spec] of Object.entries(raw)) {
      deps[name] = (isRecord(spec) ? scalarText(spec.condition) : undefined) ?? 'service_started';
    }
  }
  return deps;
}

/** A compose duration (`45s`, `1m30s`, `500ms`) in ms; undefined when it is not one. */
function durationMs(value: unknown): number | undefined {
  const text = scalarText(value);
  if (text === undefined || !/^(\d+(\.\d+)?(h|ms|m|s|us))+$/.test(text)) return undefined;
  const unit: Record<string, number> = { h: 3_600_000, m: 60_000, s: 1000, ms: 1, us: 0.001 };
  let total = 0;
  for (const match of text.matchAll(/(\d+(?:\.\d+)?)(h|ms|m|s|us)/g)) {
    total += Number(match[1]) * (unit[match[2] ?? 's'] ?? 0);
  }
  return total;
}

function imageOf(service: Json): string {
  return interpolate(scalarText(service.image) ?? '');
}

// ---------------------------------------------------------------------------------------
// The apps

type AppName = 'connector' | 'engine' | 'writer' | 'dashboard';
const APPS: readonly AppName[] = ['connector', 'engine', 'writer', 'dashboard'];
const WORKER_APPS: readonly AppName[] = ['connector', 'engine', 'writer'];
const APPS_WITH_REGISTRY: readonly AppName[] = ['connector', 'writer'];

/** The Replan apps' bin files (from each app's package.json), relative to the repo. */
function appBins(): Map<string, AppName> {
  const bins = new Map<string, AppName>();
  for (const app of APPS) {
    const manifest: unknown = JSON.parse(readText(`apps/${app}/package.json`) || '{}');
    const bin = isRecord(manifest) && isRecord(manifest.bin) ? manifest.bin : {};
    for (const file of Object.values(bin)) {
      if (typeof file === 'string') bins.set(posix.join('apps', app, file), app);
    }
  }
  return bins;
}

/** The image's working directory (the last WORKDIR of the Dockerfile). */
function workdirOf(dockerfile: string): string {
  const dirs = [...dockerfile.matchAll(/^WORKDIR\s+(\S+)/gm)].map((m) => m[1] ?? '');
  return dirs.at(-1) ?? '/';
}

/** The repo-relative script a `node …` command runs, or undefined. */
function scriptOf(command: readonly string[], workdir: string): string | undefined {
  if (command[0] !== 'node') return undefined;
  const script = command.slice(1).find((word) => !word.startsWith('-'));
  if (script === undefined) return undefined;
  if (script.startsWith('/')) {
    const base = workdir.endsWith('/') ? workdir : `${workdir}/`;
    return script.startsWith(base) ? script.slice(base.length) : undefined;
  }
  return posix.normalize(script);
}

/** The services that run a Replan app, by app. */
function appServices(deployment: Deployment): Map<string, AppName> {
  const bins = appBins();
  const workdir = workdirOf(deployment.dockerfile);
  const apps = new Map<string, AppName>();
  for (const [name, service] of Object.entries(servicesOf(deployment))) {
    const script = scriptOf(wordsOf(service.command), workdir);
    const app = script === undefined ? undefined : bins.get(script);
    if (app !== undefined) apps.set(name, app);
  }
  return apps;
}

/** The variables the dashboard reads: its settings and the names its config parser reads. */
function dashboardVariables(): Set<string> {
  const names = new Set<string>(Object.values(dashboardSettings));
  const dir = join(ROOT, 'apps', 'dashboard', 'src');
  for (const file of readdirSync(dir)) {
    if (!file.endsWith('.ts') || file.endsWith('.test.ts')) continue;
    const source = readFileSync(join(dir, file), 'utf8');
    for (const match of source.matchAll(/['"`](REPLAN_[A-Z0-9_]+)['"`]/g)) {
      names.add(match[1] ?? '');
    }
  }
  return names;
}

/** The dashboard's default port, from its configuration defaults. */
function dashboardDefaultPort(): number | undefined {
  const source = readText('apps/dashboard/src/config.ts');
  const match = /DEFAULTS\s*=\s*\{[^}]*?\bport:\s*(\d+)/s.exec(source);
  return match?.[1] === undefined ? undefined : Number(match[1]);
}

function variablesOf(app: AppName): Set<string> {
  if (app === 'dashboard') return dashboardVariables();
  return new Set(SERVICE_SETTINGS.filter((s) => s.apps.includes(app)).map((s) => s.name));
}

/** The configuration a worker app reads from `env`, or the problem it reports. */
function workerConfig(app: AppName, env: Env): ReturnType<typeof readServiceConfig> | string {
  try {
    return readServiceConfig(app as ServiceApp, env);
  } catch (error) {
    return error instanceof Error ? error.message.replace(/\s+/g, ' ') : String(error);
  }
}

/** The port an app service's endpoints listen on, or a problem. */
function appPort(app: AppName, env: Env): number | string {
  if (app === 'dashboard') {
    const text = env.REPLAN_DASHBOARD_PORT;
    if (text !== undefined && text !== '') return Number(text);
    return dashboardDefaultPort() ?? 'the dashboard default port was not found';
  }
  const config = workerConfig(app, env);
  return typeof config === 'string' ? config : config.httpPort;
}

function redisServices(services: Record<string, Json>): string[] {
  return Object.keys(services).filter((name) => /^redis(:|$)/.test(imageOf(services[name] ?? {})));
}

function databaseServices(services: Record<string, Json>): string[] {
  return Object.keys(services).filter((name) =>
    /^(postgres|mcr\.microsoft\.com\/mssql\/|mcr\.microsoft\.com\/azure-sql-edge)/.test(
      imageOf(services[name] ?? {}),
    ),
  );
}

// ---------------------------------------------------------------------------------------
// The checks: each returns its problems, "<service>: <field>: what is wrong".

type Check = (deployment: Deployment) => string[];

const checks: Record<string, Check> = {
  'every service has an image or a build': (d) => {
    const services = servicesOf(d);
    if (Object.keys(services).length === 0) return ['docker-compose.yml: services: none'];
    return Object.entries(services)
      .filter(([, s]) => s.image === undefined && s.build === undefined)
      .map(([name]) => `${name}: image/build: the service has neither`);
  },

  'builds use the Dockerfile at the root of the repository': (d) => {
    const problems: string[] = [];
    for (const [name, service] of Object.entries(servicesOf(d))) {
      if (service.build === undefined) continue;
      const build = isRecord(service.build) ? service.build : { context: service.build };
      const context = scalarText(build.context) ?? '.';
      const dockerfile = scalarText(build.dockerfile) ?? 'Dockerfile';
      if (!existsSync(join(ROOT, context, dockerfile))) {
        problems.push(`${name}: build: ${posix.join(context, dockerfile)} does not exist`);
      }
    }
    return problems;
  },

  'each app runs from a bin file of the repository': (d) => {
    const problems: string[] = [];
    const services = servicesOf(d);
    const apps = appServices(d);
    const workdir = workdirOf(d.dockerfile);
    for (const app of APPS) {
      if (![...apps.values()].includes(app)) {
        problems.push(`docker-compose.yml: services: no service runs the ${app} app`);
      }
    }
    for (const [name, service] of Object.entries(services)) {
      const words = wordsOf(service.command);
      const script = scriptOf(words, workdir);
      if (script === undefined) {
        if (service.build !== undefined) {
          problems.push(`${name}: command: ${JSON.stringify(words)} does not run a node script`);
        }
        continue;
      }
      if (!existsSync(join(ROOT, script))) {
        problems.push(`${name}: command: ${script} does not exist in the repository`);
      }
    }
    return problems;
  },

  'apps get only the variables they read': (d) => {
    const problems: string[] = [];
    const services = servicesOf(d);
    for (const [name, app] of appServices(d)) {
      const known = variablesOf(app);
      for (const variable of Object.keys(environmentOf(services[name] ?? {}))) {
        if (!known.has(variable)) {
          problems.push(`${name}: environment: ${variable} is not read by the ${app} app`);
        }
      }
    }
    return problems;
  },

  'apps have their required variables, with values they accept': (d) => {
    const problems: string[] = [];
    const services = servicesOf(d);
    for (const [name, app] of appServices(d)) {
      const env = environmentOf(services[name] ?? {});
      if (APPS_WITH_REGISTRY.includes(app) && !env.REPLAN_REGISTRY) {
        problems.push(`${name}: environment: REPLAN_REGISTRY is required by the ${app}`);
      }
      if (WORKER_APPS.includes(app)) {
        const config = workerConfig(app, env);
        if (typeof config === 'string') problems.push(`${name}: environment: ${config}`);
      } else if (!env[dashboardSettings.adminToken] && !env[dashboardSettings.viewerToken]) {
        problems.push(
          `${name}: environment: set ${dashboardSettings.adminToken} or ${dashboardSettings.viewerToken}`,
        );
      }
    }
    return problems;
  },

  'the registry is mounted read-only from deploy/tenants.json': (d) => {
    const problems: string[] = [];
    const services = servicesOf(d);
    for (const [name, app] of appServices(d)) {
      if (!APPS_WITH_REGISTRY.includes(app)) continue;
      const service = services[name] ?? {};
      const target = environmentOf(service).REPLAN_REGISTRY;
      const volumes = Array.isArray(service.volumes) ? service.volumes : [];
      const mount = volumes
        .map((v): { source: string; target: string; readOnly: boolean } => {
          if (isRecord(v)) {
            return {
              source: scalarText(v.source) ?? '',
              target: scalarText(v.target) ?? '',
              readOnly: v.read_only === true,
            };
          }
          const [source = '', to = '', mode = ''] = (scalarText(v) ?? '').split(':');
          return { source, target: to, readOnly: mode.split(',').includes('ro') };
        })
        .find((m) => m.target === target);
      if (mount === undefined) {
        problems.push(`${name}: volumes: nothing is mounted at REPLAN_REGISTRY (${target})`);
      } else if (posix.normalize(mount.source) !== 'deploy/tenants.json') {
        problems.push(
          `${name}: volumes: ${target} comes from ${mount.source}, not ./deploy/tenants.json`,
        );
      } else if (!mount.readOnly) {
        problems.push(`${name}: volumes: ${target} must be mounted read-only`);
      }
    }
    return problems;
  },

  'the example registry is a valid registry': (d) => {
    try {
      const tenants = parseTenantRegistry(JSON.parse(d.registryExample));
      return tenants.length > 0 ? [] : ['deploy/tenants.example.json: tenants: none'];
    } catch (error) {
      return [
        `deploy/tenants.example.json: ${error instanceof Error ? error.message : String(error)}`,
      ];
    }
  },

  'REPLAN_REDIS_URL points at the redis service': (d) => {
    const problems: string[] = [];
    const services = servicesOf(d);
    const redis = redisServices(services);
    if (redis.length === 0) return ['docker-compose.yml: services: no service runs a redis image'];
    for (const [name] of appServices(d)) {
      const url = environmentOf(services[name] ?? {}).REPLAN_REDIS_URL ?? 'redis://127.0.0.1:6379';
      let host: string;
      try {
        host = new URL(url).hostname;
      } catch {
        problems.push(`${name}: environment: REPLAN_REDIS_URL ${url} is not a URL`);
        continue;
      }
      if (!redis.includes(host)) {
        problems.push(
          `${name}: environment: REPLAN_REDIS_URL points at ${host}, not the ${redis.join('/')} service`,
        );
      }
    }
    return problems;
  },

  'dependencies exist, have healthchecks, and apps wait for them': (d) => {
    const problems: string[] = [];
    const services = servicesOf(d);
    const redis = redisServices(services);
    const databases = databaseServices(services);
    for (const [name, service] of Object.entries(services)) {
      for (const [dep, condition] of Object.entries(dependenciesOf(service))) {
        const target = services[dep];
        if (target === undefined) {
          problems.push(`${name}: depends_on: ${dep} is not a service`);
        } else if (condition === 'service_healthy' && !isRecord(target.healthcheck)) {
          problems.push(
            `${name}: depends_on: ${dep} is waited for as healthy but has no healthcheck`,
          );
        }
      }
    }
    for (const [name, app] of appServices(d)) {
      const deps = dependenciesOf(services[name] ?? {});
      const needed = APPS_WITH_REGISTRY.includes(app) ? [...redis, ...databases] : redis;
      for (const dep of needed) {
        if (deps[dep] !== 'service_healthy') {
          problems.push(`${name}: depends_on: ${dep} with condition service_healthy is missing`);
        }
      }
    }
    return problems;
  },

  'apps have a healthcheck on their own /readyz': (d) => {
    const problems: string[] = [];
    const services = servicesOf(d);
    for (const [name, app] of appServices(d)) {
      const service = services[name] ?? {};
      const healthcheck = isRecord(service.healthcheck) ? service.healthcheck : undefined;
      const test = wordsOf(healthcheck?.test).join(' ');
      const port = appPort(app, environmentOf(service));
      const hit = /https?:\/\/(?:127\.0\.0\.1|localhost)(?::(\d+))?\/readyz\b/.exec(test);
      if (healthcheck === undefined || test === '') {
        problems.push(`${name}: healthcheck: missing`);
      } else if (/\b(curl|wget)\b/.test(test)) {
        problems.push(`${name}: healthcheck: the image has no curl or wget; use node`);
      } else if (hit === null) {
        problems.push(`${name}: healthcheck: does not request /readyz on 127.0.0.1`);
      } else if (typeof port === 'string') {
        problems.push(`${name}: healthcheck: ${port}`);
      } else if (Number(hit[1] ?? 80) !== port) {
        problems.push(
          `${name}: healthcheck: requests port ${hit[1] ?? 80}, the ${app} listens on ${port}`,
        );
      }
    }
    for (const name of redisServices(services)) {
      const healthcheck = services[name]?.healthcheck;
      const test = wordsOf(isRecord(healthcheck) ? healthcheck.test : undefined).join(' ');
      if (!/redis-cli.*ping/i.test(test)) {
        problems.push(`${name}: healthcheck: redis-cli ping is missing`);
      }
    }
    for (const name of databaseServices(services)) {
      if (!isRecord(services[name]?.healthcheck)) problems.push(`${name}: healthcheck: missing`);
    }
    return problems;
  },

  'the engine can be scaled': (d) => {
    const problems: string[] = [];
    const services = servicesOf(d);
    for (const [name, app] of appServices(d)) {
      if (app !== 'engine') continue;
      const service = services[name] ?? {};
      if (service.container_name !== undefined) {
        problems.push(`${name}: container_name: a fixed name stops --scale ${name}=N`);
      }
      if (service.ports !== undefined) {
        problems.push(`${name}: ports: a published host port stops --scale ${name}=N`);
      }
    }
    return problems;
  },

  'the dashboard port is published': (d) => {
    const problems: string[] = [];
    const services = servicesOf(d);
    for (const [name, app] of appServices(d)) {
      if (app !== 'dashboard') continue;
      const service = services[name] ?? {};
      const port = appPort(app, environmentOf(service));
      const ports = (Array.isArray(service.ports) ? service.ports : []).map((p) =>
        isRecord(p)
          ? Number(p.target)
          : Number(
              interpolate(scalarText(p) ?? '')
                .split(':')
                .at(-1),
            ),
      );
      if (!ports.includes(Number(port))) {
        problems.push(`${name}: ports: the dashboard's port ${port} is not published`);
      }
    }
    return problems;
  },

  'Redis keeps every job: noeviction and an append-only file': (d) => {
    const problems: string[] = [];
    const services = servicesOf(d);
    for (const name of redisServices(services)) {
      const service = services[name] ?? {};
      const command = wordsOf(service.command).map(interpolate);
      const option = (flag: string): string | undefined => {
        const at = command.indexOf(`--${flag}`);
        return at < 0 ? undefined : command[at + 1];
      };
      const expected: Record<string, string> = {
        'maxmemory-policy': 'noeviction',
        appendonly: 'yes',
        appendfsync: 'everysec',
      };
      for (const [flag, value] of Object.entries(expected)) {
        if (option(flag) !== value)
          problems.push(`${name}: command: --${flag} ${value} is missing`);
      }
      const volumes = Array.isArray(service.volumes) ? service.volumes : [];
      const data = volumes.some((v) =>
        isRecord(v) ? v.target === '/data' : (scalarText(v) ?? '').split(':')[1] === '/data',
      );
      if (!data) problems.push(`${name}: volumes: /data (the append-only file) is not on a volume`);
    }
    return problems;
  },

  'workers get longer to stop than their shutdown timeout': (d) => {
    const problems: string[] = [];
    const services = servicesOf(d);
    for (const [name, app] of appServices(d)) {
      if (!WORKER_APPS.includes(app)) continue;
      const service = services[name] ?? {};
      const config = workerConfig(app, environmentOf(service));
      if (typeof config === 'string') continue; // reported by the variables check
      const grace = durationMs(interpolate(scalarText(service.stop_grace_period) ?? ''));
      // After the timeout, the process gives stopped jobs up to 5 s more before it exits.
      const needed = config.shutdownTimeoutMs + 5_000;
      if (grace === undefined) {
        problems.push(
          `${name}: stop_grace_period: missing (Docker's 10 s default kills active jobs; ` +
            `give more than ${needed / 1000} s)`,
        );
      } else if (grace <= needed) {
        problems.push(
          `${name}: stop_grace_period: ${grace / 1000} s is not above REPLAN_SHUTDOWN_TIMEOUT_MS ` +
            `(${config.shutdownTimeoutMs} ms) plus 5 s`,
        );
      }
    }
    return problems;
  },

  'the Dockerfile builds the project into a non-root image': (d) => {
    const text = d.dockerfile;
    if (text === '') return ['Dockerfile: missing'];
    const problems: string[] = [];
    const lines = text.split('\n').filter((line) => !line.trimStart().startsWith('#'));
    const body = lines.join('\n').replace(/\\\n/g, ' ');
    const froms = [...body.matchAll(/^FROM\s+(\S+)/gm)].map((m) => m[1] ?? '');
    if (froms.length < 2)
      problems.push('Dockerfile: FROM: expected a build stage and a runtime stage');
    for (const from of froms) {
      if (!from.startsWith('node:20-bookworm-slim'))
        problems.push(`Dockerfile: FROM: ${from} is not node:20-bookworm-slim`);
    }
    const runs = [...body.matchAll(/^RUN\s+(.*)$/gm)].map((m) => m[1] ?? '');
    const ran = (pattern: RegExp): boolean => runs.some((run) => pattern.test(run));
    for (const tool of ['python3', 'make', 'g\\+\\+']) {
      if (!ran(new RegExp(`apt-get install[^&;]*\\s${tool}(\\s|$)`))) {
        problems.push(
          `Dockerfile: RUN: ${tool.replace(/\\/g, '')} is not installed (better-sqlite3 builds from source)`,
        );
      }
    }
    if (!ran(/\bnpm ci\b(?![^&;]*--omit=dev)/)) problems.push('Dockerfile: RUN: npm ci is missing');
    if (!ran(/\bnpm run build\b/)) problems.push('Dockerfile: RUN: npm run build is missing');
    if (!ran(/\bnpm (prune|ci)\b[^&;]*--omit=dev/)) {
      problems.push('Dockerfile: RUN: the development dependencies are not pruned (--omit=dev)');
    }
    const users = [...body.matchAll(/^USER\s+(\S+)/gm)].map((m) => m[1] ?? '');
    if (users.at(-1) !== 'node')
      problems.push('Dockerfile: USER: the image must run as node, not root');
    return problems;
  },

  '.dockerignore keeps local builds and secrets out of the image': (d) => {
    const entries = new Set(
      d.dockerignore
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line !== '' && !line.startsWith('#')),
    );
    const problems: string[] = [];
    for (const [what, patterns] of Object.entries({
      node_modules: ['node_modules', '**/node_modules'],
      dist: ['**/dist'],
      'deploy/tenants.json': ['deploy/tenants.json'],
    })) {
      if (!patterns.some((p) => entries.has(p)))
        problems.push(`.dockerignore: ${what} is not excluded`);
    }
    return problems;
  },
};

// ---------------------------------------------------------------------------------------
// Broken copies: each must make its check fail with a message naming service and field.

function brokenCopy(mutate: (services: Record<string, Json>, d: Deployment) => void): Deployment {
  const deployment = loadDeployment();
  const compose = deployment.compose;
  // The parsed services themselves (not the copy servicesOf makes), so deleting one counts.
  const services = isRecord(compose) && isRecord(compose.services) ? compose.services : {};
  mutate(services as Record<string, Json>, deployment);
  return deployment;
}

/** The name of the service running `app` in the real compose file. */
function serviceOf(app: AppName): string {
  const found = [...appServices(loadDeployment())].find(([, a]) => a === app);
  if (found === undefined) throw new Error(`no service runs the ${app} app`);
  return found[0];
}

function env(service: Json | undefined): Json {
  if (service === undefined || !isRecord(service.environment))
    throw new Error('no environment map');
  return service.environment;
}

interface Breakage {
  check: keyof typeof checks;
  what: string;
  mutate: (services: Record<string, Json>, d: Deployment) => void;
  expected: RegExp;
}

const connector = (): string => serviceOf('connector');
const engine = (): string => serviceOf('engine');
const writer = (): string => serviceOf('writer');
const dashboard = (): string => serviceOf('dashboard');

const breakages: Breakage[] = [
  {
    check: 'every service has an image or a build',
    what: 'a database without an image',
    mutate: (s) => delete s.postgres?.image,
    expected: /^postgres: image\/build:/,
  },
  {
    check: 'builds use the Dockerfile at the root of the repository',
    what: 'a build from a missing Dockerfile',
    mutate: (s) => {
      const service = s[engine()];
      if (service) service.build = { context: '.', dockerfile: 'Dockerfile.missing' };
    },
    expected: /^engine: build: Dockerfile\.missing does not exist/,
  },
  {
    check: 'each app runs from a bin file of the repository',
    what: 'a command pointing at a missing bin file',
    mutate: (s) => {
      const service = s[connector()];
      if (service) service.command = ['node', 'apps/connector/bin/replan-connectr.js'];
    },
    expected: /^connector: command: apps\/connector\/bin\/replan-connectr\.js does not exist/,
  },
  {
    check: 'each app runs from a bin file of the repository',
    what: 'no writer service',
    mutate: (s) => delete s[writer()],
    expected: /no service runs the writer app/,
  },
  {
    check: 'apps get only the variables they read',
    what: 'the registry given to the engine',
    mutate: (s) => (env(s[engine()]).REPLAN_REGISTRY = '/etc/replan/tenants.json'),
    expected: /^engine: environment: REPLAN_REGISTRY is not read by the engine app/,
  },
  {
    check: 'apps get only the variables they read',
    what: 'a worker variable given to the dashboard',
    mutate: (s) => (env(s[dashboard()]).REPLAN_HTTP_PORT = '9104'),
    expected: /^dashboard: environment: REPLAN_HTTP_PORT is not read by the dashboard app/,
  },
  {
    check: 'apps get only the variables they read',
    what: 'a misspelt variable',
    mutate: (s) => (env(s[writer()]).REPLAN_WRITER_CONCURRENCY = '2'),
    expected: /^writer: environment: REPLAN_WRITER_CONCURRENCY is not read by the writer app/,
  },
  {
    check: 'apps have their required variables, with values they accept',
    what: 'a writer without its registry',
    mutate: (s) => delete env(s[writer()]).REPLAN_REGISTRY,
    expected: /^writer: environment: REPLAN_REGISTRY is required by the writer/,
  },
  {
    check: 'apps have their required variables, with values they accept',
    what: 'a value the app refuses',
    mutate: (s) => (env(s[connector()]).REPLAN_EXTRACT_CONCURRENCY = 'two'),
    expected: /^connector: environment: .*REPLAN_EXTRACT_CONCURRENCY must be a whole number/,
  },
  {
    check: 'apps have their required variables, with values they accept',
    what: 'a dashboard without tokens',
    mutate: (s) => {
      delete env(s[dashboard()]).REPLAN_DASHBOARD_ADMIN_TOKEN;
      delete env(s[dashboard()]).REPLAN_DASHBOARD_VIEWER_TOKEN;
    },
    expected: /^dashboard: environment: set REPLAN_DASHBOARD_ADMIN_TOKEN/,
  },
  {
    check: 'the registry is mounted read-only from deploy/tenants.json',
    what: 'a writable registry',
    mutate: (s) => {
      const service = s[writer()];
      if (service) {
        service.volumes = ['./deploy/tenants.json:/etc/replan/tenants.json'];
      }
    },
    expected: /^writer: volumes: \/etc\/replan\/tenants\.json must be mounted read-only/,
  },
  {
    check: 'the registry is mounted read-only from deploy/tenants.json',
    what: 'no registry mount',
    mutate: (s) => delete s[connector()]?.volumes,
    expected: /^connector: volumes: nothing is mounted at REPLAN_REGISTRY/,
  },
  {
    check: 'the example registry is a valid registry',
    what: 'a tenant without a secret',
    mutate: (_, d) => {
      d.registryExample = d.registryExample.replace(/"secret": "[^"]*"/, '"secret": ""');
    },
    expected: /^deploy\/tenants\.example\.json: .*secret must be a non-empty string/,
  },
  {
    check: 'REPLAN_REDIS_URL points at the redis service',
    what: 'an engine on its own localhost',
    mutate: (s) => (env(s[engine()]).REPLAN_REDIS_URL = 'redis://127.0.0.1:6379'),
    expected:
      /^engine: environment: REPLAN_REDIS_URL points at 127\.0\.0\.1, not the redis service/,
  },
  {
    check: 'REPLAN_REDIS_URL points at the redis service',
    what: 'a dashboard on the default Redis',
    mutate: (s) => delete env(s[dashboard()]).REPLAN_REDIS_URL,
    expected: /^dashboard: environment: REPLAN_REDIS_URL points at 127\.0\.0\.1/,
  },
  {
    check: 'dependencies exist, have healthchecks, and apps wait for them',
    what: 'a dependency on a missing service',
    mutate: (s) => {
      const service = s[dashboard()];
      if (service) service.depends_on = ['redis', 'cache'];
    },
    expected: /^dashboard: depends_on: cache is not a service/,
  },
  {
    check: 'dependencies exist, have healthchecks, and apps wait for them',
    what: 'a database without a healthcheck',
    mutate: (s) => delete s.postgres?.healthcheck,
    expected: /^connector: depends_on: postgres is waited for as healthy but has no healthcheck/,
  },
  {
    check: 'dependencies exist, have healthchecks, and apps wait for them',
    what: 'a writer that does not wait for a database',
    mutate: (s) => {
      const service = s[writer()];
      if (service && isRecord(service.depends_on)) delete service.depends_on.sqlserver;
    },
    expected: /^writer: depends_on: sqlserver with condition service_healthy is missing/,
  },
  {
    check: 'apps have a healthcheck on their own /readyz',
    what: "a healthcheck on another app's port",
    mutate: (s) => {
      const service = s[writer()];
      if (service && isRecord(service.healthcheck)) {
        service.healthcheck.test = ['CMD', 'node', '-e', "fetch('http://127.0.0.1:9101/readyz')"];
      }
    },
    expected: /^writer: healthcheck: requests port 9101, the writer listens on 9103/,
  },
  {
    check: 'apps have a healthcheck on their own /readyz',
    what: 'a port changed without its healthcheck',
    mutate: (s) => (env(s[dashboard()]).REPLAN_DASHBOARD_PORT = '3001'),
    expected: /^dashboard: healthcheck: requests port 3000, the dashboard listens on 3001/,
  },
  {
    check: 'apps have a healthcheck on their own /readyz',
    what: 'a healthcheck with curl',
    mutate: (s) => {
      const service = s[engine()];
      if (service && isRecord(service.healthcheck)) {
        service.healthcheck.test = ['CMD', 'curl', '-f', 'http://127.0.0.1:9102/readyz'];
      }
    },
    expected: /^engine: healthcheck: the image has no curl or wget/,
  },
  {
    check: 'apps have a healthcheck on their own /readyz',
    what: 'no healthcheck',
    mutate: (s) => delete s[connector()]?.healthcheck,
    expected: /^connector: healthcheck: missing/,
  },
  {
    check: 'the engine can be scaled',
    what: 'an engine with a fixed name and port',
    mutate: (s) => {
      const service = s[engine()];
      if (service) {
        service.container_name = 'replan-engine';
        service.ports = ['9102:9102'];
      }
    },
    expected: /^engine: (container_name|ports):/,
  },
  {
    check: 'the dashboard port is published',
    what: 'a dashboard without ports',
    mutate: (s) => delete s[dashboard()]?.ports,
    expected: /^dashboard: ports: the dashboard's port 3000 is not published/,
  },
  {
    check: 'Redis keeps every job: noeviction and an append-only file',
    what: 'an evicting Redis',
    mutate: (s) => {
      if (s.redis)
        s.redis.command = [
          'redis-server',
          '--appendonly',
          'yes',
          '--appendfsync',
          'everysec',
          '--maxmemory-policy',
          'allkeys-lru',
        ];
    },
    expected: /^redis: command: --maxmemory-policy noeviction is missing/,
  },
  {
    check: 'Redis keeps every job: noeviction and an append-only file',
    what: 'a Redis without persistence',
    mutate: (s) => {
      if (s.redis) {
        s.redis.command = 'redis-server --maxmemory-policy noeviction';
        delete s.redis.volumes;
      }
    },
    expected: /^redis: (command: --appendonly yes is missing|volumes:)/,
  },
  {
    check: 'workers get longer to stop than their shutdown timeout',
    what: 'a grace period shorter than the shutdown timeout',
    mutate: (s) => {
      const service = s[connector()];
      if (service) service.stop_grace_period = '30s';
    },
    expected: /^connector: stop_grace_period: 30 s is not above REPLAN_SHUTDOWN_TIMEOUT_MS/,
  },
  {
    check: 'workers get longer to stop than their shutdown timeout',
    what: 'a shutdown timeout raised without the grace period',
    mutate: (s) => (env(s[engine()]).REPLAN_SHUTDOWN_TIMEOUT_MS = '120000'),
    expected:
      /^engine: stop_grace_period: .* is not above REPLAN_SHUTDOWN_TIMEOUT_MS \(120000 ms\)/,
  },
  {
    check: 'workers get longer to stop than their shutdown timeout',
    what: 'no grace period',
    mutate: (s) => delete s[writer()]?.stop_grace_period,
    expected: /^writer: stop_grace_period: missing/,
  },
  {
    check: 'the Dockerfile builds the project into a non-root image',
    what: 'no build step and a root user',
    mutate: (_, d) => {
      d.dockerfile = d.dockerfile
        .replace(/^RUN npm run build$/m, '')
        .replace(/^USER node$/m, 'USER root');
    },
    expected: /^Dockerfile: (RUN: npm run build is missing|USER:)/,
  },
  {
    check: 'the Dockerfile builds the project into a non-root image',
    what: 'no compiler for better-sqlite3',
    mutate: (_, d) => {
      d.dockerfile = d.dockerfile.replace(/ g\+\+/, '');
    },
    expected: /^Dockerfile: RUN: g\+\+ is not installed/,
  },
  {
    check: 'the Dockerfile builds the project into a non-root image',
    what: 'dev dependencies kept',
    mutate: (_, d) => {
      d.dockerfile = d.dockerfile.replace(/npm prune --omit=dev/, 'npm prune');
    },
    expected: /^Dockerfile: RUN: the development dependencies are not pruned/,
  },
  {
    check: '.dockerignore keeps local builds and secrets out of the image',
    what: 'the registry not ignored',
    mutate: (_, d) => {
      d.dockerignore = d.dockerignore.replace(/^deploy\/tenants\.json$/m, '');
    },
    expected: /^\.dockerignore: deploy\/tenants\.json is not excluded/,
  },
];

// ---------------------------------------------------------------------------------------

describe('docker-compose.yml, Dockerfile and .dockerignore', () => {
  const real = loadDeployment();

  it('are in the repository and parse', () => {
    expect(existsSync(join(ROOT, 'docker-compose.yml'))).toBe(true);
    expect(isRecord(real.compose)).toBe(true);
    expect(Object.keys(servicesOf(real))).toEqual(
      expect.arrayContaining([
        'redis',
        'postgres',
        'sqlserver',
        'connector',
        'engine',
        'writer',
        'dashboard',
      ]),
    );
  });

  it.each(Object.keys(checks))('pass: %s', (name) => {
    expect(checks[name]?.(real)).toEqual([]);
  });

  it('has a broken copy for every check', () => {
    const covered = new Set(breakages.map((b) => b.check));
    expect(Object.keys(checks).filter((name) => !covered.has(name))).toEqual([]);
  });

  it.each(breakages.map((b) => [b.check, b.what, b] as const))(
    'fail: %s, on %s',
    (check, _what, breakage) => {
      const problems = checks[check]?.(brokenCopy(breakage.mutate)) ?? [];
      expect(problems).toEqual(expect.arrayContaining([expect.stringMatching(breakage.expected)]));
    },
  );

  it('interpolates like compose', () => {
    expect(interpolate('a$${B}c')).toBe('a${B}c');
    expect(interpolate('${X:-6379}/${Y-z}${Z}')).toBe('6379/z');
    expect(interpolate('${T:?set T}')).toBe(REQUIRED_SAMPLE);
    expect(durationMs('1m30s')).toBe(90_000);
    expect(durationMs('45')).toBeUndefined();
  });
});
