# syntax=docker/dockerfile:1
#
# One image for every Replan process; the command chooses the app (docs/operations.md):
#
#   node apps/connector/bin/replan-connector.js   coordinator + extract (needs REPLAN_REGISTRY)
#   node apps/engine/bin/replan-engine.js         plan (no database access)
#   node apps/writer/bin/replan-writer.js         write (needs REPLAN_REGISTRY)
#   node apps/dashboard/bin/replan-dashboard.js   bull-board behind a login
#   node apps/cli/bin/replan.js serve             every role in one process (the default)
#   node apps/cli/bin/replan.js tenant migrate    create or upgrade the ERP integration tables
#
# docker build -t replan:local .

# ---- build: install everything, compile, then drop the development dependencies ----
FROM node:20-bookworm-slim AS build

# better-sqlite3 compiles its native module from source when no prebuilt binary fits.
RUN apt-get update \
  && apt-get install -y --no-install-recommends python3 make g++ \
  && rm -rf /var/lib/apt/lists/*

WORKDIR /app
# The whole workspace (see .dockerignore): npm ci needs every workspace's package.json.
COPY . .

# npm ci installs all workspaces from package-lock.json and runs the root `prepare`
# script, which builds; `npm run build` then only confirms every project is up to date.
RUN --mount=type=cache,target=/root/.npm npm ci --no-audit --no-fund
RUN npm run build

# Remove the development dependencies (TypeScript, jest, eslint, …). npm prune runs no
# lifecycle scripts, so `prepare` is not run again without TypeScript; the workspace links
# in node_modules/@replan stay, pointing at the compiled libs/*/dist and apps/*/dist.
RUN npm prune --omit=dev --no-audit --no-fund \
  && rm -rf .ci-out coverage \
  && find . -name '*.tsbuildinfo' -not -path './node_modules/*' -delete

# ---- runtime: the compiled workspace and its production dependencies ----
FROM node:20-bookworm-slim AS runtime

ENV NODE_ENV=production
WORKDIR /app
# Owned by root and read-only to the app: the service writes nothing under /app.
COPY --from=build /app /app

# The operations endpoints (/healthz, /readyz, /metrics): serve 9100, connector 9101,
# engine 9102, writer 9103; the dashboard listens on 3000.
EXPOSE 3000 9100 9101 9102 9103

USER node
CMD ["node", "apps/cli/bin/replan.js", "serve"]
