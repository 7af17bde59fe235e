# Tenir parole — every target installs what it needs into .venv/, then calls `tenir-parole`.
# Building needs requirements.txt only; tests, linting and benchmarks add requirements-dev.txt.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DEV_STAMP := $(VENV)/.installed-dev
TP := $(BIN)/tenir-parole
PIP := $(BIN)/pip install --disable-pip-version-check -q
export PYTHONDONTWRITEBYTECODE := 1

OUTPUTDIR := output
CONFFILE := pelicanconf.py
PUBLISHCONF := publishconf.py
PORT ?= 8000
PORT_EDITEUR ?= 8001
# The data folder to check and build: `make html PLEDGES=examples/saint-exemple` builds the example.
PLEDGES ?= pledges
# `make mise-a-jour`: the branch of Tenir parole's repository to follow.
BRANCHE ?= main
# `make nouvelle-commune`: election dates used unless given (SECOND_TOUR= when there is none).
PREMIER_TOUR ?= 2026-03-15
SECOND_TOUR ?= 2026-03-22
# What a volunteer passes reaches the commands through the environment, quoted ("$$NAME"):
# never through a shell's parsing, whatever it holds (spaces, « ; », quotes).
# DATE=AAAA-MM-JJ: html, carnet, affiche and lettre show the record as it stood that day (archive).
export PLEDGES PORT PORT_EDITEUR REPONSE NOM INSEE DEPARTEMENT PREMIER_TOUR SECOND_TOUR AMONT BRANCHE \
	DEPLOY_TARGET LISTE DELAI_TOTAL ONLY DATE VERSION

.PHONY: aide html check test lint clean regenerate serve devserver editeur publish schemas bench usb \
	carnet affiche lettre nouvelle-commune deploy mise-a-jour federation-collecte federation \
	federation-exemples bench-federation mutation geographie

.DEFAULT_GOAL := aide
## aide: what `make` alone prints: every command, in French
aide:
	@echo "Tenir parole : make COMMANDE, depuis le dossier du projet (détails : README.md)."
	@echo "  make check              vérifie les données de pledges/ (rapide)"
	@echo "  make html               vérifie, puis construit le site dans output/"
	@echo "  make devserver          aperçu sur http://127.0.0.1:8000/index.html, reconstruit à chaque enregistrement"
	@echo "  make serve              sert output/ tel quel"
	@echo "  make editeur            le formulaire pour modifier pledges/ sans écrire de YAML, à côté de l'aperçu"
	@echo "  make publish            le site à publier, avec l'édition USB et les PDF"
	@echo "  make deploy             make publish, puis copie vers DEPLOY_TARGET (rsync)"
	@echo "  make usb                l'édition hors ligne, dans dist/"
	@echo "  make carnet, make affiche, make lettre   les éditions à imprimer (PDF dans dist/)"
	@echo "  make nouvelle-commune NOM=\"…\" INSEE=… DEPARTEMENT=\"…\"   remplace l'exemple"
	@echo "  make mise-a-jour        prend la nouvelle version de Tenir parole"
	@echo "  make federation-collecte, make federation   la vue d'ensemble des communes"
	@echo "  make test, make lint, make bench, make mutation   pour les développeurs"
	@echo "  make clean              supprime output/ et dist/"

# The project itself is installed in editable mode: that is what makes its packages importable
# (plugins/tenir_parole, plugins/pledges, …) and gives the `tenir-parole` command.
$(STAMP): requirements.txt pyproject.toml
	@echo "Installation de Python et des bibliothèques du site dans $(VENV)/ (la première fois)…"
	@$(PY) -m venv $(VENV) >/dev/null 2>&1 || { rm -rf $(VENV); \
		echo "Impossible de créer $(VENV)/ avec $(PY). Sur Debian ou Ubuntu, installez le paquet python3-venv (sudo apt-get install python3-venv), puis relancez." >&2; exit 1; }
	@$(PIP) -r requirements.txt
	@$(PIP) --no-deps -e .
	@touch $@

