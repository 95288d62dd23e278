"""Write files atomically: a reader sees the old complete file or the new one.

:func:`atomic_write` replaces one file; :func:`staged_files` replaces a set of
files in a folder: each is written in full in a hidden staging folder and
flushed to disk first, then they are renamed into place one by one, each
rename atomic. A reader never sees a partial file, but a reader (or a crash)
between two renames sees some new files beside old ones: the set is not
swapped as one. Writers to the same folder take turns under a lock. What a
killed process leaves behind is hidden and removed by the next writer.

Examples
--------
>>> import tempfile, pathlib
>>> path = pathlib.Path(tempfile.mkdtemp()) / "out.txt"
>>> with atomic_write(path) as handle:
...     _ = handle.write("complete")
>>> path.read_text()
'complete'
>>> try:
...     with atomic_write(path) as handle:
...         _ = handle.write("half")
...         raise RuntimeError("crash")
... except RuntimeError:
...     pass
>>> path.read_text(), sorted(p.name for p in path.parent.iterdir())
('complete', ['out.txt'])
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO

__all__ = ["atomic_write", "fsync_path", "locked", "staged_files", "sync_tree"]

_STAGING = ".actorgraph-staging-"


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


@contextlib.contextmanager
def atomic_write(path: str | os.PathLike, *, binary: bool = False) -> Iterator[IO]:
    """Open a temporary file next to ``path``; rename it over ``path`` on success.

    The data is flushed to disk before the rename; on any exception the
    temporary file is removed and ``path`` is left untouched. Text mode writes
    UTF-8 with ``\\n`` line endings on every platform.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        if binary:
            handle = os.fdopen(fd, "wb")
        else:
            handle = os.fdopen(fd, "w", encoding="utf-8", newline="\n")
        with handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o666 & ~_umask())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


@contextlib.contextmanager
def locked(folder: str | os.PathLike) -> Iterator[None]:
    """Hold the exclusive lock of ``folder`` (waiting for it if another process has it).

    The lock is taken on the folder itself (no lock file); the kernel releases
    it when its process ends, however it ends.
    """
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)  # releases the lock


def fsync_path(path: str | os.PathLike) -> None:
    """Flush a file, or a folder's entries, to disk."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def sync_tree(folder: str | os.PathLike) -> None:
    """Flush every file under ``folder``, and ``folder`` itself, to disk."""
    for root, _dirs, files in os.walk(folder):
        for name in files:
            with contextlib.suppress(FileNotFoundError):  # a lock file gone since the walk
                fsync_path(os.path.join(root, name))
    fsync_path(folder)


@contextlib.contextmanager
def staged_files(folder: str | os.PathLike) -> Iterator[Path]:
    """A staging folder whose files replace those of the same names in ``folder``.

    Write each file into the yielded folder; when the block ends without an
    exception they are all renamed into ``folder`` (files not written keep
    their old version), one by one (see the module's note). On an exception
    nothing in ``folder`` changes.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> out = pathlib.Path(tempfile.mkdtemp())
    >>> with staged_files(out) as stage:
    ...     _ = (stage / "a.txt").write_text("A")
    ...     _ = (stage / "b.txt").write_text("B")
    >>> sorted(p.name for p in out.iterdir() if not p.name.startswith("."))
    ['a.txt', 'b.txt']
    >>> try:
    ...     with staged_files(out) as stage:
    ...         _ = (stage / "a.txt").write_text("new")
    ...         raise RuntimeError("crash")
    ... except RuntimeError:
    ...     pass
    >>> (out / "a.txt").read_text(), [p.name for p in out.glob(".actorgraph-staging-*")]
    ('A', [])
    """
    folder = Path(folder)
    with locked(folder):
        for left in folder.glob(_STAGING + "*"):  # from a run that was killed
            shutil.rmtree(left, ignore_errors=True)
        stage = Path(tempfile.mkdtemp(prefix=_STAGING, dir=folder))
        try:
            yield stage
            sync_tree(stage)
            for path in sorted(p for p in stage.iterdir() if p.is_file()):
                os.replace(path, folder / path.name)
            fsync_path(folder)
        finally:
            shutil.rmtree(stage, ignore_errors=True)
