# Regie: the two commands a newcomer needs.
#   make demo   install everything, create the database with the demo municipality, serve http://127.0.0.1:8000
#               (make demo HOST=0.0.0.0:8000 serves on every interface; see README.md)
#   make test   install everything (Chromium included) and run the whole test suite
# Nothing here needs PostgreSQL, Redis or a GPU: SQLite and in-process jobs are the default.
# Messages here are for developers and in English; the product itself speaks Dutch.

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1:8000

.PHONY: demo test setup lint serve messages chromium pdf clean

setup: pdf $(VENV)/.installed node_modules/.installed

# WeasyPrint (decision letters as PDF) needs Pango and HarfBuzz from the system, and a font.
pdf:
	@if ! ldconfig -p | grep -q libpangoft2-1.0.so.0 || ! ldconfig -p | grep -q libharfbuzz-subset.so.0; then \
		echo "==> Installing Pango and HarfBuzz for the PDF letters (Debian packages)"; \
		SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
		$$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq \
			libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 fonts-dejavu-core \
		|| { echo "Pango could not be installed; decision letters need it."; exit 1; }; \
	fi

$(VENV)/.installed: pyproject.toml
	@echo "==> Creating the Python environment in $(VENV) (with $(PYTHON))"
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Regie needs Python 3.11 or newer; found " + sys.version.split()[0])'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet --progress-bar on -e '.[dev]'
	@touch $@

node_modules/.installed: package.json package-lock.json
	@command -v npm >/dev/null || { echo "npm is missing: install Node.js 20 or newer with npm."; exit 1; }
	@echo "==> Installing NL Design System (Utrecht) and htmx from npm"
	npm ci --no-audit --no-fund --loglevel=error
	@touch $@

demo: setup
	@mkdir -p var
	$(BIN)/regie migrate --noinput
	$(BIN)/regie demo --als-leeg
	@echo "==> Regie runs on http://$(HOST)/ (stop with Ctrl+C)"
	$(BIN)/regie runserver $(HOST)

chromium:
	@if [ ! -x /usr/bin/chromium ]; then \
		echo "==> Installing Chromium for the browser test (Debian package)"; \
		SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
		$$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium \
		|| { echo "Chromium could not be installed; the browser test needs /usr/bin/chromium."; exit 1; }; \
	fi

lint: setup
	$(BIN)/ruff check .

test: setup chromium lint
	$(BIN)/regie makemigrations --check --dry-run
	REGIE_BROWSER=/usr/bin/chromium $(BIN)/pytest

messages: setup
	cd src/regie && ../../$(BIN)/django-admin makemessages -l en --settings=regie.settings && msgattrib --no-obsolete -o locale/en/LC_MESSAGES/django.po locale/en/LC_MESSAGES/django.po && ../../$(BIN)/django-admin compilemessages --settings=regie.settings

clean:
	rm -rf $(VENV) node_modules var staticfiles
