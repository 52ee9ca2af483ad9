# Shared by bench/run.sh, load.sh and crawl.sh (sourced, not run): settings, the scratch directory and its cleanup,
# tools from Debian's packages, the build, the scratch database, and starting and stopping the app and nginx.
# The caller sets BENCH_DIR first. Every setting can be overridden from the environment.

SRC=${SRC:-$(cd "$BENCH_DIR/.." && pwd)}      # checkout to build from
REF=${REF:-}                                  # build this git ref of SRC (a clean snapshot) instead of its working tree
JAR=${JAR:-}                                  # use this jar instead of building
ARTICLES=${ARTICLES:-100000}
FALLBACK_ARTICLES=${FALLBACK_ARTICLES:-2000}  # only when the jar has no `generate` command
DB_CACHE=${DB_CACHE:-}                        # a directory where filled databases are kept and reused by later runs
APP_PORT=${APP_PORT:-7391}
NGINX_PORT=${NGINX_PORT:-7392}
START_TIMEOUT=${START_TIMEOUT:-300}           # seconds the app may take to serve its first page
JAVA_OPTS=${JAVA_OPTS:--Xms64m -Xmx128m -Xmn40m -XX:SurvivorRatio=4 -XX:+UseSerialGC -XX:ReservedCodeCacheSize=64m -XX:CompileThresholdScaling=3 -XX:TrimNativeHeapInterval=5000}
CDS=${CDS:-on}                                # on: run.sh trains a class-data archive and starts the app with it
APP_ENV=${APP_ENV-MALLOC_ARENA_MAX=2}           # extra environment for the app process (fewer glibc arenas: less RSS)
PIN=${PIN:-shared}                            # shared: wrk and servers on both cores; split: wrk on cpu 0, servers on cpu 1
WAIT_QUIET=${WAIT_QUIET:-0}                   # seconds to wait for other processes to drop under QUIET_PCT % CPU
QUIET_PCT=${QUIET_PCT:-15}
RESULTS=${RESULTS:-$BENCH_DIR/results}
GC_LOG=${GC_LOG:-off}                         # on: the app logs its collections (gc_facts reads them)
KEEP=${KEEP:-0}                               # 1 keeps the scratch directory (database, logs, saved pages)

APP=http://127.0.0.1:$APP_PORT
NGINX=http://127.0.0.1:$NGINX_PORT
WORK=$(mktemp -d /tmp/healthpress-bench.XXXXXX)
chmod 755 "$WORK"
OUT=$WORK/results.txt   # FACT and RUN lines
: >"$OUT"
T0=$(date +%s)
APP_PID="" NGINX_PID="" SAMPLER_PID=""

log() { printf '[%s %4ds] %s\n' "$(basename "$0" .sh)" $(( $(date +%s) - T0 )) "$*" >&2; }
fact() { printf 'FACT\t%s\t%s\n' "$1" "$2" >>"$OUT"; }
fact_value() { awk -F'\t' -v key="$1" '$1 == "FACT" && $2 == key {print $3}' "$OUT" | tail -1; }
die() { log "FAILED: $*"; exit 1; }

