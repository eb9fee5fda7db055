"""Run the EPUB checkers the way the issue names them: Debian's epubcheck and DAISY Ace."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

EPUBCHECK = Path("/usr/share/java/epubcheck.jar")
ACE_DIR = Path(os.environ.get("ACE_DIR", "/opt/ace"))
ACE = ACE_DIR / "node_modules" / ".bin" / "ace-puppeteer"
CHROMIUM = "/usr/bin/chromium"


def epubcheck(book: Path, tmp: Path) -> list[tuple[str, str, str]]:
    """(severity, id, message) of every epubcheck message about ``book``."""
    if not EPUBCHECK.exists():
        pytest.fail("epubcheck is missing: run `make setup` (Debian package epubcheck)")
    report = tmp / "epubcheck.json"
    subprocess.run(["java", "-jar", str(EPUBCHECK), "--json", str(report), str(book)],
                   capture_output=True, timeout=180)
    return [(m["severity"], m["ID"], m["message"])
            for m in json.loads(report.read_text(encoding="utf-8"))["messages"]]


def ace_violations(book: Path, tmp: Path) -> list[tuple[str, str, str]]:
    """(outcome, rule, impact) of every failed Ace assertion; Ace exits 0 either way."""
    if not ACE.exists():
        if shutil.which("npm") is None:
            pytest.skip("DAISY Ace needs npm, which this machine lacks")
        pytest.fail(f"DAISY Ace is missing from {ACE_DIR}: run `make setup`")
    out = tmp / "ace"
    subprocess.run([str(ACE), "-f", "-o", str(out), str(book)], capture_output=True, timeout=300,
                   env={**os.environ, "PUPPETEER_EXECUTABLE_PATH": CHROMIUM})
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    failed = [(x["earl:result"]["earl:outcome"], x["earl:test"]["dct:title"],
               x["earl:test"]["earl:impact"])
              for group in report["assertions"] for x in group["assertions"]
              if x["earl:result"]["earl:outcome"] == "fail"]
    assert report["earl:result"]["earl:outcome"] == ("fail" if failed else "pass")
    return failed
