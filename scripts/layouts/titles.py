"""A report's title, for the running header and the PDF metadata: the title column
of corpus/README.md's table for corpus/text/<name>.txt, else the text's first line."""

import re


def title_of(text_path):
    readme = text_path.parent.parent / "README.md"
    if readme.exists():
        row = re.compile(r"^\|\s*text/" + re.escape(text_path.name) + r"\s*\|\s*([^|]+?)\s*\|",
                         re.M)
        m = row.search(readme.read_text(encoding="utf-8"))
        if m:
            return m.group(1)
    for line in text_path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            return line.strip().lstrip("#").strip()
    return text_path.stem
