# The newsroom bot on Node 24 LTS, which runs the TypeScript sources by type stripping (no build step).
#   docker build -t newsroom-bot .
#   docker run -d --name newsroom-bot --env-file .env --restart unless-stopped --stop-timeout 20 \
#     -v newsroom-corpus:/app/corpus -v newsroom-cache:/data/cache newsroom-bot
# See "Running it as a service" in the README.
FROM node:24-slim

ENV NODE_ENV=production
WORKDIR /app

COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force

COPY bin ./bin
COPY commands ./commands
COPY scripts ./scripts
COPY src ./src
COPY corpus ./corpus

# The bot runs as the image's unprivileged "node" user; it writes the corpus (uploads, .trash/),
# its cache and the engine-worker bundle (.cache/ in the project, next to node_modules).
RUN mkdir -p /app/.cache /data/cache && chown -R node:node /app/.cache /app/corpus /data/cache
USER node

ENV CORPUS_DIR=/app/corpus CACHE_DIR=/data/cache
VOLUME ["/app/corpus", "/data/cache"]

# Alive = the bot (PID 1) still exists. A bot that cannot reach Discord exits by itself
# (a fatal gateway close exits with 78), so the restart policy takes over.
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 CMD ["node", "-e", "process.kill(1, 0)"]

# The bot itself is PID 1 (no npm or shell in between): SIGTERM reaches it, it answers the
# questions in flight (up to 10 s) and exits 0. Logs are JSON lines on stdout.
STOPSIGNAL SIGTERM
CMD ["node", "src/cli/main.ts"]
