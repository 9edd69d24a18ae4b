"""Fast checks of the packaging files; the PyInstaller build itself runs in `.ci/package --smoke`.

The spec is executed with stand-ins for PyInstaller's build classes, so its filtering is checked
without building: which resources go in, which Qt plugins stay, which libraries are pruned.
"""

from __future__ import annotations

import configparser
import re
import shutil
import struct
import subprocess
import sys
import types
from pathlib import Path

import pytest
from PySide6.QtGui import QImage, QImageReader
from PySide6.QtSvg import QSvgRenderer

from rnngui import resources

ROOT = Path(__file__).resolve().parents[1]
PACKAGING = ROOT / "resources" / "packaging"
ICONS = ROOT / "resources" / "icons"
SPEC = PACKAGING / "rnn-lab.spec"
PYPROJECT = ROOT / "pyproject.toml"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)

# What a Linux Analysis collects, in miniature: (destination, links to), Qt plugins included.
FAKE_BINARIES = {
    "PySide6/QtWidgets.abi3.so": ["libQt6Widgets.so.6"],
    "PySide6/Qt/lib/libQt6Widgets.so.6": ["libQt6Gui.so.6"],
    "PySide6/Qt/lib/libQt6Gui.so.6": [],
    "PySide6/Qt/lib/libQt6XcbQpa.so.6": ["libxcb-icccm.so.4"],
    "libxcb-icccm.so.4": [],
    "PySide6/Qt/lib/libQt6WaylandClient.so.6": ["libwayland-client.so.0"],
    "libwayland-client.so.0": [],
    "PySide6/Qt/plugins/platforms/libqxcb.so": ["libQt6XcbQpa.so.6"],
    "PySide6/Qt/plugins/platforms/libqoffscreen.so": [],
    "PySide6/Qt/plugins/platforms/libqwayland.so": ["libQt6WaylandClient.so.6"],
    "PySide6/Qt/plugins/platforms/libqvnc.so": [],
    "PySide6/Qt/plugins/tls/libqopensslbackend.so": [],
    "PySide6/Qt/plugins/imageformats/libqsvg.so": [],
    "PySide6/Qt/plugins/imageformats/libqjpeg.so": [],
    "PySide6/Qt/plugins/xcbglintegrations/libqxcb-glx-integration.so": [],
}


class Recorder:
    """Stands in for Analysis, PYZ, EXE, COLLECT and BUNDLE: keeps what the spec passed."""

    made: dict[str, Recorder] = {}

    def __init__(self, kind: str, *args, **kwargs) -> None:
        self.args, self.kwargs = args, kwargs
        Recorder.made[kind] = self
        if kind == "Analysis":
            self.pure, self.scripts = [], []
            self.binaries = [(dest, f"/fake/{dest}", "BINARY") for dest in FAKE_BINARIES]
            self.datas = [
                ("PySide6/Qt/translations/qtbase_de.qm", "/fake/qtbase_de.qm", "DATA"),
                ("PySide6/Qt/translations/qtbase_fr.qm", "/fake/qtbase_fr.qm", "DATA"),
                ("PySide6/Qt/translations/qtdeclarative_de.qm", "/fake/qtdecl_de.qm", "DATA"),
                ("libQt6WaylandClient.so.6", "PySide6/Qt/lib/libQt6WaylandClient.so.6", "SYMLINK"),
                ("libQt6Gui.so.6", "PySide6/Qt/lib/libQt6Gui.so.6", "SYMLINK"),
                *[(f"resources/{name}", f"/fake/{name}", "DATA") for name in ("x",)],
            ]


def recorder(kind: str):
    return lambda *args, **kwargs: Recorder(kind, *args, **kwargs)


