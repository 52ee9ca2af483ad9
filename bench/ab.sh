#!/usr/bin/env bash
# Two builds side by side, interleaved: the app's CPU time per request and its requests per second on the same
# cached article page, round after round, A then B. CPU time per request moves much less than req/s when other
# work shares the machine, so this tells two commits apart where run.sh's single figures are within the noise.
#
#   A=2393142 B=HEAD bench/ab.sh          # refs of this checkout, built with git archive
#   ROUNDS=8 SECONDS_PER_RUN=10 ENCODINGS=plain bench/ab.sh
set -euo pipefail
BENCH_DIR=$(cd "$(dirname "$0")" && pwd)
SRC=$(cd "$BENCH_DIR/.." && pwd)
A=${A:?name the first ref: A=commit}
B=${B:-HEAD}
ROUNDS=${ROUNDS:-5}
SECONDS_PER_RUN=${SECONDS_PER_RUN:-8}
CONNECTIONS=${CONNECTIONS:-50}
ENCODINGS=${ENCODINGS:-gzip plain}   # the page as gzip and as plain bytes
JAVA_OPTS=${JAVA_OPTS:--Xms64m -Xmx192m -XX:+UseSerialGC -XX:ReservedCodeCacheSize=64m}
WORK=$(mktemp -d /tmp/healthpress-ab.XXXXXX)
PIDS=()
log() { printf '[ab %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
cleanup() { for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done; rm -rf "$WORK"; }
trap cleanup EXIT

for tool in wrk curl python3 mvn; do
  command -v "$tool" >/dev/null || { log "installing $tool from Debian's packages"; apt-get install -y -qq "$tool" >/dev/null; }
done

build() {  # build NAME REF: the jar of REF in $WORK/NAME
  mkdir -p "$WORK/$1/src"
  git -C "$SRC" archive "$2" | tar -x -C "$WORK/$1/src"
  (cd "$WORK/$1/src" && mvn -q -o package -DskipTests -DbuildDir="$WORK/$1/build" >/dev/null 2>&1 \
      || mvn -q package -DskipTests -DbuildDir="$WORK/$1/build" >/dev/null)
  log "$1 = $(git -C "$SRC" rev-parse --short "$2") built"
}

start() {  # start NAME PORT: the app on a fresh database of the demo articles
  mkdir -p "$WORK/$1/run"
  (cd "$WORK/$1/run" && MALLOC_ARENA_MAX=2 PORT=$2 BASE_URL=http://127.0.0.1:$2 \
      exec java $JAVA_OPTS -jar "$WORK/$1/build/healthpress.jar" >app.log 2>&1) &
  PIDS+=($!)
  for _ in $(seq 1 600); do curl -sf -o /dev/null "http://127.0.0.1:$2/" && return; sleep 0.5; done
  log "$1 did not start"; exit 1
}

ticks() { sed 's/^.*) //' "/proc/$1/stat" | awk '{print $12 + $13}'; }

A_ID=$(git -C "$SRC" rev-parse --short "$A"); B_ID=$(git -C "$SRC" rev-parse --short "$B")
build A "$A_ID"; build B "$B_ID"
start A 7431; start B 7432
PAGE=$(curl -s http://127.0.0.1:7431/ | grep -o 'href="/articles/[^"]*"' | head -1 | cut -d'"' -f2)
headers() { [ "$1" = gzip ] && echo "Accept-Encoding: gzip" || echo "X-Plain: 1"; }
log "page $PAGE, $ENCODINGS, $CONNECTIONS connections, $ROUNDS rounds of ${SECONDS_PER_RUN}s each; warming both"
for port in 7431 7432; do for encoding in $ENCODINGS; do
  wrk -t2 -c2 -d10s -H "$(headers "$encoding")" "http://127.0.0.1:$port$PAGE" >/dev/null
done; done

HZ=$(getconf CLK_TCK)
RESULTS=$WORK/rounds.tsv
for round in $(seq 1 "$ROUNDS"); do
  for encoding in $ENCODINGS; do for i in 0 1; do
    name=$([ $i = 0 ] && echo A || echo B); port=$((7431 + i)); pid=${PIDS[$i]}
    before=$(ticks "$pid")
    out=$(wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_PER_RUN}s" -H "$(headers "$encoding")" "http://127.0.0.1:$port$PAGE")
    after=$(ticks "$pid")
    requests=$(awk '/requests in/ {print $1}' <<<"$out")
    rate=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
    printf '%s\t%s\t%s\t%s\t%s\n' "$round" "$encoding" "$name" "$(( after - before ))" "$requests" >>"$RESULTS"
    log "round $round $encoding $name: $rate req/s"
  done; done
done

python3 - "$RESULTS" "$HZ" "$A" "$B" "$A_ID" "$B_ID" \
    "$CONNECTIONS" "$SECONDS_PER_RUN" "$(date -u '+%Y-%m-%d %H:%M UTC')" <<'EOF'
import collections, statistics, sys
path, hz, a, b, a_id, b_id, connections, seconds, when = sys.argv[1:]
rows = [line.split('\t') for line in open(path).read().split('\n') if line]
cpu = collections.defaultdict(list)
rate = collections.defaultdict(list)
for _, encoding, name, ticks, requests in rows:
    cpu[encoding, name].append(int(ticks) / int(hz) * 1e6 / int(requests))
    rate[encoding, name].append(int(requests) / int(seconds))
rounds = len(rows) // len(cpu)
print(f"### Healthpress A/B, {when}\n")
print(f"A = {a} ({a_id}), B = {b} ({b_id}): the same cached article page, {connections} connections, "
      f"{rounds} interleaved rounds of {seconds} s, both apps running at once on the demo articles.\n")
print("| page | build | app CPU per request, mean (min–max) | req/s, mean (min–max) |")
print("| --- | --- | --- | --- |")
for encoding in dict.fromkeys(e for e, _ in cpu):
    for name in 'AB':
        c, r = cpu[encoding, name], rate[encoding, name]
        print(f"| {encoding} | {name} | {statistics.mean(c):.2f} µs ({min(c):.2f}–{max(c):.2f}) | "
              f"{statistics.mean(r):,.0f} ({min(r):,.0f}–{max(r):,.0f}) |")
print()
for encoding in dict.fromkeys(e for e, _ in cpu):
    print(f"- {encoding}: B takes {statistics.mean(cpu[encoding, 'B']) / statistics.mean(cpu[encoding, 'A']):.3f}× "
          f"A's CPU per request and serves {statistics.mean(rate[encoding, 'B']) / statistics.mean(rate[encoding, 'A']):.3f}× its req/s")
EOF
