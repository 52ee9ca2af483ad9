#!/usr/bin/env bash
# Healthpress image benchmark: what an editor waits for when saving a hero image — the checks, the decode
# (subsampled to what the variants need) and the making of every variant (widths in WebP and the original format,
# crops, thumbnail) on the single image worker — for photos of 12, 24 and 40 megapixels and a PNG. No server or
# network: ImageUploads.java runs against the built jar with an in-memory database. Prints the figures and writes
# bench/results/images-latest.md. Same build and JVM settings as bench/run.sh.
set -euo pipefail

BENCH_DIR=$(cd "$(dirname "$0")" && pwd)
IMAGE_RUNS=${IMAGE_RUNS:-5}                   # saves per figure: the first on a cold JVM, the median of the rest
source "$BENCH_DIR/common.sh"

command -v mvn >/dev/null || [ -n "$JAR" ] || die "needs maven (or JAR=path/to/healthpress.jar)"
build_jar
# shellcheck disable=SC2086  # JAVA_OPTS holds several flags
java -Xmx1g -cp "$JAR" "$BENCH_DIR/ImageUploads.java" make "$WORK"
# shellcheck disable=SC2086
env $APP_ENV java $JAVA_OPTS -cp "$JAR" "$BENCH_DIR/ImageUploads.java" "$WORK" "$IMAGE_RUNS" >"$WORK/images.txt"
sed -n 's/^RESULT\t//p' "$WORK/images.txt" >&2
{
  echo "## Healthpress image benchmark, $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo
  echo "Machine: $(nproc) × $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//'), $(java -version 2>&1 | head -1)." \
       "Source: $(fact_value source). JVM: \`$JAVA_OPTS\`."
  echo
  sed -n 's/^RESULT\t/- /p' "$WORK/images.txt"
} >"$RESULTS/images-latest.md"
log "done in $(( $(date +%s) - T0 )) s; wrote $RESULTS/images-latest.md"