@pytest.fixture
def spec(monkeypatch, tmp_path):
    """Run the spec as PyInstaller would, with recording stand-ins; return what it built."""
    fake_bindepend = types.SimpleNamespace(
        get_imports=lambda path: [(name, None) for name in FAKE_BINARIES[path[len("/fake/") :]]]
    )
    fake_depend = types.SimpleNamespace(bindepend=fake_bindepend)
    monkeypatch.setitem(sys.modules, "PyInstaller", types.SimpleNamespace(depend=fake_depend))
    monkeypatch.setitem(sys.modules, "PyInstaller.depend", fake_depend)
    monkeypatch.setitem(sys.modules, "PyInstaller.depend.bindepend", fake_bindepend)
    monkeypatch.setattr(sys, "platform", "linux")
    Recorder.made = {}
    namespace = {
        "SPECPATH": str(PACKAGING),
        "workpath": str(tmp_path),
        "__name__": "__main__",
        **{kind: recorder(kind) for kind in ("Analysis", "PYZ", "EXE", "COLLECT", "BUNDLE")},
    }
    exec(compile(SPEC.read_text(encoding="utf-8"), str(SPEC), "exec"), namespace)
    return Recorder.made


def test_spec_builds_a_one_folder_app_named_rnn_lab_from_main_py(spec):
    analysis = spec["Analysis"]
    assert analysis.args[0] == [str(ROOT / "main.py")]
    assert "hiddenimports" not in analysis.kwargs  # PyInstaller follows the imports by itself
    exe, coll = spec["EXE"], spec["COLLECT"]
    assert exe.kwargs["name"] == coll.kwargs["name"] == "RNN Lab"
    assert exe.kwargs["exclude_binaries"] is True  # one folder, not one file
    assert exe.kwargs["console"] is False
    assert exe.kwargs["strip"] is False and coll.kwargs["strip"] is False  # OpenBLAS
    assert Path(exe.kwargs["icon"]).is_file()


def test_spec_bundles_the_runtime_resources_only(spec):
    datas = dict((dest, src) for src, dest in spec["Analysis"].kwargs["datas"])
    runtime = {p.name for p in (ROOT / "resources").iterdir() if p.is_dir()} - {
        "screenshots",
        "packaging",
    }
    assert "resources/icons" in datas
    assert set(datas) == {f"resources/{name}" for name in runtime}
    for dest, src in datas.items():
        assert Path(src).is_dir() and Path(src).name == Path(dest).name


def test_spec_excludes_only_what_pyqtgraph_can_lose(spec):
    excludes = set(spec["Analysis"].kwargs["excludes"])
    for needed in ("pyqtgraph.multiprocess", "pyqtgraph.console", "pyqtgraph.flowchart"):
        assert needed not in excludes  # `import pyqtgraph` breaks without them
    assert {"pyqtgraph.opengl", "pyqtgraph.examples", "pyqtgraph.jupyter"} <= excludes
    assert "PySide6.QtNetwork" in excludes


def test_spec_keeps_the_needed_qt_plugins_and_prunes_what_only_dropped_ones_used(spec):
    analysis = spec["Analysis"]
    kept = {dest for dest, _src, _kind in analysis.binaries}
    plugins = {dest.split("plugins/")[1] for dest in kept if "plugins/" in dest}
    assert plugins == {
        "platforms/libqxcb.so",
        "platforms/libqoffscreen.so",
        "imageformats/libqsvg.so",
        "xcbglintegrations/libqxcb-glx-integration.so",
    }
    assert "PySide6/Qt/lib/libQt6XcbQpa.so.6" in kept and "libxcb-icccm.so.4" in kept
    assert "PySide6/Qt/lib/libQt6Widgets.so.6" in kept  # reached from the Python module
    assert "PySide6/Qt/lib/libQt6WaylandClient.so.6" not in kept
    assert "libwayland-client.so.0" not in kept
    data_dests = {dest for dest, _src, _kind in analysis.datas}
    # Qt's translations: only qtbase of the languages RNN Lab has (its dialogs' buttons)
    assert {d for d in data_dests if "translations" in d} == {"PySide6/Qt/translations/qtbase_de.qm"}
    assert "libQt6Gui.so.6" in data_dests  # a link to a kept library stays
    assert "libQt6WaylandClient.so.6" not in data_dests  # a link to a pruned one goes


