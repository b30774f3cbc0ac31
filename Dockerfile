# gongkai-bot: multi-stage image. The build stage has the C++ toolchain better-sqlite3 may need
# (when no prebuilt binary fits) and the TypeScript compiler; the runtime stage has neither.
# Build: docker build -t gongkai-bot .
# Run:   docker run -d --name gongkai -p 8080:8080 -v gongkai-data:/data \
#          -e WECHAT_OA_TOKEN=… -e WECHAT_OA_ENCRYPT_MODE=safe … gongkai-bot

FROM node:20-bookworm-slim AS build
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY package.json package-lock.json tsconfig.json tsconfig.build.json ./
COPY src ./src
COPY scripts/bundle-cli.mjs scripts/han-class.mjs scripts/import-meta-url.js ./scripts/
# npm ci runs better-sqlite3's install script (native build) and the prepare script (tsc → dist/, then
# esbuild bundles the CLI into dist/bundle/; esbuild is a dev dependency, pruned after).
RUN npm ci --no-audit --no-fund \
 && npm prune --omit=dev --no-audit --no-fund

FROM node:20-bookworm-slim
ENV NODE_ENV=production \
    GONGKAI_DB=/data/gongkai.db \
    PORT=8080
WORKDIR /app
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY package.json ./
COPY bin ./bin
COPY data ./data
COPY prompts ./prompts
COPY docs ./docs
# The database lives on a volume owned by the unprivileged user the service runs as.
RUN mkdir -p /data && chown node:node /data
VOLUME ["/data"]
USER node
EXPOSE 8080
# node itself is PID 1 (not npm), so SIGTERM reaches it and replies in flight finish.
STOPSIGNAL SIGTERM
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 8080) + '/healthz').then((response) => process.exit(response.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "bin/gongkai.js", "serve"]
