"""Inline markup of the corpus text format -> styled runs.

The text layers carry markdown emphasis ('*', '**', '***'), HTML tags (<sup>, <b>,
<i>, <u>), '^{1 2}' footnote references, Unicode superscript digits and <http://...>
autolinks.  A line becomes a list of Run: the same characters minus the markup, each
with the typography the markup asked for.  Nothing else is dropped, so every word of
the line reaches the PDF.
"""

from dataclasses import dataclass, field, replace
import html
import re

SUPERSCRIPT_DIGITS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")
_SUPERSCRIPT_RUN = re.compile("[⁰¹²³⁴⁵⁶⁷⁸⁹]+")
_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9-]*)(?:\s[^<>]*)?/?>")
_AUTOLINK = re.compile(r"<(https?://[^\s<>]+)>")
_CARET_SUP = re.compile(r"\^\{([^{}]*)\}")
# Footnote tags escaped twice in one corpus file: "<sup>&</sup>lt;sup>1</sup>".
DOUBLE_ESCAPED = "<sup>&</sup>lt;"


@dataclass
class Run:
    text: str
    bold: bool = False
    italic: bool = False
    sup: bool = False
    underline: bool = False
    # A superscript that the text wrote as Unicode digits (¹²) rather than markup.
    unicode_sup: bool = False
    # Footnote texts (Footnote objects) anchored right after this run.
    notes: list = field(default_factory=list)

    def same_style(self, other):
        return (self.bold, self.italic, self.sup, self.underline, self.unicode_sup) == (
            other.bold, other.italic, other.sup, other.underline, other.unicode_sup)


def plain(runs):
    """The text of runs, as a reader sees it."""
    return "".join(r.text for r in runs)


def parse(line):
    """One line of the text format -> runs (merged where the style is the same)."""
    line = line.replace(DOUBLE_ESCAPED, "<")
    tokens = _tokenise(line)
    _match_emphasis(tokens)
    return _merge(_to_runs(tokens))


# --- tokenising -------------------------------------------------------------------

@dataclass
class _Tok:
    kind: str            # "text", "tag", "delim"
    text: str = ""
    tag: str = ""        # tag name for "tag"
    closing: bool = False
    sup: bool = False    # "text" that is superscript by itself (^{..}, ¹²)
    unicode_sup: bool = False
    # "delim": per '*' character, its role after matching: "b+", "b-", "i+", "i-", or
    # None for a literal asterisk.
    roles: list = None
    can_open: bool = False
    can_close: bool = False


def _tokenise(line):
    tokens, i, text = [], 0, []

    def flush():
        if text:
            tokens.append(_Tok("text", "".join(text)))
            text.clear()

    while i < len(line):
        c = line[i]
        if c == "<":
            m = _AUTOLINK.match(line, i)
            if m:
                text.append(m.group(1))
                i = m.end()
                continue
            m = _TAG.match(line, i)
            if m:
                flush()
                tokens.append(_Tok("tag", tag=m.group(2).lower(), closing=bool(m.group(1))))
                i = m.end()
                continue
        elif c == "^":
            m = _CARET_SUP.match(line, i)
            if m:
                flush()
                tokens.append(_Tok("text", m.group(1), sup=True))
                i = m.end()
                continue
        elif c in "⁰¹²³⁴⁵⁶⁷⁸⁹":
            m = _SUPERSCRIPT_RUN.match(line, i)
            flush()
            tokens.append(_Tok("text", m.group(0).translate(SUPERSCRIPT_DIGITS), sup=True,
                               unicode_sup=True))
            i = m.end()
            continue
        elif c == "*":
            j = i
            while j < len(line) and line[j] == "*":
                j += 1
            before = line[i - 1] if i > 0 else " "
            after = line[j] if j < len(line) else " "
            if before.isalnum() and after.isalnum():
                # Inside a word ("p***ed"): text, not emphasis.
                text.append(line[i:j])
            else:
                flush()
                tokens.append(_Tok("delim", line[i:j], roles=[None] * (j - i),
                                   can_open=not after.isspace(),
                                   can_close=not before.isspace()))
            i = j
            continue
        text.append(c)
        i += 1
    flush()
    return tokens


def _match_emphasis(tokens):
    """Pairs '*' runs as markdown does, simplified: a closer takes the nearest opener,
    two characters (bold) when both have two, else one (italic).  Unpaired asterisks
    stay literal."""
    openers = []  # (token, number of unused characters at its inner end)
    for tok in tokens:
        if tok.kind != "delim":
            continue
        left = len(tok.text)  # unused characters, used from the start of a closer
        used_from = 0
        if tok.can_close:
            while left and openers:
                op, op_left = openers[-1]
                take = 2 if left >= 2 and op_left >= 2 else 1
                kind = "b" if take == 2 else "i"
                for k in range(take):
                    op.roles[op_left - 1 - k] = kind + "+"
                    tok.roles[used_from + k] = kind + "-"
                op_left -= take
                left -= take
                used_from += take
                if op_left:
                    openers[-1] = (op, op_left)
                else:
                    openers.pop()
        if left and tok.can_open and used_from == 0:
            openers.append((tok, left))
    # Roles stay None for openers never closed: literal asterisks.


def _to_runs(tokens):
    runs = []
    depth = {"b": 0, "i": 0, "sup": 0, "u": 0}
    tag_style = {"b": "b", "strong": "b", "i": "i", "em": "i", "sup": "sup", "u": "u"}

    def emit(text, sup=False, unicode_sup=False):
        if not text:
            return
        runs.append(Run(html.unescape(text), bold=depth["b"] > 0, italic=depth["i"] > 0,
                        sup=sup or depth["sup"] > 0, underline=depth["u"] > 0,
                        unicode_sup=unicode_sup))

    for tok in tokens:
        if tok.kind == "text":
            emit(tok.text, tok.sup, tok.unicode_sup)
        elif tok.kind == "tag":
            style = tag_style.get(tok.tag)
            if style:
                depth[style] = max(0, depth[style] + (-1 if tok.closing else 1))
            elif tok.tag == "br":
                emit(" ")
        else:
            for ch, role in zip(tok.text, tok.roles):
                if role is None:
                    emit(ch)
                else:
                    depth[role[0]] += 1 if role[1] == "+" else -1
    return runs


def _merge(runs):
    out = []
    for r in runs:
        if out and out[-1].same_style(r) and not out[-1].notes:
            out[-1] = replace(out[-1], text=out[-1].text + r.text)
        else:
            out.append(r)
    return out
