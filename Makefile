# Two commands do all the set-up on a fresh Debian machine with Python 3.11:
#   make demo   the demo newsroom on SQLite, served on http://127.0.0.1:8000
#   make test   every check: ruff, Django's checks, the whole test suite on SQLite and PostgreSQL

PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000
# PostgreSQL for the second test run; skipped with a message when it is not reachable.
# (The tests create their own database; this one is only used to connect.)
TEST_POSTGRES_URL ?= postgres://postgres@127.0.0.1:5432/postgres
# The PostgreSQL run repeats the tests whose subject touches the database; these ran on SQLite
# just before and do the same on either engine, at a cost of minutes: headless Chromium, nginx,
# the file server, the baker killed at random instants, deploys, PDFs, the catalogues and docs,
# and the demo (which `make demo` builds on SQLite). Measured on 2 cores: they are about a third
# of the suite's time, and CI must finish well under 30 minutes.
POSTGRES_SKIPPED := tests/browser tests/baking/test_crash.py tests/baking/test_nginx.py \
	tests/baking/test_serving.py tests/baking/test_deploy.py tests/printing tests/demo \
	tests/test_translations.py tests/test_docs.py
# Test processes: the suite is bound by Python, so one per core (pytest-xdist).
TEST_PROCESSES ?= $(shell nproc 2>/dev/null || echo 2)
# What the site needs to run: Pango and fonts are what WeasyPrint draws PDFs with.
RUNTIME_PACKAGES := fonts-dejavu-core fonts-liberation libpango-1.0-0 libpangoft2-1.0-0 \
	libharfbuzz-subset0
# What the tests need on top: Chromium for the browser tests, poppler's pdftoppm to look at
# PDFs, nginx to serve the baked site in its test, GNU gettext to check the translations are
# complete. (The compiled catalogues are committed: running the site needs no gettext.)
TEST_PACKAGES := $(RUNTIME_PACKAGES) chromium poppler-utils nginx gettext
# `make messages LANGUAGE=de` starts a catalogue for a new language; without it, all are updated.
# FRAGMENTS: .po files of translations from other branches, merged into LANGUAGE's catalogue
# (the catalogue's own translations win over a fragment's).
LANGUAGE ?=
FRAGMENTS ?=

.PHONY: demo test install runtime-packages test-packages lint check-django pytest-sqlite \
	pytest-postgres messages clean

# Installs Debian packages that are missing, when run as root; otherwise says what is missing.
define apt_install
	@missing=$$(for p in $(1); do dpkg -s $$p >/dev/null 2>&1 || echo $$p; done); \
	if ! $(PYTHON) -c "import ensurepip" 2>/dev/null; then missing="$$missing python3-venv"; fi; \
	if [ -n "$$missing" ]; then \
		if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
			echo "Installing Debian packages:$$missing"; \
			apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; \
		else \
			echo "Missing Debian packages (install them as root):$$missing"; \
		fi; \
	fi
endef

runtime-packages:
	$(call apt_install,$(RUNTIME_PACKAGES))

test-packages:
	$(call apt_install,$(TEST_PACKAGES))

$(BIN)/.installed: pyproject.toml | runtime-packages
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@

install: $(BIN)/.installed

# The baked pages name the site's address (canonical links, feeds, sitemaps): the one served,
# unless MASTHEAD_SITE_URL says otherwise (`make demo PORT=9000` then links to port 9000).
demo: install
	$(BIN)/masthead demo --site-url http://$(HOST):$(PORT)
	MASTHEAD_SITE_URL=$${MASTHEAD_SITE_URL:-http://$(HOST):$(PORT)} \
		$(BIN)/masthead serve --host $(HOST) --port $(PORT)

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

check-django: install
	DJANGO_SETTINGS_MODULE=masthead.settings.test $(BIN)/masthead check --fail-level WARNING
	DJANGO_SETTINGS_MODULE=masthead.settings.test $(BIN)/masthead makemigrations --check --dry-run

pytest-sqlite: install test-packages
	@echo "== Test suite on SQLite =="
	$(BIN)/pytest -n $(TEST_PROCESSES)

pytest-postgres: install test-packages
	@if $(BIN)/python -c "import psycopg, sys; psycopg.connect('$(TEST_POSTGRES_URL)', connect_timeout=3).close()" 2>/dev/null; then \
		echo "== Test suite on PostgreSQL ($(TEST_POSTGRES_URL)), without $(POSTGRES_SKIPPED) =="; \
		DATABASE_URL=$(TEST_POSTGRES_URL) $(BIN)/pytest -n $(TEST_PROCESSES) \
			$(addprefix --ignore=,$(POSTGRES_SKIPPED)); \
	else \
		echo "== PostgreSQL not reachable at $(TEST_POSTGRES_URL): second run skipped =="; \
	fi

test: lint check-django pytest-sqlite pytest-postgres

# Brings the catalogues in src/masthead/locale/ up to date with the strings in the source, then
# compiles them. New strings arrive untranslated: tests/test_translations.py fails until they are
# translated. msgfmt is run directly because compilemessages skips a .mo newer than its .po,
# which after a merge says nothing.
messages: install
	$(call apt_install,gettext)
ifneq ($(FRAGMENTS),)
	@test -n "$(LANGUAGE)" || { echo "Which language? make messages LANGUAGE=ru FRAGMENTS=..."; exit 1; }
	@po=src/masthead/locale/$(LANGUAGE)/LC_MESSAGES/django.po; \
	for fragment in $(FRAGMENTS); do \
		echo "Merging $$fragment into $$po"; \
		{ grep -q 'charset=' "$$fragment" || \
			printf 'msgid ""\nmsgstr "Content-Type: text/plain; charset=UTF-8\\n"\n\n'; \
			cat "$$fragment"; } > "$$po.fragment"; \
		msgcat --use-first "$$po" "$$po.fragment" -o "$$po" || exit 1; \
	done; \
	rm -f "$$po.fragment"
endif
	cd src/masthead && MASTHEAD_VAR_DIR=$(CURDIR)/var $(abspath $(BIN))/masthead makemessages \
		$(if $(LANGUAGE),--locale $(LANGUAGE),--all) --add-location file --no-obsolete
	for po in src/masthead/locale/*/LC_MESSAGES/*.po; do \
		msgfmt --check -o "$${po%.po}.mo" "$$po" || exit 1; \
	done

clean:
	rm -rf $(VENV) var test-artifacts .pytest_cache .ruff_cache
