#!/usr/bin/env bash
# Healthpress first-render benchmark: how long the first request of an article page takes when no copy of it is
# cached, which is what a reader or crawler waits for after a save dropped the page, after a restart, or for a page
# nobody asked for since. Builds the app, fills (or reuses, DB_CACHE) an H2 database of ARTICLES synthetic
# articles, starts the app with the JVM flags of bench/run.sh, warms the JVM on other pages, then times SAMPLES
# never-requested articles one at a time, then the first request of the sitemap's pages file and of every topic and
# profile page (bench/first_render.py says exactly what is timed). Prints median, p90, min and max and writes
# bench/results/first-render-latest.md. PROFILE=1 also records the measured requests with
# Java Flight Recorder and prints where the render threads spent their time.
set -euo pipefail

BENCH_DIR=$(cd "$(dirname "$0")" && pwd)
SAMPLES=${SAMPLES:-300}                       # never-requested articles timed, one at a time
RENDER_WARMUP=${RENDER_WARMUP:-40}            # seconds of rendering other articles (2 at a time) before timing
SEED=${SEED:-15}                              # which articles are timed (a shuffle of the sitemap)
PROFILE=${PROFILE:-0}                         # 1: a flight recording of the timed requests, summarised
APP_PORT=${APP_PORT:-7587}
BUILD_NICE=${BUILD_NICE:-19}                  # the build and the database fill run at this priority; timing does not
source "$BENCH_DIR/common.sh"

mvn() { nice -n "$BUILD_NICE" "$(type -P mvn)" "$@"; }
install_missing
machine_facts
build_jar
java() { nice -n "$BUILD_NICE" "$(type -P java)" "$@"; }
fill_db
unset -f java
wait_quiet
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
! (exec 3<>"/dev/tcp/127.0.0.1/$APP_PORT") 2>/dev/null || die "something else listens on port $APP_PORT (set APP_PORT)"
log "starting the app ($JAVA_OPTS)"
start_app first-render
log "first page ${START_MS} ms after start; warming ${RENDER_WARMUP}s on other articles, then timing $SAMPLES"
profile_args=()
[ "$PROFILE" = 1 ] && profile_args=("$APP_PID" "$WORK/render.jfr")
python3 "$BENCH_DIR/first_render.py" "$APP" "$SAMPLES" "$RENDER_WARMUP" "$SEED" "${profile_args[@]}" \
  >"$WORK/first-render.txt"
load_after=$(cut -d' ' -f1-3 /proc/loadavg)
stop_app
result() { awk -v key="$1" '$1 == "RESULT" && $2 == key {print $3}' "$WORK/first-render.txt"; }
summary="median $(result median_ms) ms, p90 $(result p90_ms) ms, min $(result min_ms) ms, max $(result max_ms) ms"
log "first render of $(result samples) never-requested articles ($(result failures) failures): $summary"
log "sitemap pages file $(result pages_file_ms) ms; topic pages median $(result topic_median_ms) ms; profile pages median $(result profile_median_ms) ms"
log "load average before: $load_before; after: $load_after"

mkdir -p "$RESULTS"
{
  echo "## Healthpress first-render benchmark, $(fact_value date)"
  echo
  echo "Machine: $(fact_value cpus) × $(fact_value cpu_model), $(fact_value ram), $(fact_value java)." \
       "Source: $(fact_value source). JVM: \`$(fact_value java_opts)\`."
  echo "Database: H2 file, $(fact_value articles) generated articles$([ -n "$(fact_value db_reused)" ] && echo " (a filled copy reused)")."
  echo "Other processes kept $(fact_value busy_before_pct)% of the CPU busy just before the app started;" \
       "load average (1, 5, 15 min) $load_before before the timed requests and $load_after after."
  echo
  echo "After $(result warm_requests) requests of other articles and the home page over ${RENDER_WARMUP} s (2 at a time)," \
       "$(result samples) articles of the sitemap that nobody had asked for were requested one at a time on one" \
       "keep-alive connection with \`Accept-Encoding: gzip, deflate, br\`, each timed from sending the request to" \
       "reading its last byte: the page's render (its database reads, Markdown, JSON-LD, template) and its gzip" \
       "and Brotli copies, made before the answer leaves. That is the render a save's dropped page gets."
  echo
  echo "| figure | ms |"
  echo "| --- | --- |"
  for key in median p90 min max; do echo "| $key | $(result ${key}_ms) |"; done
  echo
  echo "Failures (not 200): $(result failures)."
  echo
  echo "Then, on the same connection, the first request of the sitemap's pages file (every topic and profile with" \
       "its date) and of each topic and profile page it names:"
  echo
  echo "| page | first request |"
  echo "| --- | --- |"
  echo "| sitemap pages file | $(result pages_file_ms) ms |"
  echo "| topic pages ($(result topic_pages)) | median $(result topic_median_ms) ms, max $(result topic_max_ms) ms |"
  echo "| profile pages ($(result profile_pages)) | median $(result profile_median_ms) ms, max $(result profile_max_ms) ms |"
} >"$RESULTS/first-render-latest.md"
if [ "$PROFILE" = 1 ]; then
  nice -n "$BUILD_NICE" python3 "$BENCH_DIR/jfr_top.py" "$WORK/render.jfr" 40 | tee "$WORK/profile.txt" >&2
  log "the recording: $WORK/render.jfr (kept with KEEP=1)"
fi
log "done in $(( $(date +%s) - T0 )) s; wrote $RESULTS/first-render-latest.md"
