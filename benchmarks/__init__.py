"""Speed, memory and quality figures; run with `make bench` (never part of `make test`)."""
