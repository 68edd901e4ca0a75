"""Two openers: the lock names its holder and since when, read-only is the way in, stale locks go."""

from __future__ import annotations

import fcntl
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from jornada_desktop.editing.document import Document, LockedError
from jornada_desktop.editing.file_lock import lock_path
from jornada_desktop.widgets.window.lock_dialog import LockChoice, ask_about_lock, holder_text
from tests.helpers import digest

ROOT = Path(__file__).resolve().parent.parent


def _dead_pid() -> int:
    """The pid of a process that has finished (and was reaped)."""
    done = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True,
                          text=True, check=True)
    return int(done.stdout)


def _write_lock(path: Path, pid: int, host: str) -> None:
    """A lock file as QLockFile writes it (pid, application, host), left by someone else."""
    lock_path(path).write_text(f"{pid}\njornada\n{host}\n")


@pytest.fixture
def remote_holder(sample_path: Path):
    """A live holder on another computer: its lock file, with the file lock it keeps while alive
    (QLockFile takes over any lock file nobody keeps locked, so a live holder must keep one)."""
    _write_lock(sample_path, 4242, "meeting-room-pc")
    fd = os.open(lock_path(sample_path), os.O_RDWR)
    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    yield
    os.close(fd)


@pytest.fixture
def other_jornada(sample_path: Path):
    """Another process that holds the file open (through Document) until its stdin closes."""
    script = ("import sys\nfrom PySide6.QtCore import QCoreApplication\napp = QCoreApplication([])\n"
              "from jornada_desktop.editing.document import Document\n"
              f"doc = Document.open({str(sample_path)!r}, daily_version=False)\n"
              "print('open', flush=True)\nsys.stdin.read()\ndoc.close()\n")
    child = subprocess.Popen([sys.executable, "-c", script], cwd=ROOT, stdin=subprocess.PIPE,
                             stdout=subprocess.PIPE, text=True, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert child.stdout.readline().strip() == "open"
    yield child
    child.stdin.close()
    child.wait(timeout=30)
    child.stdout.close()


def test_holder_is_named_with_process_host_and_time(qapp, sample_path: Path, other_jornada) -> None:
    with pytest.raises(LockedError) as info:
        Document.open(sample_path)
    holder = info.value.holder
    assert holder is not None and holder.pid == other_jornada.pid
    assert holder.hostname == socket.gethostname() and holder.since is not None
    assert info.value.path == sample_path
    text = holder_text(holder)
    assert f"process {other_jornada.pid}" in text and "on this computer" in text and " since " in text
    # Read-only is the way in, and it neither waits for nor touches the lock or the file.
    before = digest(sample_path)
    reader = Document.open(sample_path, read_only=True)
    assert reader.read_only and reader.lock is None
    reader.close()
    assert digest(sample_path) == before and lock_path(sample_path).exists()


@pytest.mark.parametrize("host", ["this", "crashed-laptop"])
def test_stale_lock_with_a_dead_pid_is_taken_over(qapp, sample_path: Path, host: str) -> None:
    """A crash leaves the lock file but nobody keeps it locked: the next opener takes it over."""
    dead = _dead_pid()
    _write_lock(sample_path, dead, socket.gethostname() if host == "this" else host)
    document = Document.open(sample_path)
    try:
        assert document.lock is not None and document.lock.held
        assert lock_path(sample_path).read_text().splitlines()[0] == str(os.getpid())
    finally:
        document.close()
    assert not lock_path(sample_path).exists()


def test_lock_from_another_computer_needs_a_person(qapp, sample_path: Path, remote_holder) -> None:
    with pytest.raises(LockedError) as info:
        Document.open(sample_path)
    assert info.value.holder.hostname == "meeting-room-pc"
    assert "on the computer “meeting-room-pc”" in holder_text(info.value.holder)
    document = Document.open(sample_path, take_over_lock=True)  # the person said that computer is off
    try:
        assert document.lock.held
        assert lock_path(sample_path).read_text().splitlines()[0] == str(os.getpid())
    finally:
        document.close()


def _answer_with(button_text: str) -> None:
    def click() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox), box
        for button in box.buttons():
            if button.text().replace("&", "").startswith(button_text):
                button.click()
                return
        raise AssertionError([b.text() for b in box.buttons()])

    QTimer.singleShot(0, click)


def test_lock_question_offers_read_only_and_take_over_only_for_other_computers(qapp, sample_path: Path,
                                                                             remote_holder) -> None:
    holder = pytest.raises(LockedError, Document.open, sample_path).value.holder
    _answer_with("Open read-only")
    assert ask_about_lock(None, "sample.jornada", holder) is LockChoice.READ_ONLY
    _answer_with("Take over")
    assert ask_about_lock(None, "sample.jornada", holder) is LockChoice.TAKE_OVER
    _answer_with("Cancel")
    assert ask_about_lock(None, "sample.jornada", holder) is LockChoice.CANCEL
    local = holder.__class__(holder.pid, socket.gethostname(), "jornada", None)

    def no_take_over() -> None:
        box = QApplication.activeModalWidget()
        texts = [b.text() for b in box.buttons()]
        assert not any("Take over" in t.replace("&", "") for t in texts), texts
        box.reject()

    QTimer.singleShot(0, no_take_over)
    assert ask_about_lock(None, "sample.jornada", local) is LockChoice.CANCEL


def test_main_window_asks_and_opens_read_only(qapp, qtbot, sample_path: Path, other_jornada) -> None:
    from jornada_desktop.widgets.window.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    _answer_with("Open read-only")
    assert window.open_path(sample_path)
    assert window.document is not None and window.document.read_only
    assert window.banner.isVisibleTo(window)
    names = {a.objectName() for a in window.findChildren(type(window.actions()[0]))}
    assert {"action_save_version", "action_versions", "action_save_copy"} <= names
    assert not window.reliability.save_version_action.isEnabled()  # read-only: no versions from here
    assert window.reliability.save_copy_action.isEnabled()
