"""Size of the customer widget's JavaScript, as a browser downloads it.

Run from the checkout root::

    .venv/bin/python bench/widget_size.py [--rebuild]

Builds ``widget/`` first when the bundle is missing or older than its sources (``npm ci``
when ``widget/node_modules`` is missing too), then prints the raw size and the size after
gzip at level 9 (what ``/widget.js`` serves to browsers that accept gzip). The budget is
30 KB gzipped. The last line printed is one JSON object (``widget_js_gzip_kb``, ...).
"""

from __future__ import annotations

import argparse
import gzip
import json
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WIDGET = ROOT / "widget"
BUNDLE = ROOT / "kefu" / "channels" / "web" / "static" / "widget.js"
BUDGET_KB = 30.0


def sources() -> list[Path]:
    found = [*(WIDGET / "src").iterdir(), *(WIDGET / "pages").iterdir()]
    return [*found, WIDGET / "build.mjs", WIDGET / "package-lock.json", WIDGET / "tsconfig.json"]


def stale() -> bool:
    if not BUNDLE.exists():
        return True
    built = BUNDLE.stat().st_mtime
    return any(path.stat().st_mtime > built for path in sources())


def build() -> None:
    if not (WIDGET / "node_modules").exists():
        subprocess.run(["npm", "ci", "--no-audit", "--no-fund"], cwd=WIDGET, check=True)
    subprocess.run(["npm", "run", "--silent", "build"], cwd=WIDGET, check=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rebuild", action="store_true", help="build even if up to date")
    args = parser.parse_args()
    if args.rebuild or stale():
        build()
    raw = BUNDLE.read_bytes()
    gzipped = len(gzip.compress(raw, compresslevel=9, mtime=0))
    result = {
        "widget_js_bytes": len(raw),
        "widget_js_gzip_bytes": gzipped,
        "widget_js_gzip_kb": round(gzipped / 1024, 2),
        "budget_kb": BUDGET_KB,
    }
    print(f"widget.js: {len(raw):,} bytes, {gzipped:,} bytes gzipped")
    verdict = "within" if gzipped / 1024 <= BUDGET_KB else "OVER"
    print(f"{gzipped / 1024:.2f} KB gzipped, {verdict} the {BUDGET_KB:.0f} KB budget")
    print(json.dumps(result))


if __name__ == "__main__":
    main()