def png_size(path: Path) -> tuple[int, int]:
    with path.open("rb") as handle:
        header = handle.read(24)
    assert header[:8] == b"\x89PNG\r\n\x1a\n", path
    return struct.unpack(">II", header[16:24])


def test_icon_files_exist_in_every_size():
    assert QSvgRenderer(str(ICONS / "rnn-lab.svg")).isValid()
    for size in PNG_SIZES:
        assert png_size(ICONS / f"rnn-lab-{size}.png") == (size, size)
    for name, sizes in (
        ("rnn-lab.ico", [16, 24, 32, 48, 64, 128, 256]),
        ("rnn-lab.icns", [16, 32, 64, 128, 256, 512, 32, 64, 256, 512]),
    ):
        reader = QImageReader(str(ICONS / name))
        found = []
        for index in range(reader.imageCount()):
            reader.jumpToImage(index)
            found.append(reader.read().width())
        assert found == sizes, name


def test_icon_pngs_are_rendered_from_the_current_svg(qapp):
    """After editing the SVG, rerun resources/packaging/make_icons.py (this test says so)."""
    sys.path.insert(0, str(PACKAGING))
    try:
        import make_icons
    finally:
        sys.path.remove(str(PACKAGING))
    for size in (16, 64, 256):
        fresh = QImage.fromData(make_icons.render_png(size)).convertToFormat(
            QImage.Format.Format_ARGB32
        )
        committed = QImage(str(ICONS / f"rnn-lab-{size}.png")).convertToFormat(
            QImage.Format.Format_ARGB32
        )
        worst = max(
            abs(a - b) for a, b in zip(fresh.constBits().tobytes(), committed.constBits().tobytes())
        )
        assert worst <= 8, f"rnn-lab-{size}.png is out of date: run make_icons.py"


def read_desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, delimiters=("=",))
    parser.optionxform = str  # keys are case-sensitive
    parser.read(PACKAGING / "rnn-lab.desktop", encoding="utf-8")
    return parser["Desktop Entry"]


def test_desktop_entry_launches_rnn_lab_with_its_icon():
    entry = read_desktop_entry()
    assert entry["Type"] == "Application" and entry["Name"] == "RNN Lab"
    launcher = entry["Exec"].split()[0]
    # `pip install .` (gui-scripts) and the .deb both put this launcher on PATH
    assert re.search(rf'^{launcher} = "rnngui.app:main"$', PYPROJECT.read_text(), re.M)
    assert (
        'ln -s "/opt/rnn-lab/$APP" "$STAGE/usr/bin/rnn-lab"'
        in (ROOT / ".ci" / "package").read_text()
    )
    assert entry["Icon"] == "rnn-lab" and (ICONS / "rnn-lab.svg").is_file()
    assert entry["Terminal"] == "false"
    categories = entry["Categories"].split(";")
    assert entry["Categories"].endswith(";") and "Education" in categories
    # X11 docks match WM_CLASS, whose class Qt takes from the application name; Wayland
    # matches the app id, which is the desktop file name
    assert entry["StartupWMClass"] == "RNN Lab"
    assert 'app.setApplicationName("RNN Lab")' in (ROOT / "rnngui" / "app.py").read_text()
    if shutil.which("desktop-file-validate"):
        done = subprocess.run(
            ["desktop-file-validate", str(PACKAGING / "rnn-lab.desktop")],
            capture_output=True,
            text=True,
        )
        assert done.returncode == 0 and not done.stdout.strip(), done.stdout


def test_deb_control_template_has_the_fields_dpkg_requires():
    text = (PACKAGING / "control.in").read_text(encoding="utf-8")
    fields = dict(
        line.split(": ", 1) for line in text.splitlines() if line and not line.startswith(" ")
    )
    for field in ("Package", "Version", "Architecture", "Maintainer", "Description"):
        assert fields.get(field), field
    assert fields["Package"] == "rnn-lab"
    for placeholder in ("@VERSION@", "@ARCH@", "@DEPENDS@", "@INSTALLED_SIZE@"):
        assert placeholder in text
    description_body = text.split("\nDescription:", 1)[1].splitlines()[1:]
    assert description_body and all(line.startswith(" ") for line in description_body)


