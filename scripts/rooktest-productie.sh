#!/usr/bin/env bash
# Production smoke test: Regie in production mode on PostgreSQL behind gunicorn, checked over HTTP.
#
#   DATABASE_URL=postgres://postgres@127.0.0.1:5432/regie_rooktest scripts/rooktest-productie.sh
#
# Steps: migrate; the demo municipality (40 inwoners) if the database is still empty, made with production mode off
# because production never generates demo data; an authenticator (a confirmed django-otp TOTP device with a fresh
# random key) for the demo klantmanager, because production asks staff for a second factor; collectstatic in
# production mode; gunicorn with the shipped configuration; scripts/rooktest_productie.py (login, the second factor
# before any personal data, caseload, dossier, a contact moment, stylesheets).
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

echo "== authenticator voor de demo-klantmanager (productiemodus uit)"
# A fresh key on every run replaces the account's earlier TOTP devices, so no earlier run's code counts. Only the demo
# klantmanager with the demo password gets one: never an account of a real municipality.
TOTP_SLEUTEL=$("$BIN/python" -c 'import secrets; print(secrets.token_hex(20))')
REGIE_ROOKTEST_TOTP_SLEUTEL="$TOTP_SLEUTEL" env -u REGIE_PRODUCTION "$BIN/regie" shell -v0 -c '
import os
from django.db import transaction
from django_otp.plugins.otp_totp.models import TOTPDevice
from regie.apps.accounts.models import Gebruiker, Rol
from regie.apps.demo.generator import DEMO_WACHTWOORD

gebruiker = Gebruiker.objects.filter(username="klantmanager", rol=Rol.KLANTMANAGER).first()
if gebruiker is None or not gebruiker.check_password(DEMO_WACHTWOORD):
    raise SystemExit("De rooktest geeft alleen de demo-klantmanager een authenticator; die is er niet in deze database.")
with transaction.atomic():
    TOTPDevice.objects.filter(user=gebruiker).delete()
    TOTPDevice.objects.create(
        user=gebruiker, name="Rooktest", key=os.environ["REGIE_ROOKTEST_TOTP_SLEUTEL"], confirmed=True
    )
'

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
if ! REGIE_ROOKTEST_TOTP_SLEUTEL="$TOTP_SLEUTEL" "$BIN/python" scripts/rooktest_productie.py "http://127.0.0.1:$POORT"; then
  echo "-- gunicorn-log (laatste 60 regels):" >&2
  tail -n 60 "$WERKMAP/gunicorn.log" >&2
  exit 1
fi
