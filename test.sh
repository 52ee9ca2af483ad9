#!/usr/bin/env bash
# The project's one test command: installs what the tests need when it is missing (Chromium and its driver for the
# browser tests, PostgreSQL for the second run of the database tests), starts a local PostgreSQL cluster of its own,
# then runs every test with `mvn -B verify`: once on H2, once more on PostgreSQL (see the surefire part of pom.xml).
# Running it again reuses what the first run set up.
set -euo pipefail
cd "$(dirname "$0")"

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
# PostgreSQL refuses to run as root: its tools run as the postgres user, from a directory that user may enter.
as_postgres() { (cd / && if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else sudo -u postgres "$@"; fi); }
# Runs a command with its output kept out of sight unless it fails.
quietly() {
  local log status=0
  log=$(mktemp)
  "$@" >"$log" 2>&1 || status=$?
  [ "$status" -eq 0 ] || cat "$log" >&2
  rm -f "$log"
  return "$status"
}
port_taken() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
[ -x /usr/bin/chromedriver ] || missing+=(chromium-driver)
if [ -z "${HEALTHPRESS_TEST_POSTGRES:-}" ] \
    && ! { [ -x /usr/bin/pg_ctlcluster ] && compgen -G '/usr/lib/postgresql/*/bin/postgres' >/dev/null; }; then
  missing+=(postgresql)
fi
if [ ${#missing[@]} -gt 0 ]; then
  echo "test.sh: installing ${missing[*]} from Debian's packages"
  quietly as_root apt-get update -qq
  quietly as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"
fi

# A cluster of its own, so that the tests never touch another cluster's data or settings, and may trade durability
# for speed. A server named in HEALTHPRESS_TEST_POSTGRES beforehand is used instead.
if [ -z "${HEALTHPRESS_TEST_POSTGRES:-}" ]; then
  version=$(compgen -G '/usr/lib/postgresql/*/bin/postgres' | sort -V | tail -n 1 | cut -d / -f 5)
  cluster=healthpress-test
  cluster_port() { pg_lsclusters -h | awk -v v="$version" -v c="$cluster" '$1 == v && $2 == c { print $3 }'; }
  cluster_status() { pg_lsclusters -h | awk -v v="$version" -v c="$cluster" '$1 == v && $2 == c { print $4 }'; }
  free_port() {
    local port=5432
    while port_taken "$port" || pg_lsclusters -h | awk '{ print $3 }' | grep -qx "$port"; do port=$((port + 1)); done
    echo "$port"
  }

  if [ -z "$(cluster_port)" ]; then
    quietly as_root pg_createcluster --start-conf=manual --locale=C.UTF-8 --encoding=UTF8 \
      -p "$(free_port)" "$version" "$cluster"
  fi
  settings=$(cat <<'EOF'
# Written by Healthpress's test.sh: a throwaway cluster for tests, so speed wins over durability.
listen_addresses = '127.0.0.1'
ssl = off
max_connections = 200
fsync = off
synchronous_commit = off
full_page_writes = off
EOF
)
  settings_file="/etc/postgresql/$version/$cluster/conf.d/healthpress-test.conf"
  if [ "$(cat "$settings_file" 2>/dev/null)" != "$settings" ]; then
    printf '%s\n' "$settings" | as_root tee "$settings_file" >/dev/null
    [ "$(cluster_status)" != online ] || quietly as_root pg_ctlcluster "$version" "$cluster" restart
  fi
  if [ "$(cluster_status)" != online ]; then
    if port_taken "$(cluster_port)"; then
      quietly as_root pg_conftool "$version" "$cluster" set port "$(free_port)"
    fi
    quietly as_root pg_ctlcluster "$version" "$cluster" start
  fi
  port=$(cluster_port)

  quietly as_postgres psql -X -q -v ON_ERROR_STOP=1 -p "$port" -d postgres <<'EOF'
SELECT 'CREATE ROLE healthpress' WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'healthpress') \gexec
ALTER ROLE healthpress LOGIN CREATEDB PASSWORD 'healthpress';
SELECT 'CREATE DATABASE healthpress_test OWNER healthpress'
  WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = 'healthpress_test') \gexec
EOF
  echo "test.sh: PostgreSQL $version (cluster $cluster) on 127.0.0.1:$port"
  export HEALTHPRESS_TEST_POSTGRES="jdbc:postgresql://127.0.0.1:$port/healthpress_test?user=healthpress&password=healthpress"
fi

exec mvn -B verify "$@"
