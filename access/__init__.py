"""access: turn a news or blog article into accessible HTML, tagged PDF and narrated audio."""

__version__ = "0.1.0"


def clean(location: str):
    """Read and clean the article at ``location`` (path, URL or "-") into a Document."""
    from access.convert import load

    return load(location)


def convert(location: str, out_dir: str = "output"):
    """Convert the article at ``location`` into every format under ``out_dir/<slug>/``."""
    from pathlib import Path

    from access.convert import convert as run

    return run(location, Path(out_dir))
