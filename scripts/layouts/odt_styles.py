"""The styles of the LibreOffice layouts: what the inspectorate's Word reports look like.

A4, Liberation Sans (Arial's metrics) 11 pt, justified, 6 pt after each paragraph;
coloured headings; bordered tables with a shaded header row; boxed practice examples;
footnotes at the page foot; a running header on the outer side of each page (right on
right-hand pages, left on left-hand pages); bullets in the Symbol font's U+F0B7, as
Word writes them. A layout may name another font and set the pages in columns
(word-two-column), and change the body type's size, the justification and the
margins (word-serif-ragged); the defaults are word-style's.
"""

from odf.style import (Columns, FontFace, Footer, FooterLeft, Header, HeaderFooterProperties,
                       HeaderLeft, HeaderStyle, FooterStyle, ListLevelProperties, MasterPage,
                       PageLayout, PageLayoutProperties, ParagraphProperties, Style,
                       TableCellProperties, TableColumnProperties, TableProperties, TabStop,
                       TabStops, TextProperties)
from odf.text import ListLevelStyleBullet, ListStyle, NotesConfiguration, P, PageNumber

FONT = "Liberation Sans"
BLUE = "#1F5C99"
PLUM = "#7B2D5E"
RATING_FILL = {"outstanding": "#C6E0B4", "good": "#E2EFDA",
               "requires-improvement": "#FCE4D6", "inadequate": "#F4B6B6"}


def install(doc, running_title, font=FONT, columns=1, size=11, justify=True, margin_cm=0):
    """Adds every style the layout uses to `doc` (an OpenDocumentText)."""
    _fonts(doc, font)
    _paragraph_styles(doc, font, size, justify)
    _table_styles(doc, f"{text_width(margin_cm):g}cm")
    _list_styles(doc)
    _pages(doc, running_title, columns, margin_cm)
    doc.styles.addElement(NotesConfiguration(noteclass="footnote", startvalue="0",
                                             footnotesposition="page",
                                             startnumberingat="document"))


def text_width(margin_cm=0):
    """The width between the left and right margins of the A4 page, cm."""
    return round(21.0 - 2 * (margin_cm or 2.5), 2)


def _fonts(doc, font):
    doc.fontfacedecls.addElement(FontFace(name=font, fontfamily=f"'{font}'",
                                          fontfamilygeneric="swiss", fontpitch="variable"))
    # Word's bullet font; LibreOffice draws it with OpenSymbol's glyph.
    doc.fontfacedecls.addElement(FontFace(name="Symbol", fontfamily="Symbol",
                                          fontcharset="x-symbol", fontpitch="variable"))


def _paragraph(doc, name, parent="Standard", automatic=False, para=None, text=None, **attrs):
    style = Style(name=name, family="paragraph", parentstylename=parent, **attrs)
    if para:
        style.addElement(ParagraphProperties(**para))
    if text:
        style.addElement(TextProperties(**text))
    (doc.automaticstyles if automatic else doc.styles).addElement(style)
    return style


