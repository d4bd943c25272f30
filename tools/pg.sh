# Sourced by tools/test.sh and bench/run.sh (which define say, die and apt_install): need_pg finds (or apt-installs)
# the PostgreSQL server binaries; start_pg starts a throw-away server on a free loopback port in a temporary data
# directory (fsync off: test and bench data is disposable), sets PORT and PG_BIN, and stops it on exit.
need_pg() {
  find_pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }
  PG_BIN=$(find_pg_bin || true)
  if [ -z "$PG_BIN" ] || [ ! -x "$PG_BIN/initdb" ]; then apt_install postgresql postgresql-contrib; PG_BIN=$(find_pg_bin); fi
  [ -x "$PG_BIN/initdb" ] || die "PostgreSQL server binaries not found after install"
}

start_pg() {
  PGTMP=$(mktemp -d /tmp/zhijian-pg.XXXXXX)
  AS_PG=()
  if [ "$(id -u)" -eq 0 ]; then
    id postgres >/dev/null 2>&1 || useradd --system --home-dir "$PGTMP" postgres
    chown postgres "$PGTMP"; AS_PG=(runuser -u postgres --)
  fi
  stop_pg() { "${AS_PG[@]}" "$PG_BIN/pg_ctl" -D "$PGTMP/data" -m immediate stop >/dev/null 2>&1 || true; rm -rf "$PGTMP"; }
  trap stop_pg EXIT
  "${AS_PG[@]}" "$PG_BIN/initdb" -D "$PGTMP/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >"$PGTMP/initdb.log" 2>&1 \
    || { cat "$PGTMP/initdb.log"; die "initdb failed"; }
  PORT=""
  for _ in $(seq 1 20); do
    CANDIDATE=$(( (RANDOM % 20000) + 40000 ))
    if "${AS_PG[@]}" "$PG_BIN/pg_ctl" -D "$PGTMP/data" -l "$PGTMP/pg.log" -w -t 30 \
         -o "-p $CANDIDATE -k $PGTMP -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" start >/dev/null 2>&1; then
      PORT=$CANDIDATE; break
    fi
  done
  [ -n "$PORT" ] || { cat "$PGTMP/pg.log" 2>/dev/null; die "could not start PostgreSQL on a free loopback port"; }
  say "PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$PORT"
}
