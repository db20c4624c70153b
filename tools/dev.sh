#!/usr/bin/env bash
# Bootstrap and run the beauty salon addons on Odoo 18.
#
#   tools/dev.sh run     virtualenv + Odoo source + PostgreSQL, database "beauty"
#                        with the three addons and demo data, server in the foreground
#   tools/dev.sh test    same bootstrap, fresh database, pytest-odoo on every test
#   tools/dev.sh stop    stop the private PostgreSQL cluster
#   tools/dev.sh lint    pre-commit on every file (hooks installed from PyPI)
#   tools/dev.sh bench   benchmarks side by side with their baselines (tests/bench)
#   tools/dev.sh i18n    refresh each addon's .pot and zh_CN.po from the "beauty" database
#   tools/dev.sh env     bootstrap only
#
# Everything generated lives under .local/ in the checkout; the Odoo source and the
# pip cache live under ~/.cache/beauty-archive (BEAUTY_CACHE).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
LOCAL="$ROOT/.local"
CACHE="${BEAUTY_CACHE:-$HOME/.cache/beauty-archive}"
ODOO_CACHE="$CACHE/odoo-18.0"
ODOO_GIT_URL="${ODOO_GIT_URL:-https://github.com/odoo/odoo}"
ODOO_BRANCH=18.0
VENV="$LOCAL/venv"
PY="$VENV/bin/python"
CONF="$LOCAL/odoo.conf"
PGROOT="$LOCAL/pg"
PGDATA_DIR="$PGROOT/data"
PGSOCK_DIR="$PGROOT/run"
PGLOG="$PGROOT/postgresql.log"
PG_PORT_PRIVATE=5432
HTTP_PORT="${PORT:-8069}"
RUN_DB="${BEAUTY_DB:-beauty}"
ADDONS="beauty_dossier,beauty_vip,beauty_complaints"

export PIP_CACHE_DIR="$CACHE/pip"
export PIP_DISABLE_PIP_VERSION_CHECK=1
export PIP_CONSTRAINT="$ROOT/constraints.txt"
export PYTHONDONTWRITEBYTECODE=1

say() { printf '\033[1;34m[beauty]\033[0m %s\n' "$*" >&2; }
die() { printf '\033[1;31m[beauty] ERROR:\033[0m %s\n' "$*" >&2; exit 1; }

# --------------------------------------------------------------------------- Odoo source
is_odoo18() {
    local d="$1"
    [ -f "$d/odoo-bin" ] && [ -d "$d/addons/web/static/lib" ] && [ -f "$d/requirements.txt" ] \
        && grep -qE '^version_info = \(18, 0,' "$d/odoo/release.py" 2>/dev/null
}

find_odoo() {
    local tried=()
    if [ -n "${ODOO_SRC:-}" ]; then
        if is_odoo18 "$ODOO_SRC"; then ODOO="$(cd "$ODOO_SRC" && pwd)"; return; fi
        tried+=("1. \$ODOO_SRC=$ODOO_SRC: not an Odoo 18.0 source tree (odoo-bin, addons/web/static/lib)")
    else
        tried+=("1. \$ODOO_SRC: not set")
    fi
    if is_odoo18 "$ODOO_CACHE"; then ODOO="$ODOO_CACHE"; return; fi
    tried+=("2. cache $ODOO_CACHE: missing or incomplete")
    if command -v git >/dev/null 2>&1; then
        local tmp="$ODOO_CACHE.partial.$$"
        mkdir -p "$CACHE"
        rm -rf "$tmp"
        say "cloning Odoo $ODOO_BRANCH from $ODOO_GIT_URL (shallow) into $ODOO_CACHE"
        # a quick reachability check first, so that a firewalled machine fails fast
        if GIT_TERMINAL_PROMPT=0 timeout 30 git ls-remote --exit-code --heads \
            "$ODOO_GIT_URL" "$ODOO_BRANCH" >/dev/null \
            && GIT_TERMINAL_PROMPT=0 timeout "${ODOO_CLONE_TIMEOUT:-1800}" \
            git -c http.lowSpeedLimit=1000 -c http.lowSpeedTime=30 \
            clone --quiet --depth 1 --branch "$ODOO_BRANCH" "$ODOO_GIT_URL" "$tmp" \
            && is_odoo18 "$tmp"; then
            rm -rf "$ODOO_CACHE"
            mv "$tmp" "$ODOO_CACHE"
            ODOO="$ODOO_CACHE"
            return
        fi
        rm -rf "$tmp"
        tried+=("3. git clone --depth 1 --branch $ODOO_BRANCH $ODOO_GIT_URL: failed")
    else
        tried+=("3. git clone of $ODOO_GIT_URL: git is not installed")
    fi
    {
        echo "Odoo 18.0 source not found. Tried, in this order:"
        printf '   %s\n' "${tried[@]}"
        echo "Fix: point ODOO_SRC at an Odoo 18.0 checkout (ODOO_SRC=/path/to/odoo make test),"
        echo "     or put one in $ODOO_CACHE, or give this machine access to $ODOO_GIT_URL."
    } >&2
    die "no Odoo source"
}