def _paragraph_styles(doc, font, size, justify):
    standard = Style(name="Standard", family="paragraph")
    standard.addElement(ParagraphProperties(textalign="justify" if justify else "start",
                                            margintop="0pt", marginbottom="6pt",
                                            orphans="2", widows="2"))
    standard.addElement(TextProperties(fontname=font, fontsize=f"{size:g}pt", language="en",
                                       country="GB", color="#000000"))
    doc.styles.addElement(standard)
    heading = {"keepwithnext": "always", "textalign": "start"}
    _paragraph(doc, "Heading_20_1", displayname="Heading 1", defaultoutlinelevel="1",
               para=dict(heading, margintop="0pt", marginbottom="12pt", breakbefore="page",
                         borderbottom=f"1.5pt solid {BLUE}", padding="0pt",
                         paddingbottom="3pt"),
               text=dict(fontsize="18pt", fontweight="bold", color=BLUE))
    _paragraph(doc, "Heading_20_2", displayname="Heading 2", defaultoutlinelevel="2",
               para=dict(heading, margintop="12pt", marginbottom="6pt"),
               text=dict(fontsize="14pt", fontweight="bold", color=BLUE))
    _paragraph(doc, "Heading_20_3", displayname="Heading 3", defaultoutlinelevel="3",
               para=dict(heading, margintop="9pt", marginbottom="4pt"),
               text=dict(fontsize="12pt", fontweight="bold", color=PLUM))
    _paragraph(doc, "Title_20_Big", displayname="Title Big", para={"textalign": "start"},
               text=dict(fontsize="26pt", fontweight="bold", color=BLUE))
    _paragraph(doc, "Title_20_Line", displayname="Title Line", para={"textalign": "start"},
               text=dict(fontsize="15pt", color=BLUE))
    # The title page is the first page: its master has no header.
    _paragraph(doc, "Title_20_First", displayname="Title First", parent="Title_20_Big",
               masterpagename="First_20_Page", para={"margintop": "7cm"})
    _paragraph(doc, "After_20_Title", displayname="After Title", masterpagename="Standard",
               para={"breakbefore": "page"})
    _paragraph(doc, "Practice_20_Example", displayname="Practice Example",
               para=dict(border="0.75pt solid #7F7F7F", padding="5pt",
                         backgroundcolor="#EEF3F8", margintop="3pt", marginbottom="9pt",
                         joinborder="false"))
    _paragraph(doc, "Lines", para={"textalign": "start"})
    _paragraph(doc, "Footnote", para=dict(marginbottom="0pt", textalign="start",
                                          marginleft="0.4cm", textindent="-0.4cm"),
               text={"fontsize": f"{size - 2:g}pt"})
    _paragraph(doc, "In_20_Place_20_Footnote", displayname="In Place Footnote",
               para={"textalign": "start"}, text={"fontsize": f"{size - 2:g}pt"})
    numbered = _paragraph(doc, "Numbered_20_Item", displayname="Numbered Item",
                          para=dict(marginleft="0.9cm", textindent="-0.9cm",
                                    marginbottom="4pt"))
    stops = TabStops()
    stops.addElement(TabStop(position="0cm"))
    numbered.getElementsByType(ParagraphProperties)[0].addElement(stops)
    _paragraph(doc, "List_20_Item", displayname="List Item", para={"marginbottom": "3pt"})
    _paragraph(doc, "Table_20_Contents", displayname="Table Contents",
               para=dict(textalign="start", marginbottom="0pt"),
               text={"fontsize": f"{size - 1:g}pt"})
    _paragraph(doc, "Table_20_Number", displayname="Table Number", parent="Table_20_Contents",
               para={"textalign": "end"})
    _paragraph(doc, "Table_20_Heading", displayname="Table Heading", parent="Table_20_Contents",
               text={"fontweight": "bold"})
    _paragraph(doc, "Contents_20_Entry", displayname="Contents Entry",
               para=dict(textalign="start", marginbottom="2pt"))
    _paragraph(doc, "Key_20_Fact_20_Value", displayname="Key Fact Value",
               para=dict(textalign="center", marginbottom="0pt"),
               text=dict(fontsize="20pt", fontweight="bold", color=BLUE))
    _paragraph(doc, "Key_20_Fact_20_Text", displayname="Key Fact Text",
               para=dict(textalign="start", marginbottom="0pt"))
    _paragraph(doc, "Running_20_Right", displayname="Running Right", para={"textalign": "end"},
               text=dict(fontsize="8pt", color="#595959"))
    _paragraph(doc, "Running_20_Left", displayname="Running Left", para={"textalign": "start"},
               text=dict(fontsize="8pt", color="#595959"))
    _paragraph(doc, "Page_20_Number_20_Right", displayname="Page Number Right",
               para={"textalign": "end"}, text={"fontsize": "9pt"})
    _paragraph(doc, "Page_20_Number_20_Left", displayname="Page Number Left",
               para={"textalign": "start"}, text={"fontsize": "9pt"})


