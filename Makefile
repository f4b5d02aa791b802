# The two commands: `make run` and `make test`. Both build .venv from python3 alone.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
export QT_LOGGING_RULES ?= qt.multimedia.*=false

.PHONY: run test lint check-content screenshots bench clean
.PHONY: validate-desktop bundle bundle-test install-desktop uninstall-desktop

APP_ID := io.github.foamroll.Foamroll
DATA_HOME ?= $(or $(XDG_DATA_HOME),$(HOME)/.local/share)

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: $(BIN)/python pyproject.toml
	$(BIN)/pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: $(BIN)/python pyproject.toml
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(VENV)/.installed $@

$(VENV)/.installed-bundle: $(BIN)/python pyproject.toml
	$(BIN)/pip install --quiet -e '.[bundle]'
	touch $(VENV)/.installed $@

run: $(VENV)/.installed
	$(BIN)/foamroll

lint: $(VENV)/.installed-test
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	$(BIN)/lint-imports

test: lint validate-desktop
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest -q -n auto

check-content: $(VENV)/.installed
	$(BIN)/foamroll check-content

# The README's pictures that the app draws by itself (the Review and timer screenshots are
# taken from a running session; see docs/screenshots).
screenshots: $(VENV)/.installed
	QT_QPA_PLATFORM=offscreen $(BIN)/foamroll screenshot --force --size 1600x1000 docs/screenshots/welcome-light-1600x1000.png
	QT_QPA_PLATFORM=offscreen $(BIN)/foamroll screenshot --force --muscle calves --size 1024x640 docs/screenshots/calves-light-1024x640.png
	QT_QPA_PLATFORM=offscreen $(BIN)/foamroll screenshot --force --muscle calves --size 1024x640 --dark docs/screenshots/calves-dark-1024x640.png
	QT_QPA_PLATFORM=offscreen $(BIN)/foamroll screenshot --force --muscle quadriceps --size 1600x1000 docs/screenshots/quadriceps-light-1600x1000.png
	QT_QPA_PLATFORM=offscreen $(BIN)/foamroll screenshot --force --muscle quadriceps --size 1600x1000 --dark docs/screenshots/quadriceps-dark-1600x1000.png
	rm -rf build/contact-sheet
	QT_QPA_PLATFORM=offscreen $(BIN)/foamroll render-illustrations --contact-sheet build/contact-sheet
	cp build/contact-sheet/contact-sheet.png docs/screenshots/illustrations-contact-sheet.png

bench: $(VENV)/.installed
	$(BIN)/python benchmarks/startup.py

# The desktop entry and AppStream metainfo, checked when the validators are installed
# (Debian: desktop-file-utils, appstream; .ci/run installs both).
validate-desktop:
	@if command -v desktop-file-validate >/dev/null 2>&1; then \
		desktop-file-validate packaging/linux/$(APP_ID).desktop && echo "desktop-file-validate: ok"; \
	else echo "desktop-file-validate not installed (desktop-file-utils): skipped"; fi
	@if command -v appstreamcli >/dev/null 2>&1; then \
		appstreamcli validate --no-net packaging/linux/$(APP_ID).metainfo.xml; \
	else echo "appstreamcli not installed (appstream): skipped"; fi

# A one-folder app in dist/foamroll/ (PyInstaller, packaging/foamroll.spec).
bundle: $(VENV)/.installed-bundle
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN --distpath dist \
		--workpath build/pyinstaller packaging/foamroll.spec

# Builds the bundle and starts it once, headless, in throwaway folders: fails unless it prints
# its start-up time in ms.
bundle-test: bundle
	@tmp=$$(mktemp -d); \
	out=$$(QT_QPA_PLATFORM=offscreen FOAMROLL_CACHE_DIR=$$tmp/cache dist/foamroll/foamroll \
		--quit-after-startup --data-dir $$tmp/data --config-dir $$tmp/config); status=$$?; \
	rm -rf "$$tmp"; ms=$$(printf '%s\n' "$$out" | tail -n 1); \
	if [ "$$status" -ne 0 ] || ! printf '%s\n' "$$ms" | grep -Eqx '[0-9]+(\.[0-9]+)?'; then \
		echo "bundle-test: dist/foamroll/foamroll exited $$status, printed '$$out': no time" >&2; \
		exit 1; \
	fi; \
	echo "bundle-test: dist/foamroll is $$(du -sh dist/foamroll | cut -f1), first frame in $$ms ms"

# The launcher, metainfo and icons into ~/.local/share (or DATA_HOME=...). The launcher runs
# `foamroll` from PATH: `pipx install .`, or link dist/foamroll/foamroll into ~/.local/bin.
install-desktop:
	install -Dm644 packaging/linux/$(APP_ID).desktop $(DATA_HOME)/applications/$(APP_ID).desktop
	install -Dm644 packaging/linux/$(APP_ID).metainfo.xml \
		$(DATA_HOME)/metainfo/$(APP_ID).metainfo.xml
	install -Dm644 assets/icons/foamroll.svg $(DATA_HOME)/icons/hicolor/scalable/apps/$(APP_ID).svg
	cd assets/icons && for png in hicolor/*/apps/$(APP_ID).png; do \
		install -Dm644 "$$png" "$(DATA_HOME)/icons/$$png" || exit 1; done
	-update-desktop-database -q $(DATA_HOME)/applications 2>/dev/null
	-gtk-update-icon-cache -q -t $(DATA_HOME)/icons/hicolor 2>/dev/null

uninstall-desktop:
	rm -f $(DATA_HOME)/applications/$(APP_ID).desktop $(DATA_HOME)/metainfo/$(APP_ID).metainfo.xml
	rm -f $(DATA_HOME)/icons/hicolor/*/apps/$(APP_ID).png \
		$(DATA_HOME)/icons/hicolor/scalable/apps/$(APP_ID).svg

clean:
	rm -rf $(VENV) build dist .mypy_cache .pytest_cache .ruff_cache
