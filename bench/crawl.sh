#!/usr/bin/env bash
# Healthpress crawl benchmark: how fast the app serves pages nobody has asked for since it started, as a crawler
# walking the sitemap finds them. The sitemap's articles are split into two halves. After a fresh start and a
# warm-up on other pages, wrk asks for every article of half A exactly once, in random order; nginx then serves the
# same pages as files, crawled the same way. After a second fresh start, half B is crawled while other connections
# read one hot page. Prints one markdown table and writes bench/results/crawl-latest.md (see bench/README.md).
set -euo pipefail

BENCH_DIR=$(cd "$(dirname "$0")" && pwd)
DB_CACHE=${DB_CACHE-/var/tmp/healthpress-bench-db}   # generated databases are kept here; empty: generate every run
CRAWL_CONNECTIONS=${CRAWL_CONNECTIONS:-16}
HOT_CONNECTIONS=${HOT_CONNECTIONS:-50}        # connections reading the hot page during crawl B
HELD_OUT=${HELD_OUT:-400}                     # articles left out of both halves, for warming the JVM
JIT_WARMUP=${JIT_WARMUP:-10}                  # seconds at 2 connections over the warm pages, after each was asked once
STORE_WARMUP=${STORE_WARMUP:-20000}           # articles of the other half asked once before a crawl (0: none)
SEED=${SEED:-15}                              # the split and the order of the crawl
CRAWL_MAX=${CRAWL_MAX:-3600}                  # seconds a crawl may take at most
NGINX_ROUNDS=${NGINX_ROUNDS:-3}               # nginx crawls half A this many times (a second or so each); the median counts
RERENDER_MAX=${RERENDER_MAX:-1800}            # seconds the re-render after crawl B may take at most
RERENDER_HOT_SECONDS=${RERENDER_HOT_SECONDS:-30}  # seconds the hot page is read at the start of the re-render
GC_LOG=${GC_LOG:-on}                          # the app logs its collections: each step's count and longest pause
PREP_NICE=${PREP_NICE:-19}                    # niceness of the build, the generation and the training start
source "$BENCH_DIR/common.sh"

GZIP="Accept-Encoding: gzip"
LISTS=$WORK/crawl
load_average() { uptime | sed 's/.*load average: //'; }

install_missing
machine_facts
fact nginx "$("$(nginx_bin)" -v 2>&1 | sed 's/.*: //')"
fact load_before "$(load_average)"
fact seed "$SEED"
fact held_out "$HELD_OUT"
fact jit_warmup "$JIT_WARMUP"
fact store_warmup "$STORE_WARMUP"
fact hot_connections "$HOT_CONNECTIONS"
fact rerender_hot_seconds "$RERENDER_HOT_SECONDS"
log "load average before: $(load_average)"

# fill_page_store: the running app renders every public page into the page store in the background (as it does
# after generate, an import or a deploy); the crawl then measures a restart that finds them stored. FILL_STORE=off
# measures renders on request instead.
fill_page_store() {
  [ "${FILL_STORE:-on}" = on ] || return 0
  local articles start status stored waiting
  articles=$(sed -n 's/^ARTICLES_LISTED=\([0-9]*\).*/\1/p' "$LISTS/counts")
  start=$(date +%s)
  log "waiting for the page store to hold all $articles articles (rendered in the background by the app)"
  while :; do
    status=$(java -jar "$JAR" pages status 2>/dev/null) || status=""
    stored=$(echo "$status" | sed -n 's/^\([0-9]*\) pages stored.*/\1/p')
    waiting=$(echo "$status" | sed -n 's/.*; \([0-9]*\) stale and \([0-9]*\) of another.*/\1 \2/p')
    if [ -n "$stored" ] && [ "$stored" -gt "$articles" ] && [ "$waiting" = "0 0" ]; then break; fi
    [ $(( $(date +%s) - start )) -lt "${STORE_FILL_MAX:-3600}" ] || die "the page store was not filled: $status"
    sleep 10
  done
  fact vmhwm_fill_kb "$(awk '/^VmHWM:/ {print $2}' "/proc/$APP_PID/status")"
  gc_facts fill
  echo "$status" >"$WORK/store-status"
  echo $(( $(date +%s) - start )) >"$WORK/store-fill-s"
  log "page store: $status (after $(cat "$WORK/store-fill-s") s of background renders at nice $PREP_NICE)"
}

