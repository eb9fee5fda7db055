"""Ship the top-level themes/ (their one source) inside the wheel as the package access.themes.
Folders of data files (samples, rules, templates, fonts, static files) are namespace packages, so
setuptools ships them without warning that they are importable but not listed."""

from setuptools import find_namespace_packages, setup

setup(
    packages=[*find_namespace_packages(include=["access", "access.*"]), "access.themes"],
    package_dir={"access.themes": "themes"},
)
