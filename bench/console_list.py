"""Does the workspace's conversation list stay smooth with thousands of conversations?

Run from the checkout root (needs the built console and Debian's Chromium)::

    .venv/bin/python bench/console_list.py [--conversations 3000]

Starts ``kefu demo`` on a fresh SQLite folder, opens ``--conversations`` conversations
through the open API channel (each with one customer message), signs a supervisor in to
the console in headless Chromium and opens the workspace's "all" list. It then scrolls the
list twice: once with the first page (100 conversations) loaded, the **baseline**, and once
after scrolling has loaded all of them; each time for the same number of frames, half a
screen a frame, starting again at the top when it reaches the end. It reports, for both,
the frame times during the scroll (median and p95), the number of rows in the page (a
virtual list keeps it constant), and the time a live update takes to show (a new customer
message moving a conversation to the top). The figures that matter are the **ratios** of
the full list to the baseline, measured in the same browser: a list that renders every row
grows with the count; this one should not.
The last line is one JSON object.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx
from playwright.sync_api import Page, sync_playwright

from kefu import demo

FRAMES = 240  # half a screen a frame, down and back to the top, as often as it takes
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"]
SCROLL = """async (count) => {
  const list = document.querySelector('[data-test=list-all] .v-vl');
  const frames = [];
  let rows = 0;
  list.scrollTop = 0;
  await new Promise(requestAnimationFrame);
  let last = performance.now();
  while (frames.length < count) {
    const bottom = list.scrollTop + list.clientHeight >= list.scrollHeight - 2;
    list.scrollTop = bottom ? 0 : list.scrollTop + list.clientHeight / 2;
    await new Promise(requestAnimationFrame);
    const now = performance.now();
    frames.push(now - last);
    last = now;
    rows = Math.max(rows, document.querySelectorAll('[data-test=list-all] button.item').length);
  }
  return { frames, rows };
}"""


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _quantile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


async def _seed(base: str, count: int) -> None:
    async with httpx.AsyncClient(base_url=f"{base}/api/v1", timeout=30) as http:
        login = await http.post(
            "/auth/login",
            json={
                "tenant": demo.TENANT,
                "login": f"admin@{demo.DOMAIN}",
                "password": demo.PASSWORD,
            },
        )
        admin = {"Authorization": f"Bearer {login.json()['access_token']}"}
        made = await http.post(
            "/api-keys", json={"name": "bench", "permissions": ["channel:api"]}, headers=admin
        )
        key = {"Authorization": f"Bearer {made.json()['key']}"}
        gate = asyncio.Semaphore(8)

        async def one(n: int) -> None:
            async with gate:
                user = {"id": f"bench-{n}", "name": f"客户{n:05d}"}
                started = await http.post(
                    "/channel/conversations", json={"user": user}, headers=key
                )
                conversation = started.json()["id"]
                body = {
                    "client_msg_id": f"m{n}",
                    "body": f"第 {n} 位客户的问题：订单什么时候发货？",
                }
                sent = await http.post(
                    f"/channel/conversations/{conversation}/messages", json=body, headers=key
                )
                assert sent.status_code == 201, sent.text

        await asyncio.gather(*(one(n) for n in range(count)))


def _measure(page: Page) -> dict[str, Any]:
    result: dict[str, Any] = page.evaluate(SCROLL, FRAMES)
    frames = result["frames"]
    return {
        "frame_ms_median": round(_quantile(frames, 0.5), 2),
        "frame_ms_p95": round(_quantile(frames, 0.95), 2),
        "rows_in_page": result["rows"],
        "frames": len(frames),
    }


def _live_update_ms(page: Page, base: str, n: int) -> float:
    """A customer of the list writes again; how long until their line is at the top."""
    key_page = page.evaluate("() => localStorage.getItem('kefu.session')")
    token = json.loads(key_page)["access_token"]
    http = httpx.Client(base_url=f"{base}/api/v1", headers={"Authorization": f"Bearer {token}"})
    items = http.get("/conversations", params={"limit": 200}).json()["items"]
    target = items[-1]
    page.evaluate("() => { document.querySelector('[data-test=list-all] .v-vl').scrollTop = 0 }")
    started = time.perf_counter()
    answer = http.post(
        f"/conversations/{target['id']}/messages",
        json={"client_msg_id": f"live{n}", "body": "补充一下订单号", "private": False},
    )
    assert answer.status_code in (200, 201), answer.text
    page.wait_for_function(
        "id => document.querySelector('[data-test=list-all] button.item')?.dataset.test"
        " === 'conversation-' + id",
        arg=target["id"],
    )
    http.close()
    return (time.perf_counter() - started) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--conversations", type=int, default=3000)
    args = parser.parse_args()
    data = Path(tempfile.mkdtemp(prefix="kefu-bench-console-"))
    port = _free_port()
    base = f"http://127.0.0.1:{port}"
    env = {
        **os.environ,
        "KEFU_DATABASE_URL": f"sqlite+aiosqlite:///{data / 'kefu.db'}",
        "KEFU_DATA_DIR": str(data),
        "KEFU_PORT": str(port),
        "KEFU_ACCESS_LOG": "false",
        "KEFU_LOG_LEVEL": "warning",
    }
    server = subprocess.Popen(
        [str(Path(sys.executable).parent / "kefu"), "demo"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=(data / "server.log").open("w"),
    )
    try:
        deadline = time.monotonic() + 90
        while True:
            try:
                if httpx.get(f"{base}/readyz", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if time.monotonic() > deadline or server.poll() is not None:
                raise SystemExit("the server did not start: " + (data / "server.log").read_text())
            time.sleep(0.2)
        seeding = time.perf_counter()
        asyncio.run(_seed(base, args.conversations))
        print(f"opened {args.conversations} conversations in {time.perf_counter() - seeding:.1f} s")
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(
                executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS
            )
            page = browser.new_page(viewport={"width": 1360, "height": 860})
            page.goto(f"{base}/console/login")
            page.fill("input[name=tenant]", demo.TENANT)
            page.fill("input[name=login]", f"supervisor@{demo.DOMAIN}")
            page.fill("input[name=password]", demo.PASSWORD)
            page.click("button[type=submit]")
            page.wait_for_selector("[data-test=nav]")
            page.goto(f"{base}/console/workspace")
            page.click("[data-test=tab-all]")
            page.wait_for_selector("[data-test=list-all] button.item")
            baseline = _measure(page)
            baseline["live_update_ms"] = round(_live_update_ms(page, base, 0), 1)
            loading = time.perf_counter()
            while page.locator("[data-test=list-all] button.item").count() and page.evaluate(
                "n => { const l = document.querySelector('[data-test=list-all] .v-vl');"
                " l.scrollTop = l.scrollHeight; return l.scrollHeight / 76 < n }",
                args.conversations,
            ):
                page.wait_for_timeout(50)
            print(
                f"loaded every conversation into the list in {time.perf_counter() - loading:.1f} s"
            )
            full = _measure(page)
            full["live_update_ms"] = round(_live_update_ms(page, base, 1), 1)
            browser.close()
    finally:
        server.terminate()
        server.wait(timeout=30)
    for name, figures in (("baseline (100)", baseline), (f"full ({args.conversations})", full)):
        print(
            f"{name:>16}: frame median {figures['frame_ms_median']} ms, p95 "
            f"{figures['frame_ms_p95']} ms over {figures['frames']} frames; "
            f"{figures['rows_in_page']} rows in the page; "
            f"live update {figures['live_update_ms']} ms"
        )
    ratio = full["frame_ms_p95"] / max(baseline["frame_ms_p95"], 0.01)
    update_ratio = full["live_update_ms"] / max(baseline["live_update_ms"], 0.01)
    print(f"p95 frame ratio full/baseline: {ratio:.2f}; live update ratio: {update_ratio:.2f}")
    print(
        json.dumps(
            {
                "conversations": args.conversations,
                "baseline": baseline,
                "full": full,
                "frame_p95_ratio": round(ratio, 2),
                "live_update_ratio": round(update_ratio, 2),
            }
        )
    )


if __name__ == "__main__":
    main()