def test_package_script_is_valid_bash_and_pyinstaller_is_pinned():
    assert subprocess.run(["bash", "-n", str(ROOT / ".ci" / "package")]).returncode == 0
    package_extra = PYPROJECT.read_text().split("\npackage = [", 1)[1].split("]", 1)[0]
    assert re.search(r'"pyinstaller==[0-9.]+"', package_extra)


def test_resources_are_found_from_source_and_from_a_frozen_bundle(monkeypatch, tmp_path):
    assert resources.resources_dir() == ROOT / "resources"
    assert [p.name for p in resources.icon_paths()] == [f"rnn-lab-{s}.png" for s in PNG_SIZES]
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resources.resources_dir() == tmp_path / "resources"
    assert resources.icon_paths() == []  # no icons there: the app runs without one


def test_the_application_gets_the_window_icon(qapp):
    from rnngui.app import set_window_icon

    set_window_icon(qapp)
    sizes = {size.width() for size in qapp.windowIcon().availableSizes()}
    assert set(PNG_SIZES) <= sizes
    assert qapp.desktopFileName() == "rnn-lab"


# --- the wheel `pip install .` builds ----------------------------------------------------------
WHEEL_CHECK = """
import sys
from pathlib import Path
import rnngui
from rnngui import resources
from rnngui.lesson import lessons_dir
from rnngui.model.examples import EXAMPLES_DIR
target = Path(sys.argv[1]).resolve()
assert Path(rnngui.__file__).resolve().is_relative_to(target), rnngui.__file__
assert resources.resources_dir() == target / "rnngui" / "_resources", resources.resources_dir()
assert len(resources.icon_paths()) == 8, resources.icon_paths()
assert sorted(p.name for p in EXAMPLES_DIR.glob("*.rnnlab")), EXAMPLES_DIR
from PySide6.QtWidgets import QApplication
app = QApplication([])
from rnngui.ui.main_window import MainWindow
window = MainWindow()
panel = window.lesson_panel
assert panel.entries and all(entry.ok for entry in panel.entries), panel.entries
assert panel.add_lesson_file(lessons_dir() / "statquest-rnn.json")
print("lesson:", panel.lesson.title, len(panel.lesson.steps), "steps")
window.state.shutdown()
window.close()
"""


@pytest.mark.timeout(150)
def test_the_wheel_carries_the_resources_and_its_launcher_runs(tmp_path):
    """`pip install .` in miniature: build the wheel from a copy of the tree (with the venv's own
    setuptools, offline), install it with --no-deps into a folder of its own, then run its
    `rnn-lab --self-test` and open a lesson from the installed copy, away from the checkout."""
    source = tmp_path / "source"
    source.mkdir()
    for name in ("pyproject.toml", "setup.py", "MANIFEST.in", "README.md", "LICENSE", "main.py"):
        shutil.copy2(ROOT / name, source / name)
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", "screenshots")
    shutil.copytree(ROOT / "rnngui", source / "rnngui", ignore=ignore)
    shutil.copytree(ROOT / "resources", source / "resources", ignore=ignore)
    pip = [sys.executable, "-m", "pip", "--disable-pip-version-check"]
    built = subprocess.run(
        [*pip, "wheel", "--no-deps", "--no-build-isolation", "--no-index", "-w", str(tmp_path),
         str(source)], capture_output=True, text=True, timeout=120,
    )
    assert built.returncode == 0, built.stdout + built.stderr
    assert "Deprecat" not in built.stdout + built.stderr  # e.g. project.license as a table
    (wheel,) = tmp_path.glob("rnn_lab-*.whl")
    import zipfile

    names = zipfile.ZipFile(wheel).namelist()
    for expected in ("rnngui/_resources/lessons/statquest-rnn.json",
                     "rnngui/_resources/icons/rnn-lab-256.png",
                     "rnngui/_resources/examples/statland-rules.rnnlab"):
        assert expected in names
    assert not [n for n in names if "screenshots" in n or "packaging/" in n]

    target = tmp_path / "installed"
    installed = subprocess.run(
        [*pip, "install", "--no-deps", "--no-index", "--target", str(target), str(wheel)],
        capture_output=True, text=True, timeout=120,
    )
    assert installed.returncode == 0, installed.stdout + installed.stderr
    env = {**__import__("os").environ, "PYTHONPATH": str(target), "QT_QPA_PLATFORM": "offscreen",
           "RNNLAB_DATA_DIR": str(tmp_path / "data")}
    launcher = target / "bin" / "rnn-lab"
    ran = subprocess.run([str(launcher), "--self-test"], cwd=tmp_path, env=env,
                         capture_output=True, text=True, timeout=60)
    assert ran.returncode == 0, ran.stdout + ran.stderr
    assert "self-test passed" in ran.stdout
    opened = subprocess.run([sys.executable, "-c", WHEEL_CHECK, str(target)], cwd=tmp_path,
                            env=env, capture_output=True, text=True, timeout=60)
    assert opened.returncode == 0, opened.stdout + opened.stderr
    assert "lesson:" in opened.stdout


