"""Driving the HTML page in Debian's Chromium with Playwright, for the browser tests.

Every request a page makes is intercepted and counted; the page must work with
the network switched off. In CI (``CI=true``) a missing browser fails the run
instead of skipping the browser tests.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

CHROMIUM = os.environ.get("ACTORGRAPH_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
#: How long a page may take to settle its layout (ms): a loaded two-core machine has needed
#: more than 30 s for the first layout of a page in a notebook's frame.
STABLE_TIMEOUT = 60_000
LAUNCH_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
               "--disable-component-update", "--disable-sync", "--disable-quic",
               "--no-first-run"]


@contextmanager
def launch() -> Iterator:
    """A headless Chromium (skips the test, or fails it in CI, when there is none)."""
    if not Path(CHROMIUM).is_file():
        message = f"Chromium not found at {CHROMIUM} (install Debian's chromium package)"
        if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
            pytest.fail(message)
        pytest.skip(message)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=LAUNCH_ARGS)
        try:
            yield browser
        finally:
            browser.close()


class Visit:
    """A page opened offline: requests, console errors and dialogs recorded."""

    def __init__(self, browser, path: Path, fragment: str = "", *,
                 viewport: tuple[int, int] = (1280, 800)):
        self.context = browser.new_context(offline=True, viewport={"width": viewport[0],
                                                                   "height": viewport[1]})
        self.requests: list[str] = []
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        self.context.route("**/*", self._route)
        self.page = self.context.new_page()
        self.page.on("console", lambda m: m.type == "error" and self.errors.append(m.text))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))
        self.url = path.resolve().as_uri()
        self.page.goto(self.url + fragment)
        self.stable()

    def _route(self, route):
        if route.request.url.split("#")[0] == self.url:
            route.continue_()
        else:
            self.requests.append(route.request.url)
            route.abort()

    def stable(self, timeout: int = STABLE_TIMEOUT) -> None:
        """Wait until the layout has settled."""
        self.page.wait_for_selector("body[data-stabilized=true]", timeout=timeout,
                                    state="attached")

    def move(self, script: str, *args):
        """Run a ``window.actorgraph`` move; return its result once the view is stable."""
        result = self.page.evaluate(script, *args)
        self.stable()
        return result

    def visible(self) -> tuple[set[str], set[str]]:
        shown = self.page.evaluate("actorgraph.visible()")
        return set(shown["nodes"]), set(shown["edges"])

    def clean(self) -> bool:
        return not self.requests and not self.errors and not self.dialogs

    def close(self):
        self.context.close()
