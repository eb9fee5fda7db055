"""A built wheel, installed into a fresh venv, converts the sample without the checkout."""

from __future__ import annotations

import shutil
import subprocess
import sys
import sysconfig
import venv
from pathlib import Path

import pytest

from tests.conftest import ROOT, SAMPLE

SOURCES = ("access", "themes", "setup.py", "pyproject.toml", "README.md")


def _build_wheel(tmp: Path) -> Path:
    """Build from a copy holding only the sources, so nothing in the checkout is touched."""
    src = tmp / "src"
    for name in SOURCES:
        if (ROOT / name).is_dir():
            shutil.copytree(ROOT / name, src / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            src.mkdir(exist_ok=True)
            shutil.copy2(ROOT / name, src / name)
    subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps",
                    "--disable-pip-version-check", str(src), "-w", str(tmp / "dist")],
                   check=True, capture_output=True, timeout=240)
    return next((tmp / "dist").glob("access-*.whl"))


@pytest.mark.xdist_group("wheel")
def test_wheel_in_a_fresh_venv_converts_the_sample(tmp_path):
    wheel = _build_wheel(tmp_path)
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=False)
    python = env_dir / "bin" / "python"
    site = Path(subprocess.run([python, "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
                               capture_output=True, text=True, check=True).stdout.strip())
    # The wheel goes in whole; its dependencies are this venv's (a path line, after the wheel's
    # own site-packages, which does not run this venv's editable-install hook).
    subprocess.run([sys.executable, "-m", "pip", "--python", str(python), "install", "-q",
                    "--no-deps", "--disable-pip-version-check", str(wheel)],
                   check=True, capture_output=True, timeout=240)
    (site / "deps.pth").write_text(sysconfig.get_path("purelib") + "\n", encoding="utf-8")
    article = tmp_path / SAMPLE.name
    shutil.copy2(SAMPLE, article)

    where = subprocess.run([python, "-c", "import access.render.theme as t; print(t.THEMES)"],
                           capture_output=True, text=True, cwd=tmp_path, timeout=60)
    assert where.returncode == 0, where.stderr
    assert str(site) in where.stdout and str(ROOT) not in where.stdout

    done = subprocess.run([env_dir / "bin" / "access", "convert", str(article), "-o", "out",
                           "-f", "html", "-f", "json", "-f", "pdf"],
                          capture_output=True, text=True, cwd=tmp_path, timeout=300)
    assert done.returncode == 0, done.stderr
    folder = next((tmp_path / "out").iterdir())
    page = (folder / f"{folder.name}.html").read_text(encoding="utf-8")
    assert "--font-body" in page and "North Korean forces" in page  # the themes' CSS is in
    assert (folder / f"{folder.name}.pdf").read_bytes().startswith(b"%PDF-")
    assert (folder / f"{folder.name}.json").stat().st_size > 1000
