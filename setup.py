"""Ship the top-level themes/ (their one source) inside the wheel as the package access.themes."""

from setuptools import find_packages, setup

setup(
    packages=[*find_packages(include=["access", "access.*"]), "access.themes"],
    package_dir={"access.themes": "themes"},
)
