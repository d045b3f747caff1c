#!/usr/bin/env python3
"""Take docs/labeling.png: the labeling interface of a real Label Studio, in headless Chromium.

    python docs/screenshot.py URL EMAIL PASSWORD PROJECT_ID TASK_ID OUT.png

Needs the `playwright` Python package (no browser download: it drives the
system's /usr/bin/chromium, e.g. `apt-get install chromium`). Logs in through
the form like a person, opens the task, selects the first quote so the
per-quote panel (stance, speaker, kind) shows, and saves a PNG.
"""
from __future__ import annotations

import sys
import tempfile

from playwright.sync_api import sync_playwright

CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--no-first-run"]


def main(url: str, email: str, password: str, project: str, task: str, out: str) -> None:
    with tempfile.TemporaryDirectory() as profile, sync_playwright() as p:
        browser = p.chromium.launch_persistent_context(
            profile, executable_path="/usr/bin/chromium", headless=True, args=CHROMIUM_FLAGS,
            viewport={"width": 1440, "height": 1000})
        page = browser.new_page()
        page.goto(f"{url}/user/login/")
        page.fill("input[name=email]", email)
        page.fill("input[name=password]", password)
        page.click("button[type=submit], input[type=submit]")
        page.wait_for_load_state("networkidle")
        page.goto(f"{url}/projects/{project}/data?task={task}")
        page.wait_for_selector(".lsf-htx-richtext, .htx-richtext, [class*=richtext]", timeout=60_000)
        page.wait_for_timeout(2500)
        for sel in ("[class*=instructions] button[aria-label=close]", "[class*=modal] [class*=close]"):
            if page.locator(sel).count():  # the project's guide opens as a dialog first: close it for the shot
                page.locator(sel).first.click()
        page.wait_for_timeout(500)
        quote = page.get_by_text("QUOTE_INDIRECT", exact=True)
        if quote.count() > 1:  # the first is the label button above the text; the next ones are regions
            quote.nth(1).click()
            page.wait_for_timeout(1000)
        page.screenshot(path=out, full_page=False)
        browser.close()


if __name__ == "__main__":
    if len(sys.argv) != 7:
        sys.exit(__doc__)
    main(*sys.argv[1:])
