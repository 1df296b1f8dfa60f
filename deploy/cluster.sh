#!/usr/bin/env bash
# Two SCIM Me instances behind HAProxy on this machine, with Redis and the embedded IdP, all on loopback.
#
#   deploy/cluster.sh start    build the production jar if there is none, start everything, wait until it answers
#   deploy/cluster.sh status   what runs, and what HAProxy thinks of each instance
#   deploy/cluster.sh stop     stop everything (instances gracefully: SIGTERM, then they drain)
#
# Then open http://localhost:8080 and sign in as demo / demo. Walkthrough: docs/deployment.md.
# Needs: a JDK 21+ (found like .ci/find-jdk does), redis-server and haproxy (apt-get install redis-server haproxy).
#
# Ports and places (environment variables, defaults in brackets):
#   SCIMME_LB_PORT [8080]  SCIMME_APP1_PORT [8081]  SCIMME_APP2_PORT [8082]  SCIMME_STATS_PORT [8404]
#   SCIMME_IDP_PORT [9000]  SCIMME_REDIS_PORT [6380: not 6379, where a packaged redis-server service listens]
#   SCIMME_RUN_DIR [target/cluster]: pid files, logs (one per process), the IdP client secret
#   SCIMME_JAR: the jar to run [target/scim-me-*.jar, built with -Pproduction when missing]
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
run=${SCIMME_RUN_DIR:-$root/target/cluster}
export SCIMME_LB_PORT=${SCIMME_LB_PORT:-8080}
export SCIMME_APP1_PORT=${SCIMME_APP1_PORT:-8081}
export SCIMME_APP2_PORT=${SCIMME_APP2_PORT:-8082}
export SCIMME_STATS_PORT=${SCIMME_STATS_PORT:-8404}
idp_port=${SCIMME_IDP_PORT:-9000}
redis_port=${SCIMME_REDIS_PORT:-6380}
# Stop order is the reverse: the load balancer first, so no request reaches an instance that is leaving.
processes=(redis idp app1 app2 haproxy)

