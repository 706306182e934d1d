# Regie: the two commands a newcomer needs.
#   make demo   install everything, create the database with the demo municipality, serve http://127.0.0.1:8000
#   make test   install everything (Chromium included) and run the whole test suite
# Nothing here needs PostgreSQL, Redis or a GPU: SQLite and in-process jobs are the default.

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1:8000

.PHONY: demo test setup lint serve messages chromium clean

setup: $(VENV)/.installed node_modules/.installed

$(VENV)/.installed: pyproject.toml
	@echo "==> Python-omgeving maken in $(VENV) (met $(PYTHON))"
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Regie heeft Python 3.11 of nieuwer nodig; gevonden: " + sys.version.split()[0])'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet --progress-bar on -e '.[dev]'
	@touch $@

node_modules/.installed: package.json package-lock.json
	@command -v npm >/dev/null || { echo "npm ontbreekt: installeer Node.js 20 of nieuwer met npm."; exit 1; }
	@echo "==> NL Design System (Utrecht) en htmx installeren uit npm"
	npm ci --no-audit --no-fund --loglevel=error
	@touch $@

demo: setup
	@mkdir -p var
	$(BIN)/regie migrate --noinput
	$(BIN)/regie demo --als-leeg
	@echo "==> Regie draait op http://$(HOST)/ (stop met Ctrl+C)"
	$(BIN)/regie runserver $(HOST)

chromium:
	@if [ ! -x /usr/bin/chromium ]; then \
		echo "==> Chromium installeren voor de browsertest (Debian-pakket)"; \
		SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
		$$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium \
		|| { echo "Chromium kon niet worden geïnstalleerd; de browsertest heeft /usr/bin/chromium nodig."; exit 1; }; \
	fi

lint: setup
	$(BIN)/ruff check .

test: setup chromium lint
	$(BIN)/regie makemigrations --check --dry-run
	REGIE_BROWSER=/usr/bin/chromium $(BIN)/pytest

messages: setup
	cd src/regie && ../../$(BIN)/django-admin makemessages -l en --settings=regie.settings && ../../$(BIN)/django-admin compilemessages --settings=regie.settings

clean:
	rm -rf $(VENV) node_modules var staticfiles
