"""LibreOffice engine: Document -> ODF text document (python3-odf) -> PDF (soffice).

ODF has what a Word report has natively: real footnotes (text:note), bordered tables
with a repeated header row, paragraph borders for the practice-example boxes, list
styles with a Symbol-font bullet, and left/right page headers.
"""

import re
import shutil
import subprocess
import tempfile
from pathlib import Path

from odf import teletype
from odf.dc import Title
from odf.meta import CreationDate, Generator
from odf.opendocument import OpenDocumentText
from odf.style import Style, TableColumnProperties, TextProperties
from odf.table import Table, TableCell, TableColumn, TableHeaderRows, TableRow
from odf.text import H, List, ListItem, Note, NoteBody, NoteCitation, P, Span, Tab
from odf.text import LineBreak

from . import blocks, footnotes, inline, odt_styles, pdf_meta

HEADING_STYLE = {1: "Heading_20_1", 2: "Heading_20_2", 3: "Heading_20_3"}
RATINGS = {"outstanding", "good", "requires improvement", "inadequate"}


def write_pdf(doc, layout, out_path, date, keep_odt=False):
    footnotes.anchor(doc)
    odt = build(doc, layout, date)
    with tempfile.TemporaryDirectory(prefix="make-layouts-") as tmp:
        src = Path(tmp) / (Path(out_path).stem + ".odt")
        odt.save(str(src))
        if keep_odt:
            shutil.copy(src, Path(out_path).with_suffix(".odt"))
        # A profile of its own: no clash with a running LibreOffice, no user settings.
        profile = Path(tmp) / "profile"
        subprocess.run(["soffice", f"-env:UserInstallation={profile.as_uri()}", "--headless",
                        "--convert-to", "pdf:writer_pdf_Export", "--outdir", tmp, str(src)],
                       check=True, capture_output=True, timeout=600)
        pdf_meta.finish(Path(tmp) / (src.stem + ".pdf"), out_path,
                        title=f"{doc.title} ({layout.name})",
                        creator=f"findings scripts/make-layouts: {layout.name}", date=date)


def build(doc, layout, date):
    odt = OpenDocumentText()
    odt_styles.install(odt, doc.title, font=layout.font or odt_styles.FONT, columns=layout.columns,
                       size=layout.font_size, justify=layout.justify, margin_cm=layout.margin_cm)
    odt.meta.addElement(Title(text=f"{doc.title} ({layout.name})"))
    odt.meta.addElement(CreationDate(text=f"{date}T00:00:00"))
    odt.meta.addElement(Generator(text=f"findings scripts/make-layouts: {layout.name}"))
    writer = _Writer(odt, odt_styles.text_width(layout.margin_cm))
    for i, b in enumerate(doc.blocks):
        first_after_title = i == doc.title_blocks and i > 0
        writer.block(b, title=i < doc.title_blocks, first=i == 0,
                     after_title=first_after_title)
    return odt


