"""Build hook: the wheel carries the app's runtime resources as package data.

``resources/`` stays at the top of the repository (the PyInstaller spec, the README and the
packaging scripts use it there). A wheel has no place for a top-level folder, so ``build_py``
copies its runtime folders (every folder but screenshots and packaging, as the spec does) into
``rnngui/_resources/`` of the build, where ``rnngui/resources.py`` looks first. All metadata is in
pyproject.toml.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
NOT_RUNTIME = {"screenshots", "packaging"}  # as resources/packaging/rnn-lab.spec


class BuildWithResources(build_py):
    def run(self) -> None:
        super().run()
        if self.editable_mode:  # an editable install reads resources/ from the checkout
            return
        target = Path(self.build_lib) / "rnngui" / "_resources"
        for folder in sorted((ROOT / "resources").iterdir()):
            if folder.is_dir() and folder.name not in NOT_RUNTIME:
                shutil.copytree(folder, target / folder.name, dirs_exist_ok=True,
                                ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))


setup(cmdclass={"build_py": BuildWithResources})