# ---- preparation, at low priority: build, database, class-data archive, the lists from the sitemap ----------
mkdir -p "$LISTS"
(
  renice -n "$PREP_NICE" -p "$BASHPID" >/dev/null
  trap stop_app EXIT
  build_jar
  echo "$JAR" >"$WORK/jar-path"
  fill_db
  log "training the class-data archive (CDS=$CDS)"
  train_class_archive
  start_app sitemap
  log "reading the sitemap"
  python3 "$BENCH_DIR/crawl.py" lists "$APP" "$LISTS" "$HELD_OUT" "$SEED" >"$LISTS/counts" || die "reading the sitemap"
  fill_page_store
) || exit 1
JAR=$(cat "$WORK/jar-path")
if [ "$(fact_value cds)" = on ]; then JAVA_OPTS="$JAVA_OPTS -XX:SharedArchiveFile=$WORK/healthpress.jsa"; fi
eval "$(cat "$LISTS/counts")"
fact hot_path "$HOT"
log "sitemap: $ARTICLES_LISTED articles; half A $HALF_A, half B $HALF_B; $WARM warm-up pages; hot page $HOT"

# ---- measuring ----------------------------------------------------------------------------------------------
# warm_up OTHER_HALF: every warm-up page once (the held-out articles are rendered), then the first STORE_WARMUP
# articles of the other half once (read from the page store, as the crawl will be: its path is then compiled by the
# JIT, as in a server that has been running; the other half is crawled by another process), then JIT_WARMUP s over
# the warm-up pages, cached
warm_up() {
  rm -f "$WORK/crawl-done"
  "${WRK_PIN[@]}" wrk -t1 -c2 -d"$CRAWL_MAX"s --timeout 10s -s "$BENCH_DIR/wrk-crawl.lua" -H "$GZIP" "$APP" \
    -- "$LISTS/warm.txt" 1 2 "$WORK/crawl-done" >/dev/null
  if [ "$STORE_WARMUP" -gt 0 ]; then
    # the store's index is loaded a few seconds after the start; until then its pages are read from the table
    for _ in $(seq 600); do grep -q "pages indexed" "$WORK/app-$APP_LABEL.log" && break; sleep 0.1; done
    head -n "$STORE_WARMUP" "$1" >"$LISTS/store-warmup.txt"
    rm -f "$WORK/crawl-done"
    "${WRK_PIN[@]}" wrk -t2 -c"$CRAWL_CONNECTIONS" -d"$CRAWL_MAX"s --timeout 10s -s "$BENCH_DIR/wrk-crawl.lua" \
      -H "$GZIP" "$APP" -- "$LISTS/store-warmup.txt" 2 "$CRAWL_CONNECTIONS" "$WORK/crawl-done" >/dev/null
  fi
  if [ "$JIT_WARMUP" -gt 0 ]; then
    "${WRK_PIN[@]}" wrk -t1 -c2 -d"$JIT_WARMUP"s --timeout 10s -s "$BENCH_DIR/wrk-load.lua" -H "$GZIP" "$APP" \
      -- "$LISTS/warm.txt" >/dev/null
  fi
}

# app_marker PATH: asks the app for PATH (a 404) and waits until its access line is written
app_marker() {
  curl -s -o /dev/null "$APP$1"
  for _ in $(seq 100); do
    grep -q " GET $1 " "$WORK/app-$APP_LABEL.log" && return
    sleep 0.05
  done
}

