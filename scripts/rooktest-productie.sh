#!/usr/bin/env bash
# Production smoke test: Regie in production mode on PostgreSQL behind gunicorn, checked over HTTP.
#
#   DATABASE_URL=postgres://postgres@127.0.0.1:5432/regie_rooktest scripts/rooktest-productie.sh
#
# Steps: migrate; the demo municipality (40 inwoners) if the database is still empty, made with production mode off
# because production never generates demo data; collectstatic in production mode; gunicorn with the shipped
# configuration; scripts/rooktest_productie.py (login, caseload, dossier, a contact moment, stylesheets).
# Any answer other than the expected one fails the script. gunicorn is stopped at the end, also on failure.
#
# Environment: DATABASE_URL (required, PostgreSQL), REGIE_BIN (folder with regie, gunicorn and python; default
# .venv/bin), REGIE_ROOKTEST_POORT (default: a free port).
set -euo pipefail
cd "$(dirname "$0")/.."

BIN=${REGIE_BIN:-.venv/bin}
: "${DATABASE_URL:?Zet DATABASE_URL op een PostgreSQL-database voor de rooktest}"
case "$DATABASE_URL" in
  postgres://*|postgresql://*) ;;
  *) echo "De rooktest draait op PostgreSQL; DATABASE_URL is $DATABASE_URL" >&2; exit 2 ;;
esac

WERKMAP=$(mktemp -d)
GUNICORN_PID=""
stop() {
  if [ -n "$GUNICORN_PID" ] && kill -0 "$GUNICORN_PID" 2>/dev/null; then
    kill -TERM "$GUNICORN_PID"
    wait "$GUNICORN_PID" 2>/dev/null || true
  fi
  rm -rf "$WERKMAP"
}
trap stop EXIT INT TERM

POORT=${REGIE_ROOKTEST_POORT:-$("$BIN/python" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}

echo "== database en demogegevens (productiemodus uit)"
env -u REGIE_PRODUCTION "$BIN/regie" migrate --noinput -v0
env -u REGIE_PRODUCTION "$BIN/regie" demo --als-leeg --inwoners 40 --berekeningen nee

export REGIE_PRODUCTION=1
export DJANGO_SECRET_KEY
DJANGO_SECRET_KEY=$("$BIN/python" -c 'import secrets; print(secrets.token_urlsafe(64))')
export DJANGO_ALLOWED_HOSTS=127.0.0.1,localhost
export DJANGO_STATIC_ROOT="$WERKMAP/static"

echo "== check --deploy en collectstatic (productiemodus)"
"$BIN/regie" check --deploy --fail-level WARNING
"$BIN/regie" collectstatic --noinput -v0

echo "== gunicorn op 127.0.0.1:$POORT"
REGIE_BIND="127.0.0.1:$POORT" WEB_CONCURRENCY=2 REGIE_THREADS=2 \
  "$BIN/gunicorn" -c python:regie.gunicorn_conf regie.wsgi >"$WERKMAP/gunicorn.log" 2>&1 &
GUNICORN_PID=$!

echo "== rooktest"
if ! "$BIN/python" scripts/rooktest_productie.py "http://127.0.0.1:$POORT"; then
  echo "-- gunicorn-log (laatste 60 regels):" >&2
  tail -n 60 "$WERKMAP/gunicorn.log" >&2
  exit 1
fi
