#!/usr/bin/env bash
# Healthpress benchmark. Builds the app into its own directory, fills a scratch H2 database, starts the app,
# and measures it with wrk on loopback, each figure side by side with nginx serving the very same bytes as
# static files (the physical limit of this machine). Prints one markdown table and writes
# bench/results/latest.md, latest.txt and chart.svg. How to run it and read it: bench/README.md.
set -euo pipefail

BENCH_DIR=$(cd "$(dirname "$0")" && pwd)
DURATION=${DURATION:-10}                      # seconds per measured wrk run
WARMUP=${WARMUP:-5}                           # seconds of 2-connection warm-up before each app measurement
JIT_WARMUP=${JIT_WARMUP:-20}                  # seconds of 2-connection warm-up after each app start
LIST_CONNECTIONS=${LIST_CONNECTIONS:-10}      # connections for home, last page, search and sitemap
UNCACHED_SAMPLES=${UNCACHED_SAMPLES:-7}       # never-requested articles for the first-render figure
ARTICLE_PATH=${ARTICLE_PATH:-}                # pages to measure; found from the home page when empty
LAST_PATH=${LAST_PATH:-}
SEARCH_QUERY=${SEARCH_QUERY:-}
source "$BENCH_DIR/common.sh"

install_missing

machine_facts
fact nginx "$("$(nginx_bin)" -v 2>&1 | sed 's/.*: //')"
fact duration "$DURATION"
fact list_connections "$LIST_CONNECTIONS"
build_jar
fill_db

# ---- measuring ----------------------------------------------------------------------------------------------
sample_rss() {  # background: the app's resident set every 200 ms, one line each
  while kill -0 "$APP_PID" 2>/dev/null; do ps -o rss= -p "$APP_PID" || true; sleep 0.2; done
}

# measure SERVER CASE URL CONNECTIONS ENC: one wrk run, one RUN line
measure() {
  local server=$1 case=$2 url=$3 conns=$4 enc=$5 threads=2 header=() line rss=0
  local servers before after wrk_ticks others others_pct
  [ "$conns" -lt 2 ] && threads=1
  [ "$enc" = gzip ] && header=(-H "Accept-Encoding: gzip")
  if [ "${server#nginx}" != "$server" ]; then
    servers=("$NGINX_PID" $(ps -o pid= --ppid "$NGINX_PID"))
  else
    servers=("$APP_PID")
    sample_rss >"$WORK/rss.txt" & SAMPLER_PID=$!
  fi
  before=($(cpu_jiffies) "$(proc_jiffies "${servers[@]}")")
  # wrk's own CPU time: the subshell's waited-for children (fields 16 and 17 of its /proc stat)
  wrk_ticks=$("${WRK_PIN[@]}" wrk -t$threads -c"$conns" -d"$DURATION"s --timeout 10s --latency \
                -s "$BENCH_DIR/wrk-report.lua" "${header[@]}" "$url" >"$WORK/wrk.out" || true
              sed 's/^.*) //' "/proc/$BASHPID/stat" | awk '{print $14 + $15}')
  after=($(cpu_jiffies) "$(proc_jiffies "${servers[@]}")")
  others=$(( (after[0] - before[0]) - (after[2] - before[2]) - wrk_ticks ))
  others_pct=$(( after[1] > before[1] && others > 0 ? 100 * others / (after[1] - before[1]) : 0 ))
  line=$(grep '^BENCH ' "$WORK/wrk.out" || true)
  if [ -n "$SAMPLER_PID" ]; then
    kill "$SAMPLER_PID" 2>/dev/null || true; wait "$SAMPLER_PID" 2>/dev/null || true; SAMPLER_PID=""
    rss=$(sort -n "$WORK/rss.txt" | tail -1)
  fi
  [ -n "$line" ] || die "wrk printed no result for $url"
  echo "RUN server=$server case=$case conns=$conns enc=$enc rss_kb=${rss:-0} others_pct=$others_pct ${line#BENCH }" >> "$OUT"
  log "$(printf '%-12s %-8s %-6s c%-4s %s' "$case" "$server" "$enc" "$conns" \
        "$(awk '{for(i=1;i<=NF;i++){split($i,kv,"=");v[kv[1]]=kv[2]} printf "%.0f req/s, p50 %.2f ms, p99 %.2f ms, errors %d", v["requests"]/(v["duration_us"]/1e6), v["p50_us"]/1000, v["p99_us"]/1000, v["connect"]+v["read"]+v["write"]+v["timeout"]+v["status"]}' <<<"${line#BENCH }"), others ${others_pct}% CPU")"
}

# save NAME PATH: the app's bytes for PATH, plain and gzip, into nginx's root; records sizes or why not
declare -A PATHS=() AVAILABLE=()
save() {
  local name=$1 path=$2 code enc
  PATHS[$name]=$path
  code=$(curl -s -o "$WORK/www/$name" -w '%{http_code}' "$APP$path")
  if [ "$code" != 200 ]; then
    fact "missing_$name" "HTTP $code for $path"
    log "$name: $path answers $code, not measured"
    return
  fi
  AVAILABLE[$name]=1
  enc=$(curl -s -D - -o "$WORK/www/$name.gz" -H 'Accept-Encoding: gzip' "$APP$path" \
          | tr -d '\r' | awk -F': *' 'tolower($1)=="content-encoding" {print $2}')
  [ "$enc" = gzip ] || { rm -f "$WORK/www/$name.gz"; fact "nogzip_$name" "$path"; }
  fact "path_$name" "$path"
  fact "size_$name" "$(stat -c %s "$WORK/www/$name") $(stat -c %s "$WORK/www/$name.gz" 2>/dev/null || echo 0)"
}

