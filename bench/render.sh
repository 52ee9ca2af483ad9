#!/usr/bin/env bash
# Healthpress render benchmark: times the work done per heading for an article body at the editor's limit made
# only of headings (`## h` lines, some 40,000): the Markdown render with its anchors, table of contents and
# sanitiser (what the article page and the preview do), and the editor's SEO analysis. Both must grow linearly
# with the headings. No server, database or network: RenderHeadings.java runs against the built jar.
# Prints the figures and writes bench/results/render-latest.md. Same build settings as bench/run.sh.
set -euo pipefail

BENCH_DIR=$(cd "$(dirname "$0")" && pwd)
RENDER_RUNS=${RENDER_RUNS:-15}                # renders per figure: the first on a cold JVM, the median of the rest
source "$BENCH_DIR/common.sh"

command -v mvn >/dev/null || [ -n "$JAR" ] || die "needs maven (or JAR=path/to/healthpress.jar)"
build_jar
# shellcheck disable=SC2086  # JAVA_OPTS holds several flags
java $JAVA_OPTS -cp "$JAR" "$BENCH_DIR/RenderHeadings.java" "$RENDER_RUNS" >"$WORK/render.txt"
sed -n 's/^RESULT\t//p' "$WORK/render.txt" >&2
{
  echo "## Healthpress render benchmark, $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo
  echo "Machine: $(nproc) × $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//'), $(java -version 2>&1 | head -1)." \
       "Source: $(fact_value source). JVM: \`$JAVA_OPTS\`."
  echo
  sed -n 's/^RESULT\t/- /p' "$WORK/render.txt"
} >"$RESULTS/render-latest.md"
log "done in $(( $(date +%s) - T0 )) s; wrote $RESULTS/render-latest.md"