$(DEV_STAMP): $(STAMP) requirements-dev.txt
	@echo "Installation des outils de test et de mesure (pytest, Playwright, ruff…)…"
	@$(PIP) -r requirements-dev.txt
	@touch $@

# JavaScript tools, pinned in package-lock.json: the form editor's Decap CMS (make editeur),
# and test-only ones (axe-core, the Nu HTML checker, puppeteer-core, yaml).
NODE_STAMP := node_modules/.installed
$(NODE_STAMP): package.json package-lock.json
	@if command -v npm >/dev/null; then echo "Installation des outils JavaScript épinglés (Decap CMS pour make editeur, outils de test) dans node_modules/…"; \
		npm ci --no-audit --no-fund --ignore-scripts -s && touch $@; \
	elif [ "$$CI" = true ]; then echo "npm absent : requis en CI (apt-get install npm)" >&2; exit 1; \
	else echo "npm absent : tests axe et validateur HTML ignorés (apt-get install npm)"; fi

## html: check the data, build the site, swap it into output/ only if every check passed
## (DATE=AAAA-MM-JJ: the archive edition of that day, in output-AAAA-MM-JJ/)
html: $(STAMP)
	@$(TP) html --settings $(CONFFILE) --output $(OUTPUTDIR) --pledges "$$PLEDGES" \
		$${DATE:+--date "$$DATE"}

## check: validate pledges/ only (fast, no site build), list what is left to fill in
check: $(STAMP)
	@$(TP) check --pledges "$$PLEDGES"

## devserver: rebuild at every save of pledges/, content/ or theme/, serve on 127.0.0.1:PORT
devserver: $(STAMP)
	@$(TP) devserver --pledges "$$PLEDGES" --output $(OUTPUTDIR) --port "$$PORT"

## editeur: the form editor (Decap CMS) on 127.0.0.1:PORT_EDITEUR and the preview, which
## reloads itself, on 127.0.0.1:PORT; a save is written only if make check passes with it
editeur: $(STAMP)
	@command -v node >/dev/null && command -v npm >/dev/null || { echo "L'éditeur de formulaires s'installe avec Node.js et npm : sudo apt-get install nodejs npm, puis relancez make editeur." >&2; exit 1; }
	@$(MAKE) -s $(NODE_STAMP)
	@$(TP) editeur --pledges "$$PLEDGES" --output $(OUTPUTDIR) --port "$$PORT" \
		--editor-port "$$PORT_EDITEUR"

## regenerate: the same, without serving (Pelican's convention)
regenerate: $(STAMP)
	@$(TP) devserver --pledges "$$PLEDGES" --output $(OUTPUTDIR) --port 0

## serve: serve output/ as it is on http://127.0.0.1:PORT
serve: $(STAMP)
	@$(TP) serve --output $(OUTPUTDIR) --port "$$PORT"

## publish: the USB edition and the printed editions, then the site with its real address
## (feeds, sitemap, .gz copies) offering them on « Hors ligne et papier »; refused while a
## placeholder is left
publish: $(STAMP)
	@$(TP) publish --output $(OUTPUTDIR) --pledges "$$PLEDGES" \
		$${REPONSE:+--answer-by "$$REPONSE"}

## usb: dist/tenir-parole-<commune>-<date>/ and its reproducible .zip, to copy on a stick
usb: $(STAMP)
	@$(TP) usb --pledges "$$PLEDGES"

## carnet: the A5 booklet to hand out (cover, bilan, grid, every measure), PDF in dist/
carnet: $(STAMP)
	@$(TP) carnet --pledges "$$PLEDGES" $${DATE:+--date "$$DATE"}

## affiche: one A4 page for a noticeboard or a shop window, PDF in dist/
affiche: $(STAMP)
	@$(TP) affiche --pledges "$$PLEDGES" $${DATE:+--date "$$DATE"}

## lettre: the A4 letter asking for an answer by REPONSE=AAAA-MM-JJ (default: in a month):
## to the mayor after the vote, to each list before; PDF in dist/
lettre: $(STAMP)
	@$(TP) lettre --pledges "$$PLEDGES" $${REPONSE:+--answer-by "$$REPONSE"} \
		$${DATE:+--date "$$DATE"}

