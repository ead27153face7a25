"""Document -> HTML for WeasyPrint.

The HTML is the same for every WeasyPrint layout apart from what a Layout asks for
(footnotes at the page foot, ligature code points, Unicode superscripts, a sidebar);
the look is the layout's stylesheet.  Markup becomes elements (<b>, <i>, <sup>), never
literal characters.
"""

from html import escape
import re

from . import inline
from . import blocks
from .blocks import Footnote, Heading, KeyFacts, ListBlock, Paragraph, Table

RATINGS = {"outstanding": "outstanding", "good": "good",
           "requires improvement": "requires-improvement", "inadequate": "inadequate"}
LIGATURES = [("ffi", "\ufb03"), ("ffl", "\ufb04"), ("ff", "\ufb00"), ("fi", "\ufb01"),
             ("fl", "\ufb02")]
TO_SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")


def render(doc, layout, css, date):
    """The whole HTML page. `date` is an ISO date for the PDF's metadata."""
    r = _Renderer(layout)
    title_page = "".join(r.block(b, title=True) for b in doc.blocks[:doc.title_blocks])
    body = "".join(r.chapters(doc.blocks[doc.title_blocks:]))
    # Stylesheets write RUNNING_TITLE where the running header's text goes.
    css = css.replace("RUNNING_TITLE", css_string(doc.title))
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{escape(doc.title)} ({layout.name})</title>
<meta name="author" content="HM Inspectorate of Probation">
<meta name="generator" content="findings scripts/make-layouts: {layout.name}">
<meta name="dcterms.created" content="{date}T00:00:00Z">
<meta name="dcterms.modified" content="{date}T00:00:00Z">
<style>
{css}
</style>
</head>
<body class="{layout.name}">
<section class="titlepage">
{title_page}</section>
<main>
{body}</main>
</body>
</html>
"""


def css_string(text):
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


class _Renderer:
    def __init__(self, layout):
        self.layout = layout

    # --- blocks -------------------------------------------------------------------

    def chapters(self, body):
        """<section>s, one per level-1 heading: the heading, then the rest in a
        <div class="flow"> (the element multi-column layouts set in columns, so that
        no heading has to span columns: WeasyPrint 57 loses text with column-span)."""
        chapter = []
        for b in body + [None]:
            if chapter and (b is None or (isinstance(b, Heading) and b.level == 1)):
                head = chapter[0] if isinstance(chapter[0], Heading) and chapter[0].level == 1 else None
                rest = chapter[1:] if head else chapter
                # A contents page stays in one column in every layout.
                kind = ("flow contents" if any(isinstance(x, Table) and x.contents for x in rest)
                        else "flow")
                yield ('<section class="chapter">\n' + (self.block(head) if head else "")
                       + f'<div class="{kind}">\n' + "".join(self.block(x) for x in rest)
                       + "</div>\n</section>\n")
                chapter = []
            if b is not None:
                chapter.append(b)

    def block(self, b, title=False):
        if isinstance(b, Heading):
            return self.heading(b, title)
        if isinstance(b, Paragraph):
            lines = "<br>\n".join(self.runs(line) for line in b.lines)
            return f'<p class="{b.style}">{lines}</p>\n'
        if isinstance(b, ListBlock):
            return self.list(b)
        if isinstance(b, Table):
            return self.table(b)
        if isinstance(b, KeyFacts):
            return self.key_facts(b)
        if isinstance(b, Footnote):
            tag = "aside" if self.layout.sidebar else "p"
            return f'<{tag} class="footnote">{self.runs(b.line)}</{tag}>\n'
        raise TypeError(b)

    def heading(self, h, title):
        text = self.runs(h.runs)
        if h.bullet:
            text = f'<span class="heading-bullet">•</span> {text}'
        if title:
            return f'<p class="title title-h{h.level}">{text}</p>\n'
        return f"<h{h.level}>{text}</h{h.level}>\n"

    def list(self, lst):
        items = []
        for item in lst.items:
            if item.number:
                items.append(f'<li class="numbered"><span class="number">{escape(item.number)}'
                             f'</span> {self.runs(item.runs)}</li>')
            else:
                items.append(f'<li class="bullet">{self.runs(item.runs)}</li>')
        return '<ul>\n' + "\n".join(items) + "\n</ul>\n"

    def table(self, t):
        kind = "contents" if t.contents else "data"
        wide = " wide" if len(t.rows[0]) >= 3 else ""
        out = [f'<table class="{kind}{wide}">\n']
        rows = t.rows
        if t.header:
            out.append("<thead><tr>" + "".join(self.cell(c, "th") for c in rows[0])
                       + "</tr></thead>\n")
            rows = rows[1:]
        out.append("<tbody>\n")
        for row in rows:
            out.append("<tr>" + "".join(self.cell(c, "td") for c in row) + "</tr>\n")
        out.append("</tbody></table>\n")
        return "".join(out)

    def cell(self, runs, tag):
        text = inline.plain(runs).strip()
        classes = []
        if text.lower() in RATINGS:
            classes.append("rating " + RATINGS[text.lower()])
        if blocks.is_figure(text):
            classes.append("number")
        attr = f' class="{" ".join(classes)}"' if classes else ""
        return f"<{tag}{attr}>{self.runs(runs)}</{tag}>"

    def key_facts(self, kf):
        facts = "".join(
            f'<div class="fact"><div class="value">{self.runs(v)}</div>'
            f'<div class="description">{self.runs(d)}</div></div>\n' for v, d in kf.facts)
        tag = "aside" if self.layout.sidebar else "div"
        return f'<{tag} class="keyfacts">\n{facts}</{tag}>\n'

    # --- runs -----------------------------------------------------------------------

    def runs(self, runs):
        return "".join(self.run(r) for r in runs)

    def run(self, r):
        text = r.text
        if r.sup and r.unicode_sup and self.layout.unicode_superscripts:
            html_text = escape(text.translate(TO_SUPERSCRIPT))
        else:
            if self.layout.ligatures and not r.sup:
                for letters, ligature in LIGATURES:
                    text = text.replace(letters, ligature)
            html_text = escape(text)
            if r.sup:
                html_text = f"<sup>{html_text}</sup>"
        if r.underline:
            html_text = f"<u>{html_text}</u>"
        if r.italic:
            html_text = f"<i>{html_text}</i>"
        if r.bold:
            html_text = f"<b>{html_text}</b>"
        for note in r.notes:
            html_text += self.footnote(note)
        return html_text

    def footnote(self, note):
        # CSS float: footnote takes the span to the page foot; the reference mark is
        # the text's own superscript, so the generated call is switched off in CSS.
        return (f'<span class="fn"><sup class="fn-number">{escape(note.number)}</sup> '
                f"{self.runs(note.runs)}</span>")
