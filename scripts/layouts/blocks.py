"""The corpus text format -> a list of blocks (headings, paragraphs, lists, tables,
key facts, footnote texts).

The format (corpus/text/*.txt): blocks are separated by blank lines; a heading is a
short line on its own (or starts with '#'); bullets start '- ' or '• '; table rows
hold TAB-separated cells; key facts are '- VALUE** description'; a footnote text is
a line of its own starting with its number.  The rules below look at the shape of the
lines only, never at a particular report's wording.
"""

from collections import Counter
from dataclasses import dataclass, field
import re

from . import inline

BLANK = re.compile(r"^[\s\u00a0\u200b\ufeff]*$")
HASH_HEADING = re.compile(r"^(#{1,6})\s+(.*)$")
BULLET = re.compile(r"^(?:- |• |\* |\+ |▪ |● |◦ |\uf0b7 )\s*(.*)$")
KEY_FACT = re.compile(r"^- (\S[^*]{0,24}?)\*\*\s+(.*)$")
NUMBERED = re.compile(r"^(\d+(?:\.\d+)*\.)\s+(.*)$")
# "1 text", "¹ text", "<sup>1</sup> text" (after the double-escape repair).
FOOTNOTE = re.compile(r"^(?:<sup>\s*(\d{1,2})\s*</sup>|([¹²³⁴⁵⁶⁷⁸⁹⁰]{1,2})|(\d{1,2}))\s+(\S.*)$")
CHAPTER = re.compile(r"^\d+\.\s+\S")
WORD_NUMBER_COLON = re.compile(r"^[A-Z][a-z]+ \d+:")
CONTENTS_PAGE = re.compile(r"^\d{1,3}$")
FIGURE = re.compile(r"^\d[\d,]*%?(\s+\d+)?$")
MONTH_YEAR = re.compile(r"^[A-Z][a-z]+ \d{4}$")


@dataclass
class Heading:
    level: int            # 1..3
    runs: list
    bullet: bool = False  # "# • ..." in the text: a heading written as a bullet


@dataclass
class Paragraph:
    lines: list                 # list of run lists, one per text line
    style: str = "body"         # body, title, example, footnote


@dataclass
class Item:
    runs: list
    number: str = None    # "1." for numbered items; None for a bullet


@dataclass
class ListBlock:
    items: list


@dataclass
class Table:
    rows: list                  # list of rows, each a list of run lists (cells)
    header: bool = False        # first row is a header row
    contents: bool = False      # a contents page: entry, page number


@dataclass
class KeyFacts:
    facts: list                 # (value runs, description runs)


@dataclass
class Footnote:
    number: str
    runs: list                  # the text after the number
    line: list                  # the whole line (number included), for rendering in place
    anchored: bool = False      # moved next to its reference (layouts with real footnotes)


@dataclass
class Document:
    title: str
    blocks: list = field(default_factory=list)
    title_blocks: int = 0       # how many leading blocks make the title page


def parse(text, title):
    """The text of one report -> Document."""
    groups = _groups(text.splitlines())
    blocks = []
    for lines in groups:
        blocks.extend(_blocks_of(lines))
    blocks = _merge_tables(blocks)
    doc = Document(title=title, blocks=blocks)
    _assign_heading_levels(doc)
    doc.title_blocks = _title_page_length(blocks)
    for b in blocks[:doc.title_blocks]:
        if isinstance(b, Paragraph):
            b.style = "title"
    return doc


def _groups(lines):
    groups, current = [], []
    for line in lines:
        if BLANK.match(line):
            if current:
                groups.append(current)
                current = []
        else:
            current.append(line.rstrip("\r\n "))
    if current:
        groups.append(current)
    return groups


def _line_kind(line):
    if "\t" in line:
        return "row"
    if KEY_FACT.match(line):
        return "fact"
    if BULLET.match(line):
        return "item"
    m = NUMBERED.match(line)
    if m and _starts_lower(m.group(2)):
        return "item"
    return "line"


def _starts_lower(s):
    s = inline.plain(inline.parse(s)).lstrip()
    return bool(s) and s[0].islower()


def _blocks_of(lines):
    if len(lines) == 1 and "\t" not in lines[0]:
        single = _single_line_block(lines[0])
        if single is not None:
            return [single]
    blocks, run, kind = [], [], None
    for line in lines:
        k = _line_kind(line)
        if run and k != kind:
            blocks.append(_build(kind, run))
            run = []
        run.append(line)
        kind = k
    blocks.append(_build(kind, run))
    return blocks


def _single_line_block(line):
    m = HASH_HEADING.match(line)
    if m:
        hashes, rest = len(m.group(1)), m.group(2)
        bullet = BULLET.match(rest)
        runs = inline.parse(bullet.group(1) if bullet else rest)
        level = 3 if bullet else {1: 1, 2: 1, 3: 2}.get(hashes, 3)
        return Heading(level, runs, bullet=bool(bullet))
    m = FOOTNOTE.match(line.replace(inline.DOUBLE_ESCAPED, "<"))
    if m:
        number = m.group(1) or m.group(3) or m.group(2).translate(inline.SUPERSCRIPT_DIGITS)
        return Footnote(number, inline.parse(m.group(4)), inline.parse(line))
    if _line_kind(line) == "line" and _looks_like_heading(line):
        return Heading(0, inline.parse(line))   # level decided with the whole document
    return None


def _looks_like_heading(line):
    text = inline.plain(inline.parse(line)).strip()
    if not text or len(text) > 100 or len(text.split()) > 15:
        return False
    if not text[0].isalnum() or text[0].islower():
        return False
    if text[-1] in ".,;:!?\"”’'":
        return False
    if text.split()[0].endswith(":"):
        return False    # "Source: ...", "Note: ...": a labelled line
    if MONTH_YEAR.match(text) or "www." in text or "http" in text or "@" in text:
        return False
    return True


