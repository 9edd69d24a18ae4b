"""The offline guarantee: the app's main flows run with network sockets blocked, and nothing tries.

Every way Python code reaches the network (connect, connect_ex, sendto, create_connection, DNS
look-ups) is replaced for the test by a stub that records the attempt and raises. The test fails
if anything was recorded, even when the app swallowed the error. Qt's own networking would need
the QtNetwork module, which must never be imported (the frozen app leaves it out).
"""

from __future__ import annotations

import socket
import sys

import pytest
from PySide6.QtWidgets import QApplication, QTabWidget
from ui.flat_out import flat_out  # tests/ is on the path: ui is its package

from rnngui.app import self_test
from rnngui.model import project_file
from rnngui.model.presets import PRESETS
from rnngui.session.state import DIVERGED, FINISHED

BLOCKED = ("connect", "connect_ex", "sendto")
LOOKUPS = ("create_connection", "getaddrinfo", "gethostbyname", "gethostbyname_ex")


@pytest.fixture
def network_attempts(monkeypatch):
    """Block network access in this process (all threads) and collect every attempt."""
    attempts: list[str] = []

    def blocker(name: str):
        def refuse(*args, **kwargs):
            attempts.append(f"{name}{args[1:] if name in BLOCKED else args}")
            raise OSError(f"RNN Lab test: network access refused ({name})")

        return refuse

    for name in BLOCKED:
        monkeypatch.setattr(socket.socket, name, blocker(name))
    for name in LOOKUPS:
        monkeypatch.setattr(socket, name, blocker(name))
    return attempts


def test_the_guard_catches_a_connection(network_attempts):
    with pytest.raises(OSError, match="network access refused"):
        socket.create_connection(("127.0.0.1", 9), timeout=0.1)
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as udp:
        with pytest.raises(OSError):
            udp.sendto(b"x", ("127.0.0.1", 9))
    assert len(network_attempts) == 2


def test_main_flows_never_touch_the_network(window, qtbot, tmp_path, network_attempts):
    state = window.state
    app = QApplication.instance()
    # every preset, trained to the end on the worker thread
    for name in PRESETS:
        window.file_actions.load_preset(name)
        flat_out(state)  # presets pick a speed a class can watch; the flows are tested here
        state.start_training()
        qtbot.waitUntil(lambda: state.run_state in (FINISHED, DIVERGED), timeout=30000)
    # one step, reset, undo and redo
    state.step()
    qtbot.waitUntil(lambda: len(state.history) >= 1, timeout=10000)
    state.reset_run()
    state.undo()
    state.redo()
    # every tab drawn
    tabs = window.findChild(QTabWidget, "mainTabs")
    for index in range(tabs.count() if tabs is not None else 0):
        tabs.setCurrentIndex(index)
        qtbot.wait(20)
    # save, open, import a CSV
    path = tmp_path / "offline.rnnlab"
    assert window.save_file(path)
    assert window.open_file(path)
    assert project_file.load(path) == state.document
    csv = tmp_path / "prices.csv"
    csv.write_text("day,price\n1,0.1\n2,0.5\n3,0.9\n", encoding="utf-8")
    dialog = window.file_actions.import_csv(csv)
    assert dialog is not None
    dialog.reject()
    # the command line's --self-test and --screenshot paths
    assert self_test(window, app) == 0
    assert window.grab().save(str(tmp_path / "window.png"))

    assert network_attempts == []
    assert "PySide6.QtNetwork" not in sys.modules