# --------------------------------------------------------------------------- Python
find_python() {
    local c
    for c in "${PYTHON:-}" python3.11 python3; do
        [ -n "$c" ] || continue
        if command -v "$c" >/dev/null 2>&1 \
            && "$c" -c 'import sys, venv; sys.exit(sys.version_info[:2] != (3, 11))' 2>/dev/null; then
            command -v "$c"
            return
        fi
    done
    die "Python 3.11 with the venv module is needed (Debian 12: apt-get install python3 python3-venv python3-dev); set PYTHON=/path/to/python3.11"
}

ensure_venv() {
    local stamp_file="$VENV/.beauty-stamp" stamp
    stamp=$(cat "$ODOO/requirements.txt" "$ROOT/requirements.txt" "$ROOT/constraints.txt" \
        <(echo "$ODOO") | sha256sum | cut -c1-16)
    if [ -x "$PY" ] && [ "$(cat "$stamp_file" 2>/dev/null)" = "$stamp" ]; then
        return
    fi
    local base
    base=$(find_python)
    say "creating virtualenv $VENV with $base (first run: a few minutes)"
    rm -rf "$VENV"
    mkdir -p "$LOCAL" "$PIP_CACHE_DIR"
    "$base" -m venv "$VENV"
    # Old sdists among the pins build with --no-build-isolation against these.
    "$PY" -m pip install --quiet --upgrade pip wheel "setuptools<70" "setuptools_scm<8" "Cython<3"
    # python-ldap needs OpenLDAP headers and is only used by auth_ldap: skipped.
    grep -v -E '^\s*python-ldap' "$ODOO/requirements.txt" >"$LOCAL/odoo-requirements.txt"
    "$PY" -m pip install --quiet --no-build-isolation \
        -r "$LOCAL/odoo-requirements.txt" -r "$ROOT/requirements.txt" \
        || die "pip install of Odoo's and our requirements failed (see above)"
    # Odoo itself is imported straight from its source tree: nothing is written into it.
    local site
    site=$("$PY" -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])')
    echo "$ODOO" >"$site/odoo-18-source.pth"
    "$PY" -c 'import odoo, sys; assert odoo.release.version_info[:2] == (18, 0); print(odoo.__file__)' >/dev/null \
        || die "the virtualenv cannot import Odoo 18 from $ODOO"
    echo "$stamp" >"$stamp_file"
}

# --------------------------------------------------------------------------- PostgreSQL
use_external_pg() { [ -n "${PGHOST:-}${PGPORT:-}${PGUSER:-}" ]; }

pg_os_user() {
    if [ "$(id -u)" -ne 0 ]; then id -un; return; fi
    if id postgres >/dev/null 2>&1; then echo postgres; else echo nobody; fi
}

as_pg() {
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u "$(pg_os_user)" -- "$@"
    else
        "$@"
    fi
}