# --- the bundle's smaller ICU data -------------------------------------------------------------
def load_trim_icu():
    import importlib.util

    spec = importlib.util.spec_from_file_location("trim_icu", PACKAGING / "trim_icu.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_icu_trimming_drops_other_languages_converters_and_transliterators_only():
    trim_icu = load_trim_icu()
    items = ["root.res", "en.res", "en_GB.res", "de.res", "zh_Hant_HK.res", "res_index.res",
             "pool.res", "coll/root.res", "coll/en.res", "coll/de.res", "coll/de_.res",
             "coll/ucadata.icu", "brkitr/root.res", "brkitr/thaidict.dict", "brkitr/char.brk",
             "ibm-943_P15A-2003.cnv", "cnvalias.icu", "translit/root.res", "uprops.icu",
             "zone/fr.res", "zone/en.res", "zoneinfo64.res", "supplementalData.res",
             "likelySubtags.res", "plurals.res", "nfc.nrm"]
    assert set(trim_icu.items_to_drop(items)) == {
        "de.res", "zh_Hant_HK.res", "coll/de.res", "coll/de_.res", "ibm-943_P15A-2003.cnv",
        "translit/root.res", "zone/fr.res",
    }


ICU_CHECK = """
from PySide6.QtCore import QCollator, QLocale, QTimeZone
collator = QCollator(QLocale("en_US"))
collator.setNumericMode(True)
print(sorted(["b", "file10", "A", "file9", "a"], key=collator.sortKey))
print(QLocale("tr").toUpper("i"), QTimeZone(b"Europe/Paris").isValid())
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="ELF")
def test_the_trimmed_icu_library_still_sorts_and_maps_case(tmp_path):
    """Built from the Qt wheel's own library (as the spec does), then loaded in place of it."""
    trim_icu = load_trim_icu()
    if not shutil.which("icupkg"):
        pytest.skip("icupkg (icu-devtools) is not installed; .ci/package installs it")
    import PySide6

    (library,) = (Path(PySide6.__file__).parent / "Qt" / "lib").glob("libicudata.so.*")
    trimmed = trim_icu.trim(library, tmp_path / "work")
    assert trimmed is not None
    assert trimmed.stat().st_size < 0.3 * library.stat().st_size
    lib = tmp_path / "lib"
    lib.mkdir()
    shutil.copy2(trimmed, lib / library.name)
    env = {**__import__("os").environ, "LD_LIBRARY_PATH": str(lib), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", ICU_CHECK], env=env, capture_output=True,
                          text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert "Could not create collator" not in done.stderr
    assert done.stdout.splitlines() == ["['a', 'A', 'b', 'file9', 'file10']", "İ True"]
