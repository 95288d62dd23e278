"""The tune / check split of a development set, fixed by record id.

A record belongs to the *tune* half when the first byte of the SHA-256 of its
id (UTF-8) is even, to the *check* half when it is odd. The rule depends on
the id alone, so a record never changes half when others are added or
removed, and the same rule serves every gold file (PLOVER, WCEP).

Discipline: errors are read (printed, inspected) on the tune half only; the
check half is only scored, so its figures stay an honest estimate for text
the rules were not written for.

Examples
--------
>>> half("PLOVER-GSR01-AGREE-0001"), half("wcep-56681")
('tune', 'check')
"""

from __future__ import annotations

import hashlib

__all__ = ["CHECK", "HALVES", "TUNE", "half"]

TUNE = "tune"
CHECK = "check"
HALVES = (TUNE, CHECK)


def half(record_id: str) -> str:
    """``"tune"`` or ``"check"`` for a record id (see the module docstring)."""
    return TUNE if hashlib.sha256(record_id.encode("utf-8")).digest()[0] % 2 == 0 else CHECK
