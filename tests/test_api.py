"""The library API: `access.clean` and `access.convert` stay functions whatever is imported."""

from __future__ import annotations

import subprocess
import sys

import pytest

from tests.conftest import ROOT, SAMPLE

IMPORT_ORDERS = (
    "",
    "import access.clean.html, access.convert, access.cli",
    "from access.clean import clean_text; from access.convert import Options",
    "import access.render.pdf; import access.clean; import access.convert",
)


@pytest.mark.parametrize("imports", IMPORT_ORDERS)
def test_clean_is_callable_twice_in_any_import_order(imports):
    script = (f"{imports}\nimport access\n"
              f"a = access.clean({str(SAMPLE)!r}); b = access.clean({str(SAMPLE)!r})\n"
              "assert a.title == b.title and a.word_count() > 100\n"
              "assert callable(access.clean) and callable(access.convert)\n"
              "import access.clean.text as t; assert t.clean_text\n")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT,
                          timeout=120)
    assert done.returncode == 0, done.stderr


def test_convert_twice_writes_the_same_folder(tmp_path):
    import access
    from access.convert import Options

    first = access.convert(str(SAMPLE), str(tmp_path), Options(formats=("json",)))
    second = access.convert(str(SAMPLE), str(tmp_path), Options(formats=("json",)))
    assert first.files["json"] == second.files["json"] and second.files["json"].exists()
