"""Calendar dates of time expressions, only where they are unambiguous.

News text dates events relative to the article ("on Monday", "yesterday",
"on July 27"). :func:`resolve_date` turns such an expression into an ISO date
when the expression fixes the day:

* an ISO date ("2024-07-27");
* a month and a day, with or without a year ("July 27", "27 July 2024",
  "Dec. 29"); without a year, the latest such day on or before the article date;
* a weekday ("on Monday"): the latest such day on or before the article date;
* "today", "yesterday", "tomorrow", "tonight", "last night".

Anything else ("three days later", "in May", "last week") gives None rather
than a guess: "three days later" is relative to the previous event, not to the
article. Without an article date only expressions with a year are resolved.

Examples
--------
>>> resolve_date("on July 27", "2024-08-05"), resolve_date("on Monday", "2024-08-08")
('2024-07-27', '2024-08-05')
>>> resolve_date("since October 7", "2024-08-05"), resolve_date("yesterday", "2024-08-05")
('2023-10-07', '2024-08-04')
>>> resolve_date("Three days later", "2024-08-05") is None, resolve_date("on July 27", None)
(True, None)
>>> resolve_date("December 29, 1989", None)
'1989-12-29'
"""

from __future__ import annotations

import datetime as dt
import re

__all__ = ["MONTH_NAMES", "WEEKDAY_NAMES", "is_calendar_date", "resolve_date"]

_MONTHS = {name: i for i, names in enumerate((
    ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
    ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
    ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"),
    ("december", "dec")), start=1) for name in names}
#: Month names and their abbreviations, lower case (a period after them is optional).
MONTH_NAMES = frozenset(_MONTHS)
_WEEKDAYS = {name: i for i, name in enumerate(
    ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"))}
#: Days of the week, lower case.
WEEKDAY_NAMES = frozenset(_WEEKDAYS)
_RELATIVE = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}
_MONTH = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?:,?\s+(?P<year>\d{4}))?"
_PATTERNS = (
    re.compile(rf"\b{_MONTH}\s+{_DAY}\b{_YEAR}", re.I),
    re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH}{_YEAR}\b", re.I),
)
_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_WORD = re.compile(r"[a-z]+")


def _parse_iso(value: str | None) -> dt.date | None:
    if not value:
        return None
    match = _ISO.search(value)
    if not match:
        return None
    try:
        return dt.date(*(int(g) for g in match.groups()))
    except ValueError:
        return None


def _month_day(expression: str, base: dt.date | None) -> dt.date | None:
    for pattern in _PATTERNS:
        match = pattern.search(expression)
        if not match:
            continue
        month, day = _MONTHS[match["month"].lower()], int(match["day"])
        try:
            if match["year"]:
                return dt.date(int(match["year"]), month, day)
            if base is None:
                return None
            date = dt.date(base.year, month, day)
            return date if date <= base else dt.date(base.year - 1, month, day)
        except ValueError:
            return None
    return None


def is_calendar_date(text: str) -> bool:
    """Whether a phrase is nothing but a calendar day: a month and a day, in either order,
    with or without a year ("Feb 15", "Sept. 30, 1987", "15 February"), or an ISO date.

    A name tagger may type such a phrase as a law, product or organisation; it is a
    date all the same, never a participant.

    Examples
    --------
    >>> is_calendar_date("Feb 15"), is_calendar_date("15th of March 1988")
    (True, True)
    >>> is_calendar_date("March 1 Movement"), is_calendar_date("May")
    (False, False)
    """
    text = text.strip()
    return bool(_ISO.fullmatch(text)) or any(
        (match := pattern.match(text)) is not None and match.end() == len(text)
        for pattern in _PATTERNS)


def resolve_date(expression: str | None, article_date: str | None) -> str | None:
    """ISO date of a time expression, or None (see the module docstring)."""
    if not expression:
        return None
    iso = _parse_iso(expression)
    if iso is not None:
        return iso.isoformat()
    base = _parse_iso(article_date)
    date = _month_day(expression, base)
    if date is not None:
        return date.isoformat()
    if base is None:
        return None
    words = _WORD.findall(expression.lower())
    if "next" in words or "last" in words and "night" not in words:
        return None
    if "last" in words and "night" in words:
        return (base - dt.timedelta(days=1)).isoformat()
    for word in words:
        if word in _RELATIVE:
            return (base + dt.timedelta(days=_RELATIVE[word])).isoformat()
        if word in _WEEKDAYS:
            back = (base.weekday() - _WEEKDAYS[word]) % 7
            return (base - dt.timedelta(days=back)).isoformat()
    return None