def _table_styles(doc, width):
    table = Style(name="Data_20_Table", family="table")
    table.addElement(TableProperties(width=width, align="margins", margintop="3pt",
                                     marginbottom="9pt"))
    doc.automaticstyles.addElement(table)
    cell = dict(border="0.5pt solid #404040", padding="0.1cm")
    _cell(doc, "Cell", cell)
    _cell(doc, "Header_20_Cell", dict(cell, backgroundcolor="#D9E2F3"))
    for rating, fill in RATING_FILL.items():
        _cell(doc, f"Rating_{rating}", dict(cell, backgroundcolor=fill))
    _cell(doc, "Plain_20_Cell", {"padding": "0.04cm", "border": "none"})
    _cell(doc, "Fact_20_Value", {"border": f"1.5pt solid {BLUE}", "padding": "0.2cm",
                                 "verticalalign": "middle"})
    _cell(doc, "Fact_20_Text", {"border": f"1.5pt solid {BLUE}", "padding": "0.2cm",
                                "verticalalign": "middle"})
    for name, width in [("Col_20_Narrow", "1.4cm"), ("Col_20_Fact", "4cm")]:
        col = Style(name=name, family="table-column")
        col.addElement(TableColumnProperties(columnwidth=width))
        doc.automaticstyles.addElement(col)


def _cell(doc, name, props):
    style = Style(name=name, family="table-cell")
    style.addElement(TableCellProperties(**props))
    doc.automaticstyles.addElement(style)


def _list_styles(doc):
    bullets = ListStyle(name="Symbol_20_Bullet", displayname="Symbol Bullet")
    level = ListLevelStyleBullet(level="1", bulletchar="\uf0b7")
    level.addElement(ListLevelProperties(spacebefore="0.3cm", minlabelwidth="0.6cm"))
    level.addElement(TextProperties(fontname="Symbol"))
    bullets.addElement(level)
    doc.styles.addElement(bullets)


def _pages(doc, running_title, columns, margin_cm):
    top, side = (f"{margin_cm:g}cm", f"{margin_cm:g}cm") if margin_cm else ("1.5cm", "2.5cm")
    layout = PageLayout(name="A4_20_Mirrored", pageusage="mirrored")
    properties = PageLayoutProperties(pagewidth="21cm", pageheight="29.7cm",
                                      printorientation="portrait", margintop=top,
                                      marginbottom=top, marginleft=side,
                                      marginright=side)
    if columns > 1:
        properties.addElement(Columns(columncount=str(columns), columngap="0.6cm"))
    layout.addElement(properties)
    header_style, footer_style = HeaderStyle(), FooterStyle()
    header_style.addElement(HeaderFooterProperties(minheight="0.5cm", marginbottom="0.6cm"))
    footer_style.addElement(HeaderFooterProperties(minheight="0.5cm", margintop="0.5cm"))
    layout.addElement(header_style)
    layout.addElement(footer_style)
    doc.automaticstyles.addElement(layout)
    plain = PageLayout(name="A4_20_Plain")
    plain.addElement(PageLayoutProperties(pagewidth="21cm", pageheight="29.7cm",
                                          printorientation="portrait", margin="2.5cm"))
    doc.automaticstyles.addElement(plain)

    standard = MasterPage(name="Standard", pagelayoutname="A4_20_Mirrored")
    header, header_left = Header(), HeaderLeft()
    header.addElement(P(stylename="Running_20_Right", text=running_title))
    header_left.addElement(P(stylename="Running_20_Left", text=running_title))
    footer, footer_left = Footer(), FooterLeft()
    page = P(stylename="Page_20_Number_20_Right")
    page.addElement(PageNumber(selectpage="current", text="1"))
    footer.addElement(page)
    page_left = P(stylename="Page_20_Number_20_Left")
    page_left.addElement(PageNumber(selectpage="current", text="2"))
    footer_left.addElement(page_left)
    for part in (header, header_left, footer, footer_left):
        standard.addElement(part)
    doc.masterstyles.addElement(standard)
    doc.masterstyles.addElement(MasterPage(name="First_20_Page", displayname="First Page",
                                           pagelayoutname="A4_20_Plain",
                                           nextstylename="Standard"))
