"""Write files atomically: a reader sees the old complete file or the new one.

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
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO

__all__ = ["atomic_write"]


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
