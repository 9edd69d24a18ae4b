"""The project a user saves and what it is made of: documents, files, CSV, presets, a run's history.

Qt-free: tests/model/test_no_qt.py keeps it so, and its tests run without PySide6 installed.
"""