# side_by_side CASE CONNS ENC [SERVER]: warm up, then the app and nginx one after the other
side_by_side() {
  local name=$1 conns=$2 enc=$3 server=${4:-app}
  [ -n "${AVAILABLE[$name]:-}" ] || return 0
  [ "$enc" = gzip ] && [ ! -f "$WORK/www/$name.gz" ] && return 0
  warm "$APP${PATHS[$name]}" "$enc" "$WARMUP"
  measure "$server" "$name" "$APP${PATHS[$name]}" "$conns" "$enc"
  if [ "$server" = app ]; then
    warm "$NGINX/$name" "$enc" 2
    measure nginx "$name" "$NGINX/$name" "$conns" "$enc"
  fi
}

first_renders() {  # first_renders PATH...: one request each, milliseconds, as a browser asks
  local path
  for path in "$@"; do
    curl -s -o /dev/null -H 'Accept-Encoding: gzip, deflate, br' -w '%{http_code} %{time_total}\n' "$APP$path"
  done | awk '$1 == 200 {printf "%.1f\n", $2 * 1000}' | sort -n | tr '\n' ' '
}

# ---- run ----------------------------------------------------------------------------------------------------
log "training the class-data archive (CDS=$CDS)"
train_class_archive
wait_quiet
log "starting the app three times ($JAVA_OPTS); the start figure is the median"
starts=()
for attempt in 1 2; do
  start_app "start-$attempt"
  starts+=("$START_MS")
  stop_app
done
# The page store's background renders fill the store of a new database for some minutes, at the lowest priority
# but on the same heap and database; crawl.sh measures them. Here they are off: pages are cached in memory (and
# stored) as they are asked for, the steady state of a site whose store is full.
start_app cached RENDER_AHEAD=off
starts+=("$START_MS")
fact start_each_ms "${starts[*]}"
fact start_ms "$(printf '%s\n' "${starts[@]}" | sort -n | sed -n 2p)"
fact rss_idle_kb "$(rss_kb)"
log "first page served ${starts[*]} ms after process start"

eval "$(python3 "$BENCH_DIR/pages.py" "$APP" "$UNCACHED_SAMPLES" "$ARTICLE_PATH" "$LAST_PATH" "$SEARCH_QUERY")"
[ -n "$COLD_PATH" ] && fact cold_jvm_article_ms "$(first_renders "$COLD_PATH")"

mkdir -p "$WORK/www"
chmod 755 "$WORK/www"
save article "$ARTICLE_PATH"
save home "/"
save last "$LAST_PATH"
save search "/search?q=$(python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1]))' "$SEARCH_QUERY")"
save sitemap "/sitemap.xml"
if [ -n "${AVAILABLE[sitemap]:-}" ] && grep -q '<sitemapindex' "$WORK/www/sitemap"; then
  part=$(grep -o '<loc>[^<]*</loc>' "$WORK/www/sitemap" | head -1 | sed -e 's#<loc>##' -e 's#</loc>##' -e "s#^$APP##")
  save sitemap_part "$part"
fi
start_nginx
log "nginx on $NGINX serves the saved bytes from $WORK/www"

log "warming the JIT: ${JIT_WARMUP}s at 2 connections"
warm "$APP$ARTICLE_PATH" plain "$JIT_WARMUP"
warm "$APP$ARTICLE_PATH" gzip 5
for enc in plain gzip; do
  for conns in 50 200; do side_by_side article "$conns" "$enc"; done
done
for name in home last search sitemap sitemap_part; do
  side_by_side "$name" "$LIST_CONNECTIONS" gzip
done
if [ -n "$UNCACHED" ]; then
  fact first_render_ms "$(first_renders $UNCACHED)"
fi
fact rss_end_kb "$(rss_kb)"

# What the cache buys: the same article with the page cache switched off (PAGE_CACHE=off).
if python3 -c 'import sys, zipfile; z = zipfile.ZipFile(sys.argv[1]); sys.exit(0 if any(b"PAGE_CACHE" in z.read(n) for n in z.namelist() if n.startswith("com/healthpress/")) else 1)' "$JAR"; then
  stop_app
  log "restarting the app with PAGE_CACHE=off"
  start_app nocache PAGE_CACHE=off RENDER_AHEAD=off
  fact start_nocache_ms "$START_MS"
  warm "$APP$ARTICLE_PATH" plain "$JIT_WARMUP"
  side_by_side article 50 plain app-nocache
  side_by_side article 50 gzip app-nocache
else
  fact nocache "n/a: this build has no PAGE_CACHE switch"
  log "no PAGE_CACHE switch in this build: cache-off figures are n/a"
fi
stop_app

# What the metrics cost on the hot path: the same cached article with the management port on (METRICS_PORT), each
# request then timed by route pattern; nginx measured again right after, for a ratio of its own.
log "restarting the app with METRICS_PORT=0 (metrics on, any free management port)"
start_app metrics RENDER_AHEAD=off METRICS_PORT=0
warm "$APP$ARTICLE_PATH" plain "$JIT_WARMUP"
warm "$APP$ARTICLE_PATH" gzip "$WARMUP"
for enc in gzip plain; do
  measure app-metrics article "$APP$ARTICLE_PATH" 50 "$enc"
  warm "$NGINX/article" "$enc" 2
  measure nginx-again article "$NGINX/article" 50 "$enc"
done
stop_app

mkdir -p "$RESULTS"
python3 "$BENCH_DIR/report.py" "$OUT" "$RESULTS"
log "done in $(( $(date +%s) - T0 )) s; wrote $RESULTS/latest.md and $RESULTS/chart.svg"