find_pg_bindir() {
    local d
    if [ -n "${PG_BINDIR:-}" ]; then echo "$PG_BINDIR"; return; fi
    if [ -z "${BEAUTY_PG_FROM_PYPI:-}" ]; then
        for d in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -t/ -k4 -n -r); do
            [ -x "$d/initdb" ] && [ -x "$d/pg_ctl" ] && { echo "$d"; return; }
        done
        if command -v initdb >/dev/null 2>&1 && command -v pg_ctl >/dev/null 2>&1; then
            dirname "$(readlink -f "$(command -v initdb)")"
            return
        fi
    fi
    # No server on the system: the PostgreSQL build shipped in the pgserver wheel,
    # installed into our venv (its binaries only: --no-deps keeps Odoo's pins intact).
    local site
    site=$("$PY" -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])')
    d="$site/pgserver/pginstall/bin"
    if [ ! -x "$d/initdb" ]; then
        say "no PostgreSQL server binaries on this system: installing them from PyPI (pgserver)"
        "$PY" -m pip install --quiet --no-deps "pgserver==0.1.4" >&2 \
            || die "could not install PostgreSQL from PyPI (pgserver); install the system's postgresql package"
    fi
    [ -x "$d/initdb" ] || die "pgserver did not provide $d/initdb"
    echo "$d"
}

