"""Installs the Debian packages the layouts need, the way the project's other
scripts do: ask dpkg-query, apt-get install what is missing (as root, or via sudo)."""

import os
import shutil
import subprocess
import sys

PACKAGES = [
    "weasyprint",                 # HTML + CSS -> PDF (57.2 on bookworm: float: footnote)
    "python3-odf",                # builds the ODF text document of word-style
    "libreoffice-writer-nogui",   # ODF -> PDF for word-style
    "python3-pikepdf",            # fixed metadata and ID for LibreOffice's PDFs
    "fonts-liberation",           # Liberation Sans / Serif / Sans Narrow
    "fonts-dejavu-core",          # DejaVu Sans / Serif
    "fonts-dejavu-extra",         # DejaVu Sans Condensed
    "fonts-opensymbol",           # stands in for the Symbol font of word-style's bullets
    "fonts-tlwg-garuda-ttf",      # glyphs for the Thai letters in one text's garbled line
]


def missing(packages=PACKAGES):
    out = subprocess.run(["dpkg-query", "-W", "-f", "${Package} ${db:Status-Status}\n",
                          *packages], capture_output=True, text=True).stdout
    installed = {line.split()[0] for line in out.splitlines() if line.endswith(" installed")}
    return [p for p in packages if p not in installed]


def ensure(packages=PACKAGES):
    need = missing(packages)
    if not need:
        return
    prefix = [] if os.geteuid() == 0 else ["sudo"]
    if prefix and not shutil.which("sudo"):
        sys.exit(f"make-layouts: needs root to install {' '.join(need)}")
    print(f"make-layouts: installing {' '.join(need)}", file=sys.stderr)
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    subprocess.run(prefix + ["apt-get", "update"], check=True, env=env)
    # apt-get waits for the dpkg lock when another install is running.
    subprocess.run(prefix + ["apt-get", "install", "-y", "--no-install-recommends",
                             "-o", "DPkg::Lock::Timeout=600",
                             *need], check=True, env=env)