# crawl CASE BASE PATHS [HOT_CASE HOT_PATH]: wrk asks BASE for each of PATHS once; with HOT_PATH, another wrk
# reads that page meanwhile. One RUN line each in $OUT.
crawl() {
  local case=$1 base=$2 paths=$3 hot_case=${4:-} hot_path=${5:-} marker=/bench-crawl-$1-$$
  local servers before after wrk_ticks others others_pct line served="" summary
  if [ "$base" = "$NGINX" ]; then
    servers=("$NGINX_PID" $(ps -o pid= --ppid "$NGINX_PID"))
  else
    servers=("$APP_PID")
    app_marker "$marker-start"
  fi
  rm -f "$WORK/crawl-done"
  before=($(cpu_jiffies) "$(proc_jiffies "${servers[@]}")")
  # wrk's own CPU time: the subshell's waited-for children (fields 16 and 17 of its /proc stat)
  wrk_ticks=$(
    if [ -n "$hot_path" ]; then
      "${WRK_PIN[@]}" wrk -t2 -c"$HOT_CONNECTIONS" -d"$CRAWL_MAX"s --timeout 10s --latency \
        -s "$BENCH_DIR/wrk-report.lua" -H "$GZIP" "$base$hot_path" >"$WORK/hot.out" &
      hot_pid=$!
    fi
    "${WRK_PIN[@]}" wrk -t2 -c"$CRAWL_CONNECTIONS" -d"$CRAWL_MAX"s --timeout 10s --latency \
      -s "$BENCH_DIR/wrk-crawl.lua" -H "$GZIP" "$base" -- "$paths" 2 "$CRAWL_CONNECTIONS" "$WORK/crawl-done" \
      >"$WORK/crawl.out" || true
    if [ -n "$hot_path" ]; then kill -INT "$hot_pid"; wait "$hot_pid" || true; fi
    sed 's/^.*) //' "/proc/$BASHPID/stat" | awk '{print $14 + $15}')
  after=($(cpu_jiffies) "$(proc_jiffies "${servers[@]}")")
  others=$(( (after[0] - before[0]) - (after[2] - before[2]) - wrk_ticks ))
  others_pct=$(( after[1] > before[1] && others > 0 ? 100 * others / (after[1] - before[1]) : 0 ))
  line=$(grep '^BENCH ' "$WORK/crawl.out" || true)
  [ -n "$line" ] || die "wrk printed no result for the crawl $case: $(cat "$WORK/crawl.out")"
  if [ "$base" = "$APP" ]; then
    app_marker "$marker-end"
    served=$(python3 "$BENCH_DIR/crawl.py" served "$WORK/app-$APP_LABEL.log" "$marker-start" "$marker-end" "$paths")
  fi
  echo "RUN case=$case conns=$CRAWL_CONNECTIONS others_pct=$others_pct ${line#BENCH } $(grep '^CRAWL ' "$WORK/crawl.out" \
    | sed 's/^CRAWL //') ${served,,}" >>"$OUT"
  log "$(printf '%-16s c%-3s %s' "$case" "$CRAWL_CONNECTIONS" "$(summary "${line#BENCH }")"), others ${others_pct}% CPU${served:+; $served}"
  if [ -n "$hot_path" ]; then
    line=$(grep '^BENCH ' "$WORK/hot.out" || true)
    [ -n "$line" ] || die "wrk printed no result for the hot page: $(cat "$WORK/hot.out")"
    echo "RUN case=$hot_case conns=$HOT_CONNECTIONS others_pct=$others_pct ${line#BENCH }" >>"$OUT"
    log "$(printf '%-16s c%-3s %s' "$hot_case" "$HOT_CONNECTIONS" "$(summary "${line#BENCH }")")"
  fi
}

summary() {  # summary "requests=… duration_us=…": req/s, p50, p99, errors
  awk '{for(i=1;i<=NF;i++){split($i,kv,"=");v[kv[1]]=kv[2]} printf "%.0f req/s, p50 %.2f ms, p99 %.2f ms, errors %d, %d requests in %.2f s", v["requests"]/(v["duration_us"]/1e6), v["p50_us"]/1000, v["p99_us"]/1000, v["connect"]+v["read"]+v["write"]+v["timeout"]+v["status"], v["requests"], v["duration_us"]/1e6}' <<<"$1"
}

memory_facts() {  # memory_facts KEY: the app's peak and current resident memory
  fact "vmhwm_$1_kb" "$(awk '/^VmHWM:/ {print $2}' "/proc/$APP_PID/status")"
  fact "vmrss_$1_kb" "$(awk '/^VmRSS:/ {print $2}' "/proc/$APP_PID/status")"
  gc_facts "$1"
  log "resident memory after crawl $1: peak $(( $(fact_value "vmhwm_$1_kb") / 1024 )) MB, now $(( $(fact_value "vmrss_$1_kb") / 1024 )) MB; collections: $(fact_value "gc_$1")"
}

# fresh_app LABEL KEY OTHER_HALF: a new app process (nothing cached), warmed on pages outside the half it crawls
fresh_app() {
  APP_LABEL=$1
  start_app "$1"
  fact "start_$2_ms" "$START_MS"
  log "app started ($JAVA_OPTS${APP_ENV:+, $APP_ENV}): first page after $START_MS ms; warming up on $WARM other pages and $STORE_WARMUP of the other half"
  warm_up "$3"
}

