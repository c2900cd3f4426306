"""Size of the console's JavaScript, as a browser downloads it.

Run from the checkout root::

    .venv/bin/python bench/web_size.py [--rebuild]

Builds ``web/`` first when the build is missing (``make web``), then reads the build's
manifest: the **initial** JavaScript is the entry script and every chunk it imports
statically (what ``/console/`` downloads before anything shows, the sign-in page included);
for each page, the chunks its route adds. Sizes are after gzip at level 9, as the server
sends them. The budget for the initial JavaScript is 500 KB gzipped. The last line printed
is one JSON object (``initial_js_gzip_kb``, ...).
"""

from __future__ import annotations

import argparse
import gzip
import json
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUILD = ROOT / "kefu" / "web"
MANIFEST = BUILD / ".vite" / "manifest.json"
BUDGET_KB = 500.0
PAGES = {
    "workspace": "src/views/workspace/WorkspaceView.vue",
    "wallboard": "src/views/wallboard/WallboardView.vue",
    "rules": "src/views/admin/RulesView.vue",
}


def gzip_kb(path: Path) -> float:
    return len(gzip.compress(path.read_bytes(), 9, mtime=0)) / 1024


def closure(manifest: dict[str, dict[str, object]], key: str) -> set[str]:
    """The JavaScript files a chunk needs at once: itself and its static imports."""
    seen: set[str] = set()
    stack = [key]
    while stack:
        chunk = manifest[stack.pop()]
        file = str(chunk["file"])
        if file in seen:
            continue
        seen.add(file)
        stack.extend(str(k) for k in chunk.get("imports", []))  # type: ignore[attr-defined]
    return seen


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rebuild", action="store_true", help="build even if already built")
    args = parser.parse_args()
    if args.rebuild or not MANIFEST.exists():
        subprocess.run(["make", "web"], cwd=ROOT, check=True)
    manifest: dict[str, dict[str, object]] = json.loads(MANIFEST.read_text())
    entry = next(key for key, chunk in manifest.items() if chunk.get("isEntry"))
    initial = closure(manifest, entry)
    initial_kb = sum(gzip_kb(BUILD / f) for f in initial)
    every_kb = sum(gzip_kb(p) for p in (BUILD / "assets").glob("*.js"))
    figures: dict[str, object] = {
        "initial_js_gzip_kb": round(initial_kb, 1),
        "budget_kb": BUDGET_KB,
        "within_budget": initial_kb <= BUDGET_KB,
        "all_js_gzip_kb": round(every_kb, 1),
    }
    print(f"initial JavaScript (entry + static imports): {initial_kb:7.1f} KB gzipped")
    for name, source in PAGES.items():
        added = closure(manifest, source) - initial
        kb = sum(gzip_kb(BUILD / f) for f in added)
        figures[f"{name}_page_js_gzip_kb"] = round(kb, 1)
        print(f"  + the {name} page: {kb:7.1f} KB gzipped ({len(added)} files)")
    print(f"all JavaScript of the build: {every_kb:7.1f} KB gzipped")
    print(json.dumps(figures))


if __name__ == "__main__":
    main()