cleanup() {
  local status=$?
  if [ -n "$SAMPLER_PID" ]; then kill "$SAMPLER_PID" 2>/dev/null || true; fi
  stop_app || true
  if [ -n "$NGINX_PID" ]; then kill -QUIT "$NGINX_PID" 2>/dev/null || true; wait "$NGINX_PID" 2>/dev/null || true; fi
  if [ "$KEEP" = 1 ] || [ $status -ne 0 ]; then log "scratch directory kept: $WORK"; else rm -rf "$WORK"; fi
  exit $status
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# ---- tools: Debian's packages only -------------------------------------------------------------------------
install_missing() {
  local missing=() tool
  for tool in wrk nginx curl python3; do
    command -v "$tool" >/dev/null || [ -x "/usr/sbin/$tool" ] || missing+=("$tool")
  done
  command -v taskset >/dev/null || missing+=(util-linux)
  command -v ps >/dev/null || missing+=(procps)
  command -v mvn >/dev/null || [ -n "$JAR" ] || missing+=(maven)
  [ ${#missing[@]} -eq 0 ] && return
  log "installing ${missing[*]} from Debian's packages"
  local sudo_cmd=""
  [ "$(id -u)" -eq 0 ] || sudo_cmd=sudo
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "${missing[@]}" >/dev/null
}

if [ "$PIN" = split ]; then
  WRK_PIN=(taskset -c 0) SERVER_PIN=(taskset -c 1)
else
  WRK_PIN=() SERVER_PIN=()
fi

# ---- the machine, and how busy others keep it ---------------------------------------------------------------
cpu_jiffies() {  # "busy total" clock ticks of all cores since boot
  # Interrupt work (irq, softirq: loopback networking for wrk and the server) is no process's time: left out.
  awk '/^cpu / {t = 0; for (i = 2; i <= 9; i++) t += $i; print t - $5 - $6 - $7 - $8, t}' /proc/stat
}

proc_jiffies() {  # user + system clock ticks of the given processes, all their threads included
  local pid sum=0 ticks
  for pid in "$@"; do
    ticks=$(sed 's/^.*) //' "/proc/$pid/stat" 2>/dev/null | awk '{print $12 + $13}') || true
    sum=$(( sum + ${ticks:-0} ))
  done
  echo $sum
}

cpu_busy_pct() {  # share of all cores busy over two seconds
  local a b
  a=($(cpu_jiffies)); sleep 2; b=($(cpu_jiffies))
  echo $(( b[1] > a[1] ? 100 * (b[0] - a[0]) / (b[1] - a[1]) : 0 ))
}

# Others share this machine: wait (up to WAIT_QUIET seconds) for it to calm down, and record how busy it was.
wait_quiet() {
  local busy deadline=$(( $(date +%s) + WAIT_QUIET ))
  busy=$(cpu_busy_pct)
  while [ "$busy" -gt "$QUIET_PCT" ] && [ "$(date +%s)" -lt "$deadline" ]; do
    log "other processes keep ${busy}% of the CPU busy; waiting for under ${QUIET_PCT}%"
    sleep 3
    busy=$(cpu_busy_pct)
  done
  fact busy_before_pct "$busy"
  log "other processes keep ${busy}% of the CPU busy before the app starts"
}

machine_facts() {
  fact date "$(date -u '+%Y-%m-%d %H:%M UTC')"
  fact cpus "$(nproc)"
  fact cpu_model "$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')"
  fact ram "$(awk '/MemTotal/ {printf "%.1f GB", $2 / 1048576}' /proc/meminfo)"
  fact kernel "$(uname -r)"
  fact java "$(java -version 2>&1 | head -1)"
  fact wrk "$(wrk -v 2>&1 | head -1 | cut -d' ' -f1-2)"
  fact java_opts "$JAVA_OPTS${APP_ENV:+ ($APP_ENV)}"
  fact pin "$PIN"
  log "machine: $(nproc) cores, $(fact_value cpu_model), $(fact_value ram)"
}

# ---- build --------------------------------------------------------------------------------------------------
build_jar() {
  if [ -n "$JAR" ]; then
    fact source "$JAR"
    return
  fi
  local build_src=$SRC dirty
  if [ -n "$REF" ]; then
    build_src=$WORK/src
    mkdir -p "$build_src"
    git -C "$SRC" archive "$REF" | tar -x -C "$build_src"
    fact source "$(git -C "$SRC" rev-parse --short "$REF") ($REF)"
  else
    dirty=$(git -C "$SRC" status --porcelain -- src views static pom.xml 2>/dev/null | wc -l || true)
    fact source "$(git -C "$SRC" rev-parse --short HEAD 2>/dev/null || echo unknown)$([ "${dirty:-0}" -gt 0 ] && echo " + uncommitted changes")"
  fi
  log "building $build_src into $WORK/build"
  mvn -q -B -DskipTests -DbuildDir="$WORK/build" -f "$build_src/pom.xml" package >"$WORK/build.log" 2>&1 \
    || { tail -30 "$WORK/build.log" >&2; die "build"; }
  JAR=$WORK/build/healthpress.jar
}

# ---- data ---------------------------------------------------------------------------------------------------
export DATABASE_URL="jdbc:h2:file:$WORK/db/healthpress;AUTO_SERVER=TRUE"   # as the default configuration
export BASE_URL=$APP
export PORT=$APP_PORT
# The password the app generates beside a new H2 database (none in a build from before passwords were generated).
h2_password() { cat "$WORK/db/healthpress.h2-password" 2>/dev/null || true; }

# fill_db: ARTICLES synthetic articles with `generate`; a build without it gets copies of the demo documents.
fill_db() {
  local started db_key count
  started=$(date +%s%N)
  # A filled database is reused when the same number of articles comes from the same generator and migrations.
  db_key=$(python3 - "$JAR" "$ARTICLES" <<'EOF'
import hashlib, sys, zipfile
jar = zipfile.ZipFile(sys.argv[1])
digest = hashlib.sha1(sys.argv[2].encode())
for name in sorted(jar.namelist()):
    if name.startswith(("com/healthpress/generate/", "db/", "demo/")):
        digest.update(name.encode() + jar.read(name))
print("healthpress-%s-%s" % (sys.argv[2], digest.hexdigest()[:12]))
EOF
)
  if [ -n "$DB_CACHE" ] && [ -f "$DB_CACHE/$db_key/facts.txt" ]; then
    log "reusing the filled database $DB_CACHE/$db_key"
    mkdir -p "$WORK/db"
    cp "$DB_CACHE/$db_key/"*.mv.db "$WORK/db/"
    cp "$DB_CACHE/$db_key/"*.h2-password "$WORK/db/" 2>/dev/null || true
    cat "$DB_CACHE/$db_key/facts.txt" >>"$OUT"
    fact db_reused "$DB_CACHE/$db_key"
    return
  fi
  if java -jar "$JAR" help 2>&1 | grep -q generate; then
    log "generating $ARTICLES articles"
    java $JAVA_OPTS -jar "$JAR" generate --articles "$ARTICLES" >"$WORK/generate.log" 2>&1 \
      || { tail -20 "$WORK/generate.log" >&2; die "generate"; }
    fact articles "$ARTICLES"
    # H2's file keeps the space of rows rewritten while filling (4.9 GB for 100,000 articles, 0.6 GB compacted),
    # and opening a larger file takes longer. Compacted once, as the README advises operators.
    log "compacting the database file ($(du -h "$WORK/db/healthpress.mv.db" | cut -f1))"
    java -cp "$JAR" org.h2.tools.Shell -url "jdbc:h2:file:$WORK/db/healthpress" -user sa -password "$(h2_password)" \
      -sql "SHUTDOWN COMPACT" \
      >>"$WORK/generate.log" 2>&1 || true
    fact db_mb "$(( $(stat -c %s "$WORK/db/healthpress.mv.db") / 1048576 ))"
  else
    count=$(( ARTICLES < FALLBACK_ARTICLES ? ARTICLES : FALLBACK_ARTICLES ))
    log "no generate command in this jar: importing $count copies of the demo documents instead"
    mkdir -p "$WORK/docs"
    python3 - "$JAR" "$WORK/docs" "$count" <<'EOF'
import sys, zipfile, pathlib
jar, out, count = zipfile.ZipFile(sys.argv[1]), pathlib.Path(sys.argv[2]), int(sys.argv[3])
names = jar.read("demo/index.txt").decode().split()
for i in range(count):
    name = names[i % len(names)]
    slug = "%s-%06d" % (name.rsplit(".", 1)[0], i)
    text = jar.read("demo/" + name).decode().replace("“topic”:", "“slug”: “%s”,\n“topic”:" % slug, 1)
    (out / (slug + ".txt")).write_text(text)
EOF
    find "$WORK/docs" -name '*.txt' -print0 | xargs -0 -n 500 java -jar "$JAR" import --publish >"$WORK/import.log" 2>&1 \
      || { tail -20 "$WORK/import.log" >&2; die "import"; }
    fact articles "$count"
    fact articles_note "no generate command in this build: copies of the demo documents through the importer (ARTICLES=$ARTICLES)"
  fi
  fact fill_s "$(( ($(date +%s%N) - started) / 1000000000 ))"
  if [ -n "$DB_CACHE" ]; then
    mkdir -p "$DB_CACHE/$db_key"
    cp "$WORK/db/"*.mv.db "$DB_CACHE/$db_key/"
    cp "$WORK/db/"*.h2-password "$DB_CACHE/$db_key/" 2>/dev/null || true
    grep -E $'^FACT\t(articles|articles_note|fill_s|db_mb)\t' "$OUT" >"$DB_CACHE/$db_key/facts.txt"
  fi
}

# ---- nginx: the same bytes as static files from $WORK/www, PATH.gz for gzip (gzip_static) ---------------------
nginx_bin() { command -v nginx || echo /usr/sbin/nginx; }

start_nginx() {
  local dir=$WORK/nginx
  mkdir -p "$dir/tmp"
  cat >"$dir/nginx.conf" <<EOF
worker_processes auto;
daemon off;
pid $dir/nginx.pid;
error_log $dir/error.log warn;
events { worker_connections 4096; }
http {
  default_type text/html;
  access_log off;
  sendfile on;
  tcp_nopush on;
  keepalive_timeout 65;
  keepalive_requests 1000000;
  open_file_cache max=64;
  open_file_cache_valid 60s;
  gzip off;
  gzip_static on;
  gzip_vary on;
  client_body_temp_path $dir/tmp/body;
  proxy_temp_path $dir/tmp/proxy;
  fastcgi_temp_path $dir/tmp/fastcgi;
  uwsgi_temp_path $dir/tmp/uwsgi;
  scgi_temp_path $dir/tmp/scgi;
  server {
    listen 127.0.0.1:$NGINX_PORT;
    root $WORK/www;
    location /sitemap { default_type application/xml; }
  }
}
EOF
  "${SERVER_PIN[@]}" "$(nginx_bin)" -e "$dir/error.log" -c "$dir/nginx.conf" &
  NGINX_PID=$!
  for _ in $(seq 100); do
    curl -s -o /dev/null "$NGINX/" && return
    kill -0 "$NGINX_PID" 2>/dev/null || break
    sleep 0.05
  done
  die "nginx did not start: $(cat "$dir/error.log")"
}

# ---- the app ------------------------------------------------------------------------------------------------
# start_app LABEL [VAR=value...]: starts the app; START_MS is the time from process start to the first 200 of /.
start_app() {
  local label=$1 start
  shift
  start=$(date +%s%N)
  local gc_log=()
  [ "$GC_LOG" = on ] && gc_log=("-Xlog:gc:file=$WORK/gc-$label.log:uptime")
  env $APP_ENV "$@" "${SERVER_PIN[@]}" java $JAVA_OPTS "${gc_log[@]}" -jar "$JAR" >"$WORK/app-$label.log" 2>&1 &
  APP_PID=$!
  GC_LOG_FILE=$WORK/gc-$label.log GC_LINES_SEEN=0
  if START_MS=$("${WRK_PIN[@]}" python3 "$BENCH_DIR/first_page.py" "$APP/" "$APP_PID" "$start" "$START_TIMEOUT"); then
    return
  fi
  tail -30 "$WORK/app-$label.log" >&2
  die "app ($label) served no page"
}

stop_app() {
  [ -n "$APP_PID" ] || return 0
  kill -TERM "$APP_PID" 2>/dev/null || true
  for _ in $(seq 150); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 0.1; done
  kill -KILL "$APP_PID" 2>/dev/null || true
  wait "$APP_PID" 2>/dev/null || true
  APP_PID=""
}

# gc_facts KEY: the collections of the running app since the last call: how many were full, the longest pause.
gc_facts() {
  [ "$GC_LOG" = on ] && [ -f "$GC_LOG_FILE" ] || return 0
  local lines
  lines=$(wc -l <"$GC_LOG_FILE")
  fact "gc_$1" "$(tail -n +"$((GC_LINES_SEEN + 1))" "$GC_LOG_FILE" | head -n "$((lines - GC_LINES_SEEN))" | awk '
    /Pause Young/ {young++} /Pause Full/ {full++}
    /Pause/ {v = $NF; sub("ms", "", v); if (v + 0 > max) max = v + 0}
    END {printf "%d young, %d full, longest pause %.0f ms", young, full, max}')"
  GC_LINES_SEEN=$lines
}

rss_kb() { ps -o rss= -p "$APP_PID" | tr -d ' '; }

# train_class_archive: one start that writes the classes it loaded to an AppCDS archive at exit (JDK 17's dynamic
# archive), used by every later start through JAVA_OPTS, as the README advises for production. That start's time
# is the figure without an archive.
train_class_archive() {
  [ "$CDS" = on ] || { fact cds off; return; }
  local archive=$WORK/healthpress.jsa plain_opts=$JAVA_OPTS article
  JAVA_OPTS="$plain_opts -XX:ArchiveClassesAtExit=$archive"
  start_app cds-training
  fact start_without_cds_ms "$START_MS"
  article=$(curl -s "$APP/" | grep -o 'href="/articles/[^"]*"' | head -1 | cut -d'"' -f2)
  curl -s -o /dev/null "$APP$article"
  curl -s -o /dev/null "$APP/search?q=health"
  stop_app
  JAVA_OPTS=$plain_opts
  if [ -s "$archive" ]; then
    JAVA_OPTS="$JAVA_OPTS -XX:SharedArchiveFile=$archive"
    fact cds on
  else
    fact cds "off: no archive was written"
  fi
}

# warm URL ENC SECONDS [wrk args...]: 2 connections, so the JIT gets the cores (a cold JVM hit by 50 connections
# at once stays slow for 40+ s on 2 cores)
warm() {
  local url=$1 enc=$2 seconds=$3 header=()
  shift 3
  [ "$enc" = gzip ] && header=(-H "Accept-Encoding: gzip")
  "${WRK_PIN[@]}" wrk -t1 -c2 -d"$seconds"s "${header[@]}" "$@" "$url" >/dev/null
}
