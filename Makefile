# Jornada: every target sets itself up on a fresh clone (a .venv beside this file).
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
TS := $(wildcard resources/translations/*.ts)
QM := $(TS:.ts=.qm)

.PHONY: run test bench stress dist lint translations lupdate install-desktop clean

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

resources/translations/%.qm: resources/translations/%.ts $(STAMP)
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

translations: $(QM)

# Collect every translatable string of the code and forms into the .ts files (then translate them).
lupdate: $(STAMP)
	$(VENV)/bin/pyside6-lupdate -locations none $$(find jornada_desktop -name '*.py' | sort) ui/*.ui \
		-ts resources/translations/jornada_pt_BR.ts resources/translations/jornada_en.ts
	$(PY) tools/ts_fill.py extract
	$(PY) tools/ts_fill.py memory pt_BR
	$(PY) tools/ts_fill.py english

run: $(STAMP) translations
	$(VENV)/bin/jornada $(ARGS)

test: $(STAMP) translations
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q

lint: $(STAMP)
	$(VENV)/bin/ruff check jornada_desktop tests

bench: $(STAMP) translations
	QT_QPA_PLATFORM=offscreen $(PY) -m jornada_desktop.bench
	QT_QPA_PLATFORM=offscreen $(PY) -m jornada_desktop.bench.room_bench

stress: $(STAMP)
	QT_QPA_PLATFORM=offscreen JORNADA_STRESS=1 JORNADA_CRASH_TRIALS=200 $(PY) -m pytest -q -s -m slow

dist: $(STAMP) translations
	test -x $(VENV)/bin/pyinstaller || $(PY) -m pip install --quiet 'pyinstaller>=6.5'
	rm -rf dist/jornada
	$(VENV)/bin/pyinstaller --noconfirm --clean --log-level WARN --distpath dist --workpath build/pyinstaller build.spec
	@du -sh dist/jornada | awk '{print "bundle size: " $$1 " (dist/jornada, unpacked)"}'
	@# The archive a person downloads: the bundle compressed with zstd (level 19, long window).
	version=$$($(PY) -c 'import jornada_desktop; print(jornada_desktop.__version__)'); \
	archive=dist/jornada-$$version-linux-x86_64.tar.zst; rm -f $$archive; \
	tar -C dist -cf - jornada | zstd -q -19 --long=27 -T0 -o $$archive; \
	du -h $$archive | awk '{print "archive size: " $$1 " (" $$2 ", what a person downloads)"}'

install-desktop: $(STAMP)
	$(PY) -m jornada_desktop.desktop_integration install

clean:
	rm -rf build dist *.egg-info