## test: the whole suite (browser tests included when Chromium is installed), with coverage
test: $(DEV_STAMP) $(NODE_STAMP) lint
	@echo "Tests (pytest, sur 2 cœurs, avec la couverture des branches)…"
	@$(BIN)/python -m pytest -n 2 --dist worksteal --cov --cov-report=term

lint: $(DEV_STAMP)
	@echo "Relecture du code (ruff)…"
	@$(BIN)/ruff check .

## bench: page weight vs Pelican's default theme, load on EDGE/2G, build scaling (BENCHMARKS.md)
bench: $(DEV_STAMP)
	@$(BIN)/python -m bench

## mutation: plant small bugs in every runtime module, one at a time, and count those the
## tests catch (cosmic-ray; TESTING.md); not part of make test. ONLY="core/loader.py …" reruns
## some modules. Refused while plugins/ or tests/ have uncommitted changes.
mutation: $(DEV_STAMP)
	@$(BIN)/python -m mutation $$ONLY

## schemas: rewrite schemas/*.json and the form editor's configuration (editeur/) from the model
schemas: $(STAMP)
	@$(TP) schemas schemas

## geographie: rewrite geographie/ (communes, intercommunalités, SIREN) from Etalab's npm package
## @etalab/decoupage-administratif at VERSION=x.y.z (npm is needed here only, never to build)
geographie: $(STAMP)
	@$(TP) geographie --version "$$VERSION"

clean:
	rm -rf $(OUTPUTDIR) $(OUTPUTDIR)-[0-9]*-[0-9]*-[0-9]* output-federation dist

## nouvelle-commune: replace pledges/ with a skeleton for the commune of INSEE (its name,
## département, SIREN and intercommunalité from geographie/; NOM and DEPARTEMENT, if given, must
## match; FORCE=1 to discard uncommitted changes); the example stays in examples/saint-exemple/
nouvelle-commune: $(STAMP)
	@$(TP) nouvelle-commune --pledges "$$PLEDGES" --insee "$$INSEE" $${NOM:+--name "$$NOM"} \
		$${DEPARTEMENT:+--department "$$DEPARTEMENT"} --first-round "$$PREMIER_TOUR" \
		--second-round "$$SECOND_TOUR" $(if $(filter 1,$(FORCE)),--force)

## mise-a-jour: merge Tenir parole's new version (AMONT=address of its repository, the first
## time); pledges/ always keeps the commune's version
mise-a-jour: $(STAMP)
	@$(TP) mise-a-jour $${AMONT:+--upstream "$$AMONT"} --branch "$$BRANCHE"

## deploy: make publish, then copy output/ to a server with rsync (DEPLOY_TARGET=user@host:/dir/;
## one argument of rsync whatever it holds; the project itself or a folder holding it refused)
deploy: $(STAMP)
	@$(TP) deploy --output $(OUTPUTDIR) --pledges "$$PLEDGES" --target "$$DEPLOY_TARGET" \
		$${REPONSE:+--answer-by "$$REPONSE"}

## federation-collecte: download each commune's export listed in LISTE into federation/donnees/
## (the last good copy stays when a site fails; a French report says what happened)
LISTE ?= federation/communes.txt
federation-collecte: $(STAMP)
	@$(TP) federation-collecte --list "$$LISTE" --copies federation/donnees \
		$${DELAI_TOTAL:+--total-timeout "$$DELAI_TOTAL"}

## federation: build the overview of the communes LISTE names, from their copies in
## federation/donnees/, into output-federation/ (no network; same checks and swap as make html)
federation: $(STAMP)
	@$(TP) federation --list "$$LISTE" --copies federation/donnees --output output-federation

## federation-exemples: rewrite federation/donnees/ and communes.txt with the fictional
## example communes (from the example commune and the test fixtures)
federation-exemples: $(STAMP)
	@$(TP) federation-exemples

## bench-federation: the federation's build at 100 to 35,000 synthetic communes (BENCHMARKS.md)
bench-federation: $(DEV_STAMP)
	@$(BIN)/python -m bench.federation
