#!/usr/bin/env bash
# Healthpress load test: public pages and admin saves together for LOAD_SECONDS with LOAD_CONNECTIONS connections
# on loopback (wrk for the public pages, LOAD_SAVERS logged-in editors saving their own article over and over),
# then the app is stopped and the database is asked how many saves it holds. Prints requests served, errors
# (must be zero), saves acknowledged and saves found in the database (must be equal), and writes
# bench/results/load-latest.md. Same settings as bench/run.sh for building and data (see bench/README.md).
set -euo pipefail

BENCH_DIR=$(cd "$(dirname "$0")" && pwd)
LOAD_SECONDS=${LOAD_SECONDS:-60}
LOAD_CONNECTIONS=${LOAD_CONNECTIONS:-200}     # in all: wrk gets LOAD_CONNECTIONS - LOAD_SAVERS
LOAD_SAVERS=${LOAD_SAVERS:-4}
JIT_WARMUP=${JIT_WARMUP:-20}
source "$BENCH_DIR/common.sh"

install_missing
machine_facts
build_jar
fill_db

username=loadtest
password=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
echo "$password" | java -jar "$JAR" admin create "$username" >"$WORK/admin.log" 2>&1 \
  || { cat "$WORK/admin.log" >&2; die "admin create"; }

wait_quiet
start_app load
log "first page served $START_MS ms after process start; warming up at 2 connections for ${JIT_WARMUP}s"
warm "$APP/" gzip "$JIT_WARMUP"

log "public pages and $LOAD_SAVERS savers for ${LOAD_SECONDS}s, $LOAD_CONNECTIONS connections in all"
( while kill -0 "$APP_PID" 2>/dev/null; do ps -o rss= -p "$APP_PID" || true; sleep 0.5; done ) >"$WORK/rss.txt" &
SAMPLER_PID=$!
python3 "$BENCH_DIR/load.py" "$APP" "$username" "$password" "$LOAD_SECONDS" "$LOAD_CONNECTIONS" "$LOAD_SAVERS" \
  "$WORK" >"$WORK/load.json" || die "load.py"
kill "$SAMPLER_PID" 2>/dev/null || true; wait "$SAMPLER_PID" 2>/dev/null || true; SAMPLER_PID=""
fact rss_max_kb "$(sort -n "$WORK/rss.txt" | tail -1)"
stop_app

# The database after the app has stopped: every acknowledged save must be there, as a revision by the load user.
in_db=$(java -Dh2.bindAddress=127.0.0.1 -cp "$JAR" org.h2.tools.Shell -url "$DATABASE_URL" -user sa \
          -password "$(h2_password)" \
          -sql "SELECT COUNT(*) AS saves FROM article_revision WHERE saved_by = '$username'" 2>&1 \
        | awk '/^[0-9]+$/ {print; exit}')
[ -n "$in_db" ] || die "could not count the saves in the database"
fact saves_in_db "$in_db"

mkdir -p "$RESULTS"
python3 - "$WORK/load.json" "$OUT" "$RESULTS/load-latest.md" <<'EOF'
import json, sys
load = json.load(open(sys.argv[1]))
facts = dict(line.rstrip("\n").split("\t")[1:3] for line in open(sys.argv[2]) if line.startswith("FACT\t"))
errors = load["public_errors"] + load["admin_errors"]
acked, stored = load["saves_acknowledged"], int(facts["saves_in_db"])
verdict = lambda ok: "PASS" if ok else "FAIL"
rows = [
    ("requests served", "%s (public %s at %s req/s, p50 %.2f ms, p99 %.2f ms; admin %s)" % (
        format(load["public_requests"] + load["admin_requests"], ","), format(load["public_requests"], ","),
        format(round(load["public_rps"]), ","), load["public_p50_ms"], load["public_p99_ms"],
        format(load["admin_requests"], ",")), ""),
    ("errors (sockets, timeouts, 4xx/5xx, refused saves)", "%d (public %d, admin %d)" % (
        errors, load["public_errors"], load["admin_errors"]), verdict(errors == 0)),
    ("saves acknowledged (303 after POST)", "%d by %d savers, p50 %s ms, p99 %s ms" % (
        acked, load["savers"], "%.1f" % load["save_p50_ms"] if load["save_p50_ms"] else "n/a",
        "%.1f" % load["save_p99_ms"] if load["save_p99_ms"] else "n/a"), ""),
    ("saves found in the database afterwards", str(stored), verdict(stored == acked and acked > 0)),
    ("public pages showing their last save", "%d of %d" % (len(load["articles"]) - len(load["stale_public_pages"]),
                                                           len(load["articles"])),
     verdict(not load["stale_public_pages"])),
    ("resident memory, max during the run", "%.0f MB" % (int(facts["rss_max_kb"]) / 1024), ""),
]
out = ["## Healthpress load test, %s" % facts["date"], "",
       "Machine: %s × %s, %s RAM, %s. Source: %s. JVM: `%s`. H2 file database with %s articles. %d s, %d "
       "connections on loopback (%d wrk connections over %s public pages with gzip, %d editors saving their own "
       "article); wrk, the app and the editors share the cores. Other processes kept %s%% of the CPU busy just "
       "before the app started." % (
           facts["cpus"], facts["cpu_model"], facts["ram"], facts["java"], facts.get("source", "?"),
           facts["java_opts"], format(int(facts["articles"]), ","), load["seconds"], load["connections"],
           load["connections"] - load["savers"], load["public_paths"], load["savers"], facts.get("busy_before_pct", "?")),
       "", "| figure | value | result |", "| --- | --- | --- |"]
out += ["| %s | %s | %s |" % row for row in rows]
if load["admin_error_samples"]:
    out += ["", "Admin errors, first few:", ""] + ["- " + s for s in load["admin_error_samples"]]
if load["stale_public_pages"]:
    out += ["", "Public pages without their last acknowledged save: " + ", ".join(load["stale_public_pages"])]
text = "\n".join(out) + "\n"
open(sys.argv[3], "w").write(text)
print(text)
sys.exit(0 if errors == 0 and stored == acked and acked > 0 and not load["stale_public_pages"] else 1)
EOF
log "done in $(( $(date +%s) - T0 )) s; wrote $RESULTS/load-latest.md"
