# drillbit team host as a container, for a managed service that supports
# WebSockets (see docs/team.md). TLS is ended by the platform's front end or
# load balancer; the container serves plain ws:// on $PORT (8080 by default).
#
#   docker build -t drillbit-team .
#   docker run --rm -p 8080:8080 drillbit-team
#
# Players then run: drillbit team join wss://<service address> --code <code from the log>
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
# No install scripts: node-pty (tests only) and esbuild's download are not needed to build.
RUN npm ci --ignore-scripts && npm rebuild esbuild
COPY tsconfig*.json ./
COPY scripts ./scripts
COPY src ./src
RUN npm run build && npm prune --omit=dev --ignore-scripts

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production \
    DRILLBIT_HOME=/data \
    PORT=8080
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY bin ./bin
COPY decks ./decks
COPY drills ./drills
RUN mkdir -p /data && chown node:node /data
USER node
# The session log goes to $DRILLBIT_HOME; on Cloud Run the file system is in memory.
VOLUME ["/data"]
EXPOSE 8080
# --auto: the host runs itself (no terminal in a container). The join code is in the log.
ENTRYPOINT ["node", "bin/drillbit.js", "team", "host", "--plain"]
CMD ["--auto", "30", "--questions", "10", "--seconds", "60", "--late-join"]
