# Tenir parole — every target bootstraps its own virtualenv from the pinned requirements.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
export PYTHONPATH := plugins:tools
export PYTHONDONTWRITEBYTECODE := 1

INPUTDIR := content
OUTPUTDIR := output
CONFFILE := pelicanconf.py
PUBLISHCONF := publishconf.py
PORT ?= 8000

.PHONY: html check test lint clean regenerate serve devserver publish schemas bench usb carnet

$(STAMP): requirements.txt requirements-dev.txt
	$(PY) -m venv $(VENV)
	$(BIN)/pip install --disable-pip-version-check -q -r requirements-dev.txt
	touch $@

# Test-only JavaScript tools (axe-core, the Nu HTML checker), pinned in package-lock.json.
NODE_STAMP := node_modules/.installed
$(NODE_STAMP): package.json package-lock.json
	@if command -v npm >/dev/null; then npm ci --no-audit --no-fund --ignore-scripts -s && touch $@; \
	else echo "npm absent : tests axe et validateur HTML ignorés (apt-get install npm)"; fi

## html: check the data, build the site, swap it into output/ only if every check passed
html: $(STAMP)
	$(BIN)/python -m build_site --settings $(CONFFILE) --output $(OUTPUTDIR)

## publish: same, with publishconf.py (absolute SITEURL for feeds, .gz copies)
publish: $(STAMP)
	$(BIN)/python -m build_site --settings $(PUBLISHCONF) --output $(OUTPUTDIR) --gzip

## check: validate pledges/ only (fast, no site build)
check: $(STAMP)
	$(BIN)/python -m check_data pledges

## test: the whole suite (browser tests included when Chromium is installed)
test: $(STAMP) $(NODE_STAMP) lint
	$(BIN)/python -m pytest -n 2

lint: $(STAMP)
	$(BIN)/ruff check .

## bench: page weight vs Pelican's default theme, load on EDGE/2G, build scaling (see BENCHMARKS.md)
bench: $(STAMP)
	$(BIN)/python -m bench

schemas: $(STAMP)
	$(BIN)/python -m pledges.schema schemas

clean:
	rm -rf $(OUTPUTDIR) dist

regenerate: $(STAMP)
	$(BIN)/pelican -r $(INPUTDIR) -o $(OUTPUTDIR) -s $(CONFFILE)

serve: $(STAMP)
	$(BIN)/python -m http.server $(PORT) --bind 127.0.0.1 --directory $(OUTPUTDIR)

devserver: $(STAMP)
	$(BIN)/pelican -lr $(INPUTDIR) -o $(OUTPUTDIR) -s $(CONFFILE) -p $(PORT)
