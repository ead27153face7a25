"""Moves footnote texts next to their reference, for layouts with real footnotes.

In the text format a footnote text is a block of its own somewhere after its
reference (a superscript number in the body).  A layout that sets footnotes at the
foot of the page needs the footnote attached to the reference: an earlier superscript run
that carries the footnote's number (see _reference for which) gets the footnote in
its `notes`, and the block leaves the flow.  A footnote whose number no superscript
carries (the text lost the marker) stays where it is, as a small-type paragraph.
"""

import re

from .blocks import Footnote, Heading, KeyFacts, ListBlock, Paragraph, Table


def anchor(doc):
    kept = []
    zone = 0             # where the blocks since the last run of footnote texts start
    after_footnote = False
    for block in doc.blocks:
        if isinstance(block, Footnote):
            run = _reference(kept, zone, block.number)
            after_footnote = True
            if run is not None:
                run.notes.append(block)
                block.anchored = True
                continue
        elif after_footnote:
            zone, after_footnote = len(kept), False
        kept.append(block)
    doc.blocks = kept


def _reference(blocks, zone, number):
    """The first reference to `number` since the last footnote texts (footnotes follow
    the passage that cites them, and several texts may share one passage); failing
    that, the nearest earlier one."""
    for block in blocks[zone:]:
        run = _first(block, number)
        if run is not None:
            return run
    for block in reversed(blocks[:zone]):
        runs = [r for r in _runs(block) if _cites(r, number)]
        if runs:
            return runs[-1]
    return None


def _first(block, number):
    return next((r for r in _runs(block) if _cites(r, number)), None)


def _cites(run, number):
    return (run.sup and number in re.split(r"[\s,]+", run.text.strip())
            and not any(n.number == number for n in run.notes))


def _runs(block):
    for runs in _run_lists(block):
        yield from runs


def _run_lists(block):
    if isinstance(block, Paragraph):
        yield from block.lines
    elif isinstance(block, Heading):
        yield block.runs
    elif isinstance(block, ListBlock):
        for item in block.items:
            yield item.runs
    elif isinstance(block, KeyFacts):
        for value, description in block.facts:
            yield value
            yield description
    elif isinstance(block, Table):
        for row in block.rows:
            yield from row