say() { printf '%s\n' "$*" >&2; }
pid_of() { cat "$run/$1.pid" 2>/dev/null || true; }
running() { local pid; pid=$(pid_of "$1"); [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; }

# Waits until a URL answers 200 (or a port accepts, for Redis); gives up with the log's tail when the process dies.
wait_for() { # name url|port seconds
  local name=$1 target=$2 seconds=$3
  for _ in $(seq 1 "$seconds"); do
    if [[ $target == http* ]]; then
      [ "$(curl -s -o /dev/null -w '%{http_code}' "$target")" = 200 ] && return 0
    else
      (exec 3<>"/dev/tcp/127.0.0.1/$target") 2>/dev/null && return 0
    fi
    running "$name" || { say "$name stopped while starting; $run/$name.log ends with:"; tail -n 30 "$run/$name.log" >&2; exit 1; }
    sleep 1
  done
  say "$name did not answer on $target within ${seconds}s; see $run/$name.log"; exit 1
}

launch() { # name command...   (in the run directory: no .env of the project is read by accident)
  local name=$1; shift
  (cd "$run" && exec "$@") >>"$run/$name.log" 2>&1 &
  echo $! >"$run/$name.pid"
}

find_jar() {
  local jdk=$1 jar=${SCIMME_JAR:-}
  if [ -z "$jar" ]; then
    jar=$(ls "$root"/target/scim-me-*.jar 2>/dev/null | grep -v original | head -n 1 || true)
    # A jar from a plain `./mvnw package` runs in development mode: rebuild it as a production one.
    if [ -n "$jar" ] && ! unzip -p "$jar" 'META-INF/VAADIN/config/flow-build-info.json' 2>/dev/null \
        | grep -q '"productionMode" *: *true'; then
      say "$jar is not a production build; rebuilding"
      jar=""
    fi
    if [ -z "$jar" ]; then
      say "building the production jar (JAVA_HOME=$jdk ./mvnw -Pproduction -DskipTests package)"
      (cd "$root" && JAVA_HOME="$jdk" ./mvnw -B -q -Pproduction -DskipTests package) >&2
      jar=$(ls "$root"/target/scim-me-*.jar | grep -v original | head -n 1)
    fi
  fi
  echo "$jar"
}

start() {
  for name in "${processes[@]}"; do
    if running "$name"; then say "$name is already running (pid $(pid_of "$name")): deploy/cluster.sh stop first"; exit 1; fi
  done
  for tool in redis-server haproxy curl unzip; do
    command -v "$tool" >/dev/null || { say "$tool is missing: apt-get install redis-server haproxy curl unzip"; exit 1; }
  done
  mkdir -p "$run"
  local jdk jar java secret
  jdk=$("$root/.ci/find-jdk")
  java="$jdk/bin/java"
  jar=$(find_jar "$jdk")
  say "jar: $jar; logs and pid files: $run"

  launch redis redis-server --port "$redis_port" --bind 127.0.0.1 --save '' --appendonly no
  wait_for redis "$redis_port" 20

  # The IdP runs on its own (StandaloneLocalIdp), so that losing an instance does not sign everyone out.
  # Its client secret is made here and given to the instances through the environment, never a command line.
  secret=$(head -c 32 /dev/urandom | base64 | tr -d '/+=')
  (umask 077 && printf '%s\n' "$secret" >"$run/idp.secret")
  LOCAL_IDP_PORT=$idp_port LOCAL_IDP_APP_PORT=$SCIMME_LB_PORT LOCAL_IDP_CLIENT_SECRET=$secret \
    launch idp "$java" -cp "$jar" -Dloader.main=dev.scimme.localidp.StandaloneLocalIdp \
    org.springframework.boot.loader.launch.PropertiesLauncher
  wait_for idp "http://localhost:$idp_port/.well-known/openid-configuration" 120

  for n in 1 2; do
    local port_var="SCIMME_APP${n}_PORT"
    # `env` replaces itself with java: the pid file names the JVM.
    launch "app$n" env -u SPRING_PROFILES_ACTIVE \
      AUTH_ASGARDEO_ISSUER="http://localhost:$idp_port" AUTH_ASGARDEO_ID=scim-me-local AUTH_ASGARDEO_SECRET="$secret" \
      AUTH_ASGARDEO_ME_ENDPOINT="http://localhost:$idp_port/scim2/Me" \
      SPRING_DATA_REDIS_URL="redis://127.0.0.1:$redis_port" \
      "$java" -jar "$jar" --server.port="${!port_var}" --server.address=127.0.0.1
  done
  wait_for app1 "http://127.0.0.1:$SCIMME_APP1_PORT/actuator/health/readiness" 180
  wait_for app2 "http://127.0.0.1:$SCIMME_APP2_PORT/actuator/health/readiness" 180

  launch haproxy haproxy -db -f "$root/deploy/haproxy.cfg"
  wait_for haproxy "http://127.0.0.1:$SCIMME_LB_PORT/actuator/health/readiness" 30
  say "cluster up: open http://localhost:$SCIMME_LB_PORT and sign in as demo / demo"
  say "HAProxy statistics: http://127.0.0.1:$SCIMME_STATS_PORT/stats"
}

stop() {
  local i name pid
  for ((i = ${#processes[@]} - 1; i >= 0; i--)); do
    name=${processes[$i]}
    pid=$(pid_of "$name")
    if running "$name"; then
      kill -TERM "$pid"
      # Instances drain for at most spring.lifecycle.timeout-per-shutdown-phase (20 s); then the hard way.
      for _ in $(seq 1 40); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
      kill -0 "$pid" 2>/dev/null && { say "$name did not stop within 40 s: kill -9"; kill -KILL "$pid"; }
      say "$name stopped"
    fi
    rm -f "$run/$name.pid"
  done
}

status() {
  local name
  for name in "${processes[@]}"; do
    if running "$name"; then echo "$name: running (pid $(pid_of "$name"))"; else echo "$name: stopped"; fi
  done
  for n in 1 2; do
    local port_var="SCIMME_APP${n}_PORT"
    echo "app$n readiness: $(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:${!port_var}/actuator/health/readiness" || true)"
  done
  if running haproxy; then
    # pxname,svname,...,status (column 18) of each server, from HAProxy's statistics CSV.
    curl -s "http://127.0.0.1:$SCIMME_STATS_PORT/stats;csv" | awk -F, '$1 == "scimme" && $2 ~ /^app/ { print "haproxy sees " $2 ": " $18 }'
  fi
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) status ;;
  *) say "usage: deploy/cluster.sh start|stop|status"; exit 2 ;;
esac
