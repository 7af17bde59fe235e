# Tenir parole — every target bootstraps its own virtualenv from the pinned requirements.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
TP := $(BIN)/tenir-parole
export PYTHONDONTWRITEBYTECODE := 1

INPUTDIR := content
OUTPUTDIR := output
CONFFILE := pelicanconf.py
PUBLISHCONF := publishconf.py
PORT ?= 8000
# The data folder to check and build: `make html PLEDGES=examples/saint-exemple` builds the example.
PLEDGES ?= pledges
# `make mise-a-jour`: the branch of Tenir parole's repository to follow.
BRANCHE ?= main
# `make nouvelle-commune`: election dates used unless given (SECOND_TOUR= when there is none).
PREMIER_TOUR ?= 2026-03-15
SECOND_TOUR ?= 2026-03-22

.PHONY: html check test lint clean regenerate serve devserver publish schemas bench usb carnet \
	nouvelle-commune deploy mise-a-jour

# The project itself is installed in editable mode: that is what makes its packages importable
# (plugins/tenir_parole, plugins/pledges, …) and gives the `tenir-parole` command.
$(STAMP): requirements.txt requirements-dev.txt pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install --disable-pip-version-check -q -r requirements-dev.txt
	$(BIN)/pip install --disable-pip-version-check -q --no-deps -e .
	touch $@

# Test-only JavaScript tools (axe-core, the Nu HTML checker), pinned in package-lock.json.
NODE_STAMP := node_modules/.installed
$(NODE_STAMP): package.json package-lock.json
	@if command -v npm >/dev/null; then npm ci --no-audit --no-fund --ignore-scripts -s && touch $@; \
	elif [ "$$CI" = true ]; then echo "npm absent : requis en CI (apt-get install npm)" >&2; exit 1; \
	else echo "npm absent : tests axe et validateur HTML ignorés (apt-get install npm)"; fi

## html: check the data, build the site, swap it into output/ only if every check passed
html: $(STAMP)
	$(TP) html --settings $(CONFFILE) --output $(OUTPUTDIR) --pledges $(PLEDGES)

## publish: same, with publishconf.py (absolute SITEURL for feeds, .gz copies), offering the
## USB zip and the A5 carnet on the « Hors ligne » page
publish: $(STAMP)
	$(TP) publish --output $(OUTPUTDIR) --pledges $(PLEDGES)

## usb: dist/<commune>-<date>/ and its reproducible .zip, to copy on a stick
usb: $(STAMP)
	$(TP) usb --pledges $(PLEDGES)

## carnet: the whole tracker on one page, printed to an A5 PDF in dist/ (needs chromium)
carnet: $(STAMP)
	$(TP) carnet --pledges $(PLEDGES)

## check: validate pledges/ only (fast, no site build)
check: $(STAMP)
	$(TP) check --pledges $(PLEDGES)

## test: the whole suite (browser tests included when Chromium is installed)
test: $(STAMP) $(NODE_STAMP) lint
	$(BIN)/python -m pytest -n 2 --cov --cov-report=term

lint: $(STAMP)
	$(BIN)/ruff check .

## bench: page weight vs Pelican's default theme, load on EDGE/2G, build scaling (see BENCHMARKS.md)
bench: $(STAMP)
	$(BIN)/python -m bench

schemas: $(STAMP)
	$(TP) schemas schemas

clean:
	rm -rf $(OUTPUTDIR) dist

regenerate: check
	$(BIN)/pelican -r $(INPUTDIR) -o $(OUTPUTDIR) -s $(CONFFILE) -e 'PLEDGES_PATH="$(abspath $(PLEDGES))"'

serve: $(STAMP)
	$(BIN)/python -m http.server $(PORT) --bind 127.0.0.1 --directory $(OUTPUTDIR)

devserver: check
	$(BIN)/pelican -lr $(INPUTDIR) -o $(OUTPUTDIR) -s $(CONFFILE) -p $(PORT) \
		-e 'PLEDGES_PATH="$(abspath $(PLEDGES))"'

## nouvelle-commune: replace pledges/ with a skeleton for NOM, INSEE, DEPARTEMENT (FORCE=1 to
## discard uncommitted changes); the example stays in examples/saint-exemple/
nouvelle-commune: $(STAMP)
	$(TP) nouvelle-commune --pledges $(PLEDGES) --name "$$NOM" --insee "$$INSEE" \
		--department "$$DEPARTEMENT" --first-round "$(PREMIER_TOUR)" \
		--second-round "$(SECOND_TOUR)" $(if $(filter 1,$(FORCE)),--force)

## mise-a-jour: merge Tenir parole's new version (AMONT=address of its repository, the first
## time); pledges/ always keeps the commune's version
mise-a-jour: $(STAMP)
	$(TP) mise-a-jour $(if $(AMONT),--amont "$(AMONT)") --branche "$(BRANCHE)"

## deploy: make publish, then copy output/ to a server with rsync (DEPLOY_TARGET=user@host:/dir/)
deploy:
	@if [ -z "$(DEPLOY_TARGET)" ]; then \
		echo "DEPLOY_TARGET manquant : indiquez le dossier du serveur, par exemple" >&2; \
		echo "  make deploy DEPLOY_TARGET=editeur@serveur.example.org:/var/www/tenir-parole/" >&2; \
		exit 2; fi
	@command -v rsync >/dev/null || { echo "rsync absent : apt-get install rsync" >&2; exit 2; }
	$(MAKE) publish
	rsync -avz --delete $(OUTPUTDIR)/ $(DEPLOY_TARGET)