ensure_pg() {
    if use_external_pg; then
        PG_HOST="${PGHOST:-}"
        PG_PORT="${PGPORT:-5432}"
        PG_USER="${PGUSER:-$(id -un)}"
        PG_PASSWORD="${PGPASSWORD:-}"
        [ "$PG_USER" != postgres ] || die "Odoo refuses to connect as PGUSER=postgres; create a role for it"
        "$PY" "$ROOT/tools/pgutil.py" ping >/dev/null \
            || die "cannot connect to PostgreSQL at PGHOST=${PGHOST:-<socket>} PGPORT=$PG_PORT PGUSER=$PG_USER"
        return
    fi
    PG_HOST="$PGSOCK_DIR"
    PG_PORT="$PG_PORT_PRIVATE"
    PG_USER=odoo
    PG_PASSWORD=
    local sock="$PGSOCK_DIR/.s.PGSQL.$PG_PORT"
    [ ${#sock} -lt 100 ] || die "checkout path too long for a Unix socket ($sock); clone into a shorter path"
    local bindir
    if [ -f "$PGDATA_DIR/PG_VERSION" ] && [ -x "$(cat "$PGROOT/bindir" 2>/dev/null)/pg_ctl" ]; then
        bindir=$(cat "$PGROOT/bindir")
    else
        bindir=$(find_pg_bindir)
    fi
    local owner
    owner=$(pg_os_user)
    mkdir -p "$PGROOT"
    if [ ! -f "$PGDATA_DIR/PG_VERSION" ]; then
        say "initialising a private PostgreSQL cluster in $PGDATA_DIR (runs as $owner)"
        rm -rf "$PGDATA_DIR"
        mkdir -p "$PGDATA_DIR" "$PGSOCK_DIR"
        [ "$(id -u)" -ne 0 ] || chown -R "$owner" "$PGROOT"
        as_pg test -w "$PGDATA_DIR" \
            || die "user $owner cannot write $PGDATA_DIR: every parent folder of the checkout must be searchable (chmod o+x)"
        as_pg "$bindir/initdb" -D "$PGDATA_DIR" -U odoo --auth=trust -E UTF8 --locale=C.UTF-8 >"$PGROOT/initdb.log" 2>&1 \
            || { cat "$PGROOT/initdb.log" >&2; die "initdb failed"; }
        echo "$bindir" >"$PGROOT/bindir"
        cat >>"$PGDATA_DIR/postgresql.conf" <<EOF
# --- beauty-archive private cluster: Unix socket only
listen_addresses = ''
unix_socket_directories = '$PGSOCK_DIR'
port = $PG_PORT
synchronous_commit = off
max_connections = 100
shared_buffers = 256MB
EOF
    fi
    [ "$(id -u)" -ne 0 ] || chown -R "$owner" "$PGROOT"
    if ! as_pg "$bindir/pg_ctl" -D "$PGDATA_DIR" status >/dev/null 2>&1; then
        say "starting PostgreSQL ($bindir) on $PGSOCK_DIR"
        as_pg "$bindir/pg_ctl" -D "$PGDATA_DIR" -l "$PGLOG" -w -t 60 start >/dev/null \
            || { tail -n 20 "$PGLOG" >&2; die "PostgreSQL did not start (log: $PGLOG)"; }
    fi
}

stop_pg() {
    if [ ! -f "$PGDATA_DIR/PG_VERSION" ]; then say "no private cluster in $PGDATA_DIR"; return; fi
    local bindir
    bindir=$(cat "$PGROOT/bindir")
    if as_pg "$bindir/pg_ctl" -D "$PGDATA_DIR" status >/dev/null 2>&1; then
        as_pg "$bindir/pg_ctl" -D "$PGDATA_DIR" -m fast -w stop >/dev/null
        say "PostgreSQL stopped"
    else
        say "PostgreSQL was not running"
    fi
}

# --------------------------------------------------------------------------- Odoo config
write_conf() {
    mkdir -p "$LOCAL/data" "$LOCAL/logs"
    cat >"$CONF" <<EOF
; generated by tools/dev.sh — do not edit, it is rewritten on every run
[options]
addons_path = $ODOO/odoo/addons,$ODOO/addons,$ROOT
data_dir = $LOCAL/data
db_host = ${PG_HOST:-False}
db_port = ${PG_PORT:-False}
db_user = ${PG_USER:-False}
db_password = ${PG_PASSWORD:-False}
http_port = $HTTP_PORT
admin_passwd = ${ODOO_MASTER_PASSWORD:-admin}
screenshots = $LOCAL/screenshots
EOF
    export BEAUTY_ODOO_CONF="$CONF"
}

bootstrap() {
    find_odoo
    ensure_venv
    ensure_pg
    write_conf
}

odoo_bin() { "$PY" "$ODOO/odoo-bin" -c "$CONF" "$@"; }

addons_stamp() {
    (cd "$ROOT" && find beauty_dossier beauty_vip beauty_complaints -type f \
        -not -name '*.pyc' -print0 | sort -z | xargs -0 sha256sum) | sha256sum | cut -c1-16
}

# --------------------------------------------------------------------------- commands
# Database $RUN_DB with the addons installed and current (installs or updates them).
ensure_run_db() {
    local state stamp stamp_file="$LOCAL/run-$RUN_DB.stamp"
    state=$("$PY" "$ROOT/tools/pgutil.py" modules "$RUN_DB" "$ADDONS")
    stamp=$(addons_stamp)
    if [ "$state" != installed ]; then
        say "creating database $RUN_DB with $ADDONS and demo data (first run: a few minutes)"
        odoo_bin -d "$RUN_DB" -i "$ADDONS" --load-language=en_US,zh_CN --stop-after-init \
            || die "installing the addons into $RUN_DB failed"
        echo "$stamp" >"$stamp_file"
    elif [ "$(cat "$stamp_file" 2>/dev/null)" != "$stamp" ]; then
        say "addons changed since the last run: updating them in $RUN_DB"
        odoo_bin -d "$RUN_DB" -u "$ADDONS" --stop-after-init || die "updating the addons failed"
        echo "$stamp" >"$stamp_file"
    fi
}

cmd_run() {
    bootstrap
    ensure_debian_tool wkhtmltopdf "PDF reports" wkhtmltopdf \
        || say "printing will show HTML instead of PDF until wkhtmltopdf is installed"
    ensure_run_db
    say "serving database $RUN_DB on http://localhost:$HTTP_PORT (login admin / admin); Ctrl-C stops"
    exec "$PY" "$ODOO/odoo-bin" -c "$CONF" -d "$RUN_DB" --db-filter="^$RUN_DB\$" --http-port="$HTTP_PORT"
}

# ensure_debian_tool PACKAGE WHY BINARY...: one of BINARY on the PATH, else apt-get
# install PACKAGE when running as root; returns 1 (with a message) when impossible.
ensure_debian_tool() {
    local package="$1" why="$2" b
    shift 2
    for b in "$@"; do
        command -v "$b" >/dev/null 2>&1 && return 0
    done
    if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
        say "installing Debian $package ($why)"
        if apt-get update -qq >/dev/null \
            && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$package" >/dev/null; then
            return 0
        fi
    fi
    say "$package is needed for $why: install it (Debian: sudo apt-get install $package)"
    return 1
}

cmd_test() {
    local t0=$SECONDS
    bootstrap
    ensure_debian_tool chromium "the browser tours" chromium chromium-browser google-chrome \
        || die "Chromium is missing: the tours cannot run"
    ensure_debian_tool wkhtmltopdf "PDF reports" wkhtmltopdf \
        || die "wkhtmltopdf is missing: the PDF report tests cannot run"
    local db="beauty_test_$(date +%Y%m%d_%H%M%S)_$$"
    local logs="$LOCAL/logs"
    local install_log="$logs/test-install.log"
    local rc=0
    export BEAUTY_TEST_DB="$db"
    # Chromium profiles and other temporary files of the run stay in the checkout
    export TMPDIR="$LOCAL/tmp"
    rm -rf "$TMPDIR" && mkdir -p "$TMPDIR"
    # shellcheck disable=SC2064
    trap "'$PY' '$ROOT/tools/pgutil.py' drop '$db' >/dev/null 2>&1 || true" EXIT
    say "installing $ADDONS into fresh database $db"
    rm -f "$install_log"  # Odoo appends to its log file
    odoo_bin -d "$db" -i "$ADDONS" --stop-after-init --log-level=info --logfile="$install_log" \
        || { tail -n 40 "$install_log" >&2; die "installing the addons failed (log: $install_log)"; }
    "$PY" "$ROOT/tools/checklog.py" "$install_log" || rc=1
    say "running the tests with pytest-odoo (log: $logs/test-pytest.log)"
    (
        cd "$ROOT"
        "$PY" -m pytest --odoo-config="$CONF" --odoo-database="$db" --odoo-http \
            --odoo-log-level=info -p no:cacheprovider \
            beauty_dossier beauty_vip beauty_complaints tests "$@"
    ) 2>&1 | tee "$logs/test-pytest.log" || rc=1
    say "make test finished in $((SECONDS - t0)) s"
    return $rc
}

cmd_lint() {
    find_odoo
    ensure_venv
    export PRE_COMMIT_HOME="$CACHE/pre-commit"
    cd "$ROOT"
    "$VENV/bin/pre-commit" run --all-files --show-diff-on-failure --color=always
}

# Benchmark databases: the addon without demo data, and its dependencies alone.
ensure_bench_db() {
    local db="$1" modules="$2" state
    state=$("$PY" "$ROOT/tools/pgutil.py" modules "$db" "$modules")
    if [ "$state" != installed ]; then
        say "creating benchmark database $db ($modules, no demo data)"
        "$PY" "$ROOT/tools/pgutil.py" drop "$db"
        odoo_bin -d "$db" -i "$modules" --without-demo=all --stop-after-init \
            --log-level=warn || die "creating $db failed"
    elif [ "${modules#beauty_}" != "$modules" ]; then
        odoo_bin -d "$db" -u "$modules" --stop-after-init --log-level=warn \
            || die "updating $db failed"
    fi
}

cmd_bench() {
    bootstrap
    ensure_bench_db beauty_bench_with beauty_dossier
    ensure_bench_db beauty_bench_without mail,contacts,product,point_of_sale
    "$PY" "$ROOT/tests/bench/bench_dossier.py" --config "$CONF" \
        --with-db beauty_bench_with --without-db beauty_bench_without
    ensure_bench_db beauty_bench_vip beauty_vip
    ensure_bench_db beauty_bench_loyalty pos_loyalty
    "$PY" "$ROOT/tests/bench/bench_vip.py" --config "$CONF" --db beauty_bench_vip \
        --stock-db beauty_bench_loyalty
}

cmd_i18n() {
    bootstrap
    ensure_run_db
    "$PY" "$ROOT/tools/i18n.py" --config "$CONF" --db "$RUN_DB" "$@"
}

cmd="${1:-}"
shift || true
case "$cmd" in
    run) cmd_run "$@" ;;
    test) cmd_test "$@" ;;
    stop) if use_external_pg; then say "using an external PostgreSQL: nothing to stop"; else stop_pg; fi ;;
    lint) cmd_lint "$@" ;;
    i18n) cmd_i18n "$@" ;;
    bench) cmd_bench "$@" ;;
    env) bootstrap; echo "ODOO=$ODOO PY=$PY CONF=$CONF" ;;
    *) echo "usage: $0 {run|test|stop|env}" >&2; exit 2 ;;
esac
