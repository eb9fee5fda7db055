"""Run the CLI as `python -m access`."""

from access.cli import main

main()