# rerender: after crawl B, every stored page is marked to be rendered again (`pages rebuild`, as a new build's start
# marks its predecessor's pages) and the running app renders them in the background at nice 19. For the first
# RERENDER_HOT_SECONDS a wrk with HOT_CONNECTIONS reads the hot page as fast as it can (its figures while pages
# re-render); then nothing else is asked, and `pages status` (every 10 s, at nice 19) tells when none waits. The
# resident memory after it. RERENDER=off leaves it out.
rerender() {
  [ "${RERENDER:-on}" = on ] || return 0
  local start status="" waiting="" line
  log "re-render: every stored page marked (pages rebuild); $HOT_CONNECTIONS read $HOT for the first $RERENDER_HOT_SECONDS s"
  nice -n 19 java -jar "$JAR" pages rebuild >"$WORK/rebuild.out" 2>&1 || { log "pages rebuild failed: $(cat "$WORK/rebuild.out")"; return 0; }
  start=$(date +%s)
  "${WRK_PIN[@]}" wrk -t2 -c"$HOT_CONNECTIONS" -d"$RERENDER_HOT_SECONDS"s --timeout 10s --latency \
    -s "$BENCH_DIR/wrk-report.lua" -H "$GZIP" "$APP$HOT" >"$WORK/hot-rerender.out" || true
  status=$(nice -n 19 java -jar "$JAR" pages status 2>/dev/null) || status=""
  fact rerender_after_hot "$status"
  log "re-render after the hot page's $RERENDER_HOT_SECONDS s: $status"
  line=$(grep '^BENCH ' "$WORK/hot-rerender.out" || true)
  if [ -n "$line" ]; then
    fact rerender_hot "$(summary "${line#BENCH }")"
    fact rerender_hot_p99_us "$(sed 's/.*p99_us=\([0-9]*\).*/\1/' <<<"$line")"
    log "hot page while pages re-render: $(fact_value rerender_hot)"
  fi
  while [ $(( $(date +%s) - start )) -lt "$RERENDER_MAX" ]; do
    waiting=$(echo "$status" | sed -n 's/.*; \([0-9]*\) stale and \([0-9]*\) of another.*/\1 \2/p')
    [ "$waiting" = "0 0" ] && break
    sleep 10
    status=$(nice -n 19 java -jar "$JAR" pages status 2>/dev/null) || status=""
  done
  fact rerender_s "$(( $(date +%s) - start ))"
  fact rerender_done "$([ "$waiting" = "0 0" ] && echo yes || echo no)"
  fact rerender_status "$status"
  log "re-render done after $(fact_value rerender_s) s: $status"
  memory_facts rerender
}

# ---- run ----------------------------------------------------------------------------------------------------
wait_quiet
fresh_app crawl-a a "$LISTS/b.txt"
gc_facts warm_a
log "crawl A: $HALF_A articles, each once, $CRAWL_CONNECTIONS connections"
crawl crawl_a "$APP" "$LISTS/a.txt"
memory_facts a

log "saving half A's pages, plain and gzip, for nginx"
mkdir -p "$WORK/www"
chmod 755 "$WORK/www"
cat "$LISTS/a.txt" "$LISTS/hot.txt" >"$LISTS/save.txt"
saved=$(nice -n "$PREP_NICE" python3 "$BENCH_DIR/crawl.py" save "$APP" "$LISTS/save.txt" "$WORK/www") || die "saving pages"
log "$saved"
fact saved "$saved"
stop_app
start_nginx
warm "$NGINX$HOT" gzip 2
log "crawl A again, from nginx, $NGINX_ROUNDS times"
for round in $(seq "$NGINX_ROUNDS"); do crawl "crawl_a_nginx_$round" "$NGINX" "$LISTS/a.txt"; done
kill -QUIT "$NGINX_PID" 2>/dev/null || true; wait "$NGINX_PID" 2>/dev/null || true; NGINX_PID=""

fresh_app crawl-b b "$LISTS/a.txt"
curl -s -o /dev/null -H "$GZIP" "$APP$HOT"
gc_facts warm_b
log "crawl B: $HALF_B articles, each once, $CRAWL_CONNECTIONS connections, while $HOT_CONNECTIONS read $HOT"
crawl crawl_b "$APP" "$LISTS/b.txt" hot_b "$HOT"
memory_facts b
rerender
stop_app
fact load_after "$(load_average)"
log "load average after: $(load_average)"

mkdir -p "$RESULTS"
cp "$OUT" "$RESULTS/crawl-latest.txt"
python3 "$BENCH_DIR/crawl.py" report "$OUT" "$RESULTS/crawl-latest.md"
if [ -f "$WORK/store-status" ]; then
  printf '\nPage store before the crawls: %s; filled by the app'"'"'s background renders in %s s (at nice %s, while\nnothing else was asked of it).\n' \
    "$(cat "$WORK/store-status")" "$(cat "$WORK/store-fill-s")" "$PREP_NICE" >>"$RESULTS/crawl-latest.md"
fi
log "done in $(( $(date +%s) - T0 )) s; wrote $RESULTS/crawl-latest.md"