class _Writer:
    def __init__(self, odt, text_width):
        self.odt = odt
        self.text_width = text_width  # cm, what a table's columns share
        self.notes = 0
        self.text_styles = {}
        self.column_styles = set()

    def add(self, element):
        self.odt.text.addElement(element)

    # --- blocks -------------------------------------------------------------------

    def block(self, b, title=False, first=False, after_title=False):
        if title:
            style = "Title_20_First" if first else (
                "Title_20_Big" if isinstance(b, blocks.Heading) else "Title_20_Line")
            runs = b.runs if isinstance(b, blocks.Heading) else None
            self.add(self.paragraph(style, [runs] if runs else b.lines))
            return
        if after_title:
            # An empty paragraph on the master page with headers starts page two; a
            # heading's own page break would otherwise leave the first page's master.
            self.add(P(stylename="After_20_Title"))
        if isinstance(b, blocks.Heading):
            self.heading(b)
        elif isinstance(b, blocks.Paragraph):
            # Lines kept apart (addresses, signatures) are not justified.
            style = {"example": "Practice_20_Example"}.get(
                b.style, "Lines" if len(b.lines) > 1 else "Standard")
            self.add(self.paragraph(style, b.lines))
        elif isinstance(b, blocks.ListBlock):
            self.list(b)
        elif isinstance(b, blocks.Table):
            self.add(self.contents(b) if b.contents else self.table(b))
        elif isinstance(b, blocks.KeyFacts):
            self.add(self.key_facts(b))
        elif isinstance(b, blocks.Footnote):
            self.add(self.paragraph("In_20_Place_20_Footnote", [b.line]))

    def heading(self, h):
        element = H(outlinelevel=h.level, stylename=HEADING_STYLE[h.level])
        if h.bullet:
            teletype.addTextToElement(element, "• ")
        self.runs_into(element, h.runs)
        self.add(element)

    def paragraph(self, style, lines):
        p = P(stylename=style)
        for k, runs in enumerate(lines):
            if k:
                p.addElement(LineBreak())
            self.runs_into(p, runs)
        return p

    def list(self, lst):
        bullets = None
        for item in lst.items:
            if item.number:
                bullets = None
                p = P(stylename="Numbered_20_Item")
                teletype.addTextToElement(p, item.number)
                p.addElement(Tab())
                self.runs_into(p, item.runs)
                self.add(p)
                continue
            if bullets is None:
                bullets = List(stylename="Symbol_20_Bullet")
                self.add(bullets)
            li = ListItem()
            li.addElement(self.paragraph("List_20_Item", [item.runs]))
            bullets.addElement(li)

    def table(self, t):
        table = Table(stylename="Data_20_Table")
        for width in column_widths(t.rows, self.text_width):
            table.addElement(TableColumn(stylename=self.column_style(width)))
        rows = t.rows
        if t.header:
            head = TableHeaderRows()
            head.addElement(self.row(rows[0], header=True))
            table.addElement(head)
            rows = rows[1:]
        for r in rows:
            table.addElement(self.row(r))
        return table

    def row(self, cells, header=False):
        tr = TableRow()
        for runs in cells:
            text = inline.plain(runs).strip()
            cell_style = "Header_20_Cell" if header else "Cell"
            if text.lower() in RATINGS:
                cell_style = "Rating_" + text.lower().replace(" ", "-")
            para = "Table_20_Heading" if header else (
                "Table_20_Number" if blocks.is_figure(text)
                else "Table_20_Contents")
            tc = TableCell(stylename=cell_style, valuetype="string")
            tc.addElement(self.paragraph(para, [runs]))
            tr.addElement(tc)
        return tr

    def contents(self, t):
        table = Table(stylename="Data_20_Table")
        width = len(t.rows[0])
        if width > 1:
            table.addElement(TableColumn(numbercolumnsrepeated=width - 1))
        table.addElement(TableColumn(stylename="Col_20_Narrow"))
        for r in t.rows:
            tr = TableRow()
            for k, runs in enumerate(r):
                tc = TableCell(stylename="Plain_20_Cell", valuetype="string")
                style = "Table_20_Number" if k == width - 1 else "Contents_20_Entry"
                tc.addElement(self.paragraph(style, [runs]))
                tr.addElement(tc)
            table.addElement(tr)
        return table

    def column_style(self, width_cm):
        name = f"Col_{width_cm:.1f}".replace(".", "_")
        if name not in self.column_styles:
            style = Style(name=name, family="table-column")
            style.addElement(TableColumnProperties(columnwidth=f"{width_cm:.1f}cm"))
            self.odt.automaticstyles.addElement(style)
            self.column_styles.add(name)
        return name

    def key_facts(self, kf):
        table = Table(stylename="Data_20_Table")
        table.addElement(TableColumn(stylename="Col_20_Fact"))
        table.addElement(TableColumn())
        for value, description in kf.facts:
            tr = TableRow()
            for style, para, runs in [("Fact_20_Value", "Key_20_Fact_20_Value", value),
                                      ("Fact_20_Text", "Key_20_Fact_20_Text", description)]:
                tc = TableCell(stylename=style, valuetype="string")
                tc.addElement(self.paragraph(para, [runs]))
                tr.addElement(tc)
            table.addElement(tr)
        return table

    # --- runs -----------------------------------------------------------------------

    def runs_into(self, parent, runs):
        for r in runs:
            if r.sup and r.notes:
                self.reference_with_notes(parent, r)
                continue
            style = self.text_style(r)
            if style:
                span = Span(stylename=style)
                teletype.addTextToElement(span, r.text)
                parent.addElement(span)
            else:
                teletype.addTextToElement(parent, r.text)

    def reference_with_notes(self, parent, run):
        """A superscript reference some footnotes are anchored to: each number with a
        footnote becomes a real footnote (its citation is the number); the rest of the
        run stays superscript text."""
        pending = {n.number: n for n in run.notes}
        for token in re.split(r"(\d+)", run.text):
            if not token:
                continue
            note = pending.pop(token, None)
            if note is None:
                span = Span(stylename=self.text_style(inline.Run(token, sup=True)))
                teletype.addTextToElement(span, token)
                parent.addElement(span)
                continue
            self.notes += 1
            element = Note(id=f"ftn{self.notes}", noteclass="footnote")
            element.addElement(NoteCitation(label=note.number, text=note.number))
            body = NoteBody()
            body.addElement(self.paragraph("Footnote", [note.runs]))
            element.addElement(body)
            parent.addElement(element)

    def text_style(self, r):
        """An automatic text style for the run's combination of bold, italic,
        underline and superscript (None for plain text), made on first use."""
        key = (r.bold, r.italic, r.underline, r.sup)
        if not any(key):
            return None
        if key not in self.text_styles:
            props = {}
            if r.bold:
                props["fontweight"] = "bold"
            if r.italic:
                props["fontstyle"] = "italic"
            if r.underline:
                props.update(textunderlinestyle="solid", textunderlinewidth="auto",
                             textunderlinecolor="font-color")
            if r.sup:
                props["textposition"] = "super 58%"
            name = "T" + "".join(flag for flag, on in zip("biup", key) if on)
            style = Style(name=name, family="text")
            style.addElement(TextProperties(**props))
            self.odt.automaticstyles.addElement(style)
            self.text_styles[key] = name
        return self.text_styles[key]


def column_widths(rows, total_cm=16.0):
    """Widths as Word's autofit would give them, roughly: each column in proportion to
    its longest cell, a short column never under 1.3 cm, a long one at most 40 letters'
    worth before the others get the rest."""
    longest = [max(len(inline.plain(row[k]).strip()) for row in rows)
               for k in range(len(rows[0]))]
    weights = [min(max(n, 5), 40) for n in longest]
    widths = [max(1.3, total_cm * w / sum(weights)) for w in weights]
    scale = total_cm / sum(widths)
    return [round(w * scale, 1) for w in widths]
