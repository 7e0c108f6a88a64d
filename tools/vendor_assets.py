# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Copy the built front-end files from node_modules into the Django static tree.

Usage (from the repository root)::

    npm install && .venv/bin/python tools/vendor_assets.py

The copies in ``src/meedoen/web/static/vendor/`` are committed, so a fresh
machine needs neither npm nor the network to run the web app. For every package
the script copies the minified CSS/JS we load (keeping the upstream file
name, e.g. ``vendor/utrecht-component-library-css/index.css``) plus the package's licence files
and writes ``static/vendor/MANIFEST.json`` (package, version, licence, files with
their sha256). ``tests/web/test_vendor_assets.py`` checks the copies against it
and against package-lock.json.

CSS that the package ships unminified is minified here with a small,
conservative minifier (comments dropped, whitespace collapsed, strings kept
verbatim); every ``@license`` comment is kept once at the top of the file.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import shutil
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NODE_MODULES = ROOT / "node_modules"
VENDOR = ROOT / "src" / "meedoen" / "web" / "static" / "vendor"
MANIFEST = VENDOR / "MANIFEST.json"


@dataclass(frozen=True)
class Package:
    """One npm package and what we take from it: (source in package, target name)."""

    name: str
    files: tuple[tuple[str, str], ...]
    licences: tuple[str, ...]
    why: str
    minify_css: tuple[str, ...] = field(default=())

    @property
    def target_dir(self) -> str:
        """Directory under static/vendor/: the npm name, '@' dropped and '/' made '-'."""
        return self.name.lstrip("@").replace("/", "-")


PACKAGES: tuple[Package, ...] = (
    Package(
        name="@utrecht/component-library-css",
        files=(("dist/index.css", "index.css"),),
        licences=("LICENSE.md",),
        minify_css=("dist/index.css",),
        why="NL Design System CSS components (server-rendered utrecht-* classes)",
    ),
    Package(
        name="@nl-design-system-unstable/voorbeeld-design-tokens",
        files=(("dist/theme.css", "theme.css"),),
        licences=("LICENSE.md",),
        minify_css=("dist/theme.css",),
        why="neutral NL Design System example theme (.voorbeeld-theme design tokens)",
    ),
    Package(
        name="htmx.org",
        files=(("dist/htmx.min.js", "htmx.min.js"),),
        licences=("LICENSE",),
        why="server-rendered partial updates without a SPA framework",
    ),
    Package(
        name="axe-core",
        files=(("axe.min.js", "axe.min.js"),),
        licences=("LICENSE", "LICENSE-3RD-PARTY.txt"),
        why="accessibility checks in the browser tests (WCAG 2.1 AA)",
    ),
)


# --- CSS minifier -----------------------------------------------------------

# No space is needed after these characters ...
_NO_SPACE_AFTER = set("{};,:>(")
# ... nor before these. '(' is deliberately absent: "and (" must keep its space,
# and '+', '-', '~' are absent because calc() needs the spaces around them.
_NO_SPACE_BEFORE = set("{};,>)!")


def minify_css(css: str) -> str:
    """Minify CSS conservatively; keep every distinct @license comment once, on top."""
    out: list[str] = []
    licences: list[str] = []
    pending_space = False
    i, n = 0, len(css)
    while i < n:
        ch = css[i]
        if ch == "/" and css.startswith("/*", i):
            end = css.find("*/", i + 2)
            end = n if end == -1 else end + 2
            comment = css[i:end]
            if ("@license" in comment or comment.startswith("/*!")) and comment not in licences:
                licences.append(comment)
            i = end
            pending_space = True
            continue
        if ch.isspace():
            pending_space = True
            i += 1
            continue
        if (
            pending_space
            and out
            and out[-1][-1] not in _NO_SPACE_AFTER
            and ch not in _NO_SPACE_BEFORE
        ):
            out.append(" ")
        pending_space = False
        if ch in "\"'":
            j = i + 1
            while j < n and css[j] != ch:
                j += 2 if css[j] == "\\" else 1
            out.append(css[i : j + 1])
            i = j + 1
            continue
        out.append(ch)
        i += 1
    body = "".join(out)
    charset = '@charset "UTF-8";'
    if body.startswith(charset):
        body = body[len(charset) :]
    header = charset + "\n" if charset in css else ""
    return header + "\n".join(licences) + ("\n" if licences else "") + body + "\n"


# --- copying ----------------------------------------------------------------


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def package_json(pkg: Package) -> dict:
    path = NODE_MODULES / pkg.name / "package.json"
    if not path.exists():
        sys.exit(f"vendor_assets: {path} missing; run `npm install` first")
    return json.loads(path.read_text(encoding="utf-8"))


def vendor_package(pkg: Package) -> dict:
    meta = package_json(pkg)
    src_dir = NODE_MODULES / pkg.name
    dst_dir = VENDOR / pkg.target_dir
    if dst_dir.exists():
        shutil.rmtree(dst_dir)
    dst_dir.mkdir(parents=True)
    entries = []
    copies = [(src, dst, src in pkg.minify_css) for src, dst in pkg.files]
    copies += [(lic, lic, False) for lic in pkg.licences]
    for src, dst, minify in copies:
        source = src_dir / src
        target = dst_dir / dst
        if minify:
            target.write_text(minify_css(source.read_text(encoding="utf-8")), encoding="utf-8")
        else:
            shutil.copyfile(source, target)
        entries.append(
            {
                "path": f"{pkg.target_dir}/{dst}",
                "source": src,
                "minified_here": minify,
                "bytes": target.stat().st_size,
                "sha256": sha256(target),
            }
        )
    return {
        "package": pkg.name,
        "version": meta["version"],
        "licence": meta.get("license", ""),
        "why": pkg.why,
        "files": entries,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.parse_args(argv)
    VENDOR.mkdir(parents=True, exist_ok=True)
    wanted = {pkg.target_dir for pkg in PACKAGES}
    for stale in VENDOR.iterdir():  # packages dropped from the list
        if stale.is_dir() and stale.name not in wanted:
            shutil.rmtree(stale)
    manifest = {
        "generated_by": "tools/vendor_assets.py",
        "note": "Paths are relative to this directory. Refresh: npm install && "
        ".venv/bin/python tools/vendor_assets.py",
        "packages": [vendor_package(pkg) for pkg in PACKAGES],
    }
    MANIFEST.write_text(json.dumps(manifest, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    for entry in manifest["packages"]:
        size = sum(f["bytes"] for f in entry["files"])
        print(f"{entry['package']}@{entry['version']} ({entry['licence']}): {size:,} bytes")
    print(f"wrote {MANIFEST.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