def _build(kind, lines):
    if kind == "row":
        rows = [[inline.parse(cell.strip()) for cell in line.split("\t")] for line in lines]
        return Table(rows)
    if kind == "fact":
        facts = []
        for line in lines:
            m = KEY_FACT.match(line)
            facts.append((inline.parse(m.group(1)), inline.parse(m.group(2))))
        return KeyFacts(facts)
    if kind == "item":
        return ListBlock([_item(line) for line in lines])
    paragraph = Paragraph([inline.parse(line) for line in lines])
    if len(lines) == 1 and _is_practice_example(paragraph.lines[0]):
        paragraph.style = "example"
    return paragraph


def _is_practice_example(runs):
    """'***Label:** text*' or 'Label: *text*': a short label ending in a colon, the
    rest in italics; or a label naming an example ('Good practice example: ...')."""
    text = inline.plain(runs)
    label, colon, rest = text.partition(":")
    if not colon or not rest.strip() or len(label.split()) > 6:
        return False
    if label.lower().endswith("example"):
        return True
    # The runs after the label's colon are all italic (blanks aside).
    seen = 0
    for r in runs:
        start = seen
        seen += len(r.text)
        if seen <= len(label) + 1 or not r.text.strip():
            continue
        if not r.italic and start >= len(label) + 1:
            return False
    return runs[-1].italic


def _item(line):
    m = BULLET.match(line)
    rest = m.group(1) if m else line
    numbered = NUMBERED.match(rest)
    if numbered:
        return Item(inline.parse(numbered.group(2)), number=numbered.group(1))
    return Item(inline.parse(rest))


def _merge_tables(blocks):
    """Table rows split only by a blank line continue the same table when they have
    the same number of cells; tables then lose trailing columns that are empty in
    every row and learn whether they are a contents page or have a header row."""
    out = []
    for b in blocks:
        if (isinstance(b, Table) and out and isinstance(out[-1], Table)
                and len(b.rows[0]) == len(out[-1].rows[-1])):
            out[-1].rows.extend(b.rows)
        else:
            out.append(b)
    for b in out:
        if isinstance(b, Table):
            _shape_table(b)
    return out


def _shape_table(table):
    width = max(len(r) for r in table.rows)
    for r in table.rows:
        r.extend([] for _ in range(width - len(r)))
    while width > 1 and all(not inline.plain(r[-1]).strip() for r in table.rows):
        for r in table.rows:
            r.pop()
        width -= 1
    texts = [[inline.plain(c).strip() for c in r] for r in table.rows]
    pages = sum(1 for r in texts if r and CONTENTS_PAGE.match(r[-1]))
    table.contents = width <= 3 and pages >= 0.5 * len(texts) and len(texts) >= 4
    first = texts[0]
    table.header = (not table.contents and len(texts) >= 2 and width >= 2
                    and all(len(c) <= 40 and "," not in c for c in first)
                    and not any(c[:1].isdigit() or c.endswith("%") for c in first))


def is_figure(text):
    """A table cell that holds a quantity ("63%", "1,384", "47% 18"), set flush right;
    not a question number such as "2.1.1."."""
    return bool(FIGURE.match(text))


def _contents_entries(blocks):
    entries = set()
    for b in blocks:
        if isinstance(b, Table) and b.contents:
            for r in b.rows:
                cells = [inline.plain(c).strip() for c in r]
                if cells and CONTENTS_PAGE.match(cells[-1]):
                    cells = cells[:-1]
                entries.add(_key(" ".join(c for c in cells if c)))
    return entries


def _key(text):
    return " ".join(text.lower().split())


def _assign_heading_levels(doc):
    """Levels for the headings the text wrote as plain lines: 1 for numbered chapters
    (2 when a table follows: a chapter's name in a summary) and the contents'
    'Appendix 1:'-style entries, and for front-matter headings (those
    before the first chapter that the contents list, or that head the contents page);
    2 for a heading that directly precedes another heading, or that the contents list
    and the text uses once; 3 otherwise."""
    blocks = doc.blocks
    listed = _contents_entries(blocks)
    # Headings that recur ("CRC effectiveness" under each chapter) are the lower level.
    repeats = Counter(_key(inline.plain(b.runs)) for b in blocks if isinstance(b, Heading))
    seen_chapter = False
    for i, b in enumerate(blocks):
        if not isinstance(b, Heading) or b.level:
            continue
        text = inline.plain(b.runs).strip()
        nxt = blocks[i + 1] if i + 1 < len(blocks) else None
        in_contents = _key(text) in listed
        if CHAPTER.match(text) and isinstance(nxt, Table):
            b.level = 2     # a chapter's name over its rows of a ratings summary
        elif CHAPTER.match(text) or (WORD_NUMBER_COLON.match(text) and in_contents):
            b.level = 1
            seen_chapter = True
        elif isinstance(nxt, Table) and nxt.contents:
            b.level = 1
        elif in_contents and not seen_chapter:
            b.level = 1
        elif isinstance(nxt, Heading) or (in_contents and repeats[_key(text)] == 1):
            b.level = 2
        else:
            b.level = 3


def _title_page_length(blocks):
    """Leading short blocks (title, subtitle, date) up to the first long paragraph,
    table, list, copyright line or contents heading."""
    n = 0
    for i, b in enumerate(blocks[:6]):
        nxt = blocks[i + 1] if i + 1 < len(blocks) else None
        if isinstance(b, Paragraph):
            text = " ".join(inline.plain(l) for l in b.lines)
            if len(text) > 120 or text.startswith("©"):
                break
        elif isinstance(b, Heading):
            if isinstance(nxt, Table):
                break
        else:
            break
        n = i + 1
    return n
