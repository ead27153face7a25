"""The layouts: one entry per folder of tests/layouts/.

A layout is an engine (WeasyPrint from HTML + CSS, or LibreOffice from an ODF text
document) plus the few choices the HTML needs to know about (where footnotes go,
whether to write ligature code points, where the key facts sit).  Everything visual
of a WeasyPrint layout is in its stylesheet, scripts/layouts/css/<name>.css.
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class Layout:
    name: str
    engine: str                        # "weasyprint" or "libreoffice"
    summary: str                       # one line, for the README and --list
    footnotes: str = "inline"          # "inline": where the text has them; "page": page foot
    ligatures: bool = False            # write fi fl ff ffi ffl as U+FB00..U+FB04
    unicode_superscripts: bool = False # keep ¹²³ as characters instead of raised digits
    sidebar: bool = False              # key facts and in-place footnotes in a side column
    columns: int = 1                   # libreoffice: the pages' text columns
    font: str = ""                     # libreoffice: the body font ("": Liberation Sans)
    font_size: float = 11              # libreoffice: the body type's size, pt
    justify: bool = True               # libreoffice: justified body text (else ragged right)
    margin_cm: float = 0               # libreoffice: every page margin (0: 1.5 cm top and
                                       # bottom, 2.5 cm left and right)
    extends: str = ""                  # weasyprint: the layout whose stylesheet this one's
                                       # rules are set over


LAYOUTS = [
    Layout("one-column-ragged", "weasyprint",
           "A4, one column ragged right, DejaVu Sans 10 pt, running header, page "
           "numbers, bordered tables, boxed key facts, footnote texts in place"),
    Layout("two-column-hyphenated", "weasyprint",
           "A4, two justified columns with automatic hyphenation (lang=en), Liberation "
           "Serif 9.5 pt; chapter headings and the contents page across the full width"),
    Layout("word-style", "libreoffice",
           "A4 like the inspectorate's Word reports: Liberation Sans 11 pt justified, 6 pt "
           "after paragraphs, coloured numbered headings, shaded-header bordered tables, "
           "boxed practice examples, real footnotes, left/right running headers, Symbol "
           "bullets (U+F0B7); ODF built with python3-odf, PDF by LibreOffice",
           footnotes="page"),
    Layout("sidebar", "weasyprint",
           "A4, a narrow main column with a wide right-hand sidebar holding the key facts "
           "and the footnote texts as side notes, Liberation Sans 10 pt",
           sidebar=True),
    Layout("three-column", "weasyprint",
           "US Letter, three ragged columns of DejaVu Sans Condensed 8.5 pt with column "
           "rules; tables inside the columns; chapter headings and the contents page "
           "across the full width"),
    Layout("small-type-footnotes", "weasyprint",
           "A4, Liberation Sans Narrow 8.5 pt, 12 mm margins, footnotes at the foot of "
           "the page (CSS float: footnote), header and page number at the top",
           footnotes="page"),
    Layout("ligatures-letterspaced", "weasyprint",
           "A4, DejaVu Serif 10 pt justified, ligature code points (U+FB00..U+FB04) in "
           "the text, letter-spaced headings, Unicode superscript digits kept",
           ligatures=True, unicode_superscripts=True),
    Layout("book-indented", "weasyprint",
           "A4, DejaVu Serif 10 pt justified and hyphenated, paragraphs told apart by a "
           "first-line indent and no space between them, footnotes at the page foot",
           footnotes="page"),
    Layout("capitals-letter", "weasyprint",
           "US Letter, Liberation Sans 12 pt ragged, line height 1.6, headings set in "
           "capitals by the style (text-transform), tables without borders"),
    Layout("word-two-column", "libreoffice",
           "word-style's document set in two justified columns of Liberation Serif 11 pt "
           "(LibreOffice page columns): tables squeezed into a column, their narrow cells "
           "breaking words, footnotes at the page foot",
           footnotes="page", columns=2, font="Liberation Serif"),
    Layout("two-column-ragged", "weasyprint",
           "A4, two ragged columns of DejaVu Sans 9 pt without hyphenation, the key facts "
           "inside the columns, rules under table rows, footnotes at the page foot",
           footnotes="page"),
    Layout("a5-serif", "weasyprint",
           "A5, Liberation Serif 11 pt justified and hyphenated, headings in DejaVu Sans "
           "spread across the measure by the justification, footnotes at the page foot",
           footnotes="page"),
    Layout("two-column-letter", "weasyprint",
           "US Letter, two justified hyphenated columns of DejaVu Serif 9 pt, key facts "
           "boxed in a column with justified descriptions, footnotes at the page foot",
           footnotes="page"),
    Layout("word-serif-ragged", "libreoffice",
           "word-style's document in Liberation Serif 12 pt ragged right with 3.2 cm margins "
           "all round, inside which LibreOffice sets the running header and the page number; "
           "footnotes at the page foot",
           footnotes="page", font="Liberation Serif", font_size=12, justify=False, margin_cm=3.2),
    Layout("word-dense", "libreoffice",
           "word-style's document in DejaVu Sans 9 pt justified with 1.5 cm margins all round: "
           "tables and the contents page's numbers a point smaller than the text, footnotes at "
           "the page foot",
           footnotes="page", font="DejaVu Sans", font_size=9, margin_cm=1.5),
    Layout("two-column-sans-tight", "weasyprint",
           "two-column-hyphenated in DejaVu Sans 8.5 pt with 14 mm margins: headings justified "
           "in the column, so a two-line chapter heading is spread across it ('Annex   2:   "
           "Inspection   results:')",
           extends="two-column-hyphenated"),
    Layout("two-column-small-sans", "weasyprint",
           "two-column-ragged in Liberation Sans 8 pt, line height 1.5: footnotes in nearly the "
           "text's size; a short table broken by the column, one row in each",
           footnotes="page", extends="two-column-ragged"),
]


def by_name(name):
    for layout in LAYOUTS:
        if layout.name == name:
            return layout
    raise KeyError(name)
