"""WeasyPrint engine: Document -> HTML (+ the layout's CSS) -> PDF."""

import logging
import os
from pathlib import Path

from . import footnotes, html_render

CSS_DIR = Path(__file__).with_name("css")


def write_pdf(doc, layout, out_path, date, keep_html=False):
    # Imported here: the package may only just have been installed.
    from weasyprint import HTML

    # WeasyPrint warns about every CSS property it ignores; errors still show.
    logging.getLogger("weasyprint").setLevel(logging.ERROR)
    if layout.footnotes == "page":
        footnotes.anchor(doc)
    sheets = ["base", layout.extends, layout.name] if layout.extends else ["base", layout.name]
    css = "".join((CSS_DIR / f"{sheet}.css").read_text() for sheet in sheets)
    page = html_render.render(doc, layout, css, date)
    if keep_html:
        Path(out_path).with_suffix(".html").write_text(page)
    # fontTools stamps font subsets with SOURCE_DATE_EPOCH when set: same bytes each run.
    os.environ.setdefault("SOURCE_DATE_EPOCH", _epoch(date))
    HTML(string=page, base_url=str(CSS_DIR)).write_pdf(out_path)


def _epoch(date):
    import datetime
    d = datetime.date.fromisoformat(date)
    return str(int(datetime.datetime(d.year, d.month, d.day,
                                     tzinfo=datetime.timezone.utc).timestamp()))
