"""HTML for Jupyter: documents with chosen sentences highlighted, keyword tables, removed boilerplate folded.

Every piece of text is escaped with ``html.escape``; the markup is self-contained
(inline styles, no scripts) so it renders the same in Jupyter, VS Code and a saved
HTML export. Text that is mostly Devanagari gets ``lang="hi"`` (other text none, so a screen reader does not read
English or Urdu with a Hindi voice), every text block ``dir="auto"`` (Urdu runs right to left), and a font stack of
common Devanagari fonts.
"""

from __future__ import annotations

from html import escape as _html_escape
from typing import TYPE_CHECKING, Any, Iterable, Mapping, Sequence

from .reprs import shorten
from .serialize import without_surrogates
from .text.script import devanagari_share

if TYPE_CHECKING:
    from .doc import Document

__all__ = ["document_html", "keywords_html", "summary_list_html", "brief_html", "capped", "left_out_html", "FONT_STACK"]

def escape(text: str) -> str:
    """``text`` for HTML: escaped, and a lone surrogate as U+FFFD (the page is UTF-8, which has no surrogates: Jupyter
    failed to show the whole output)."""
    return _html_escape(without_surrogates(text))


#: CSS font-family used for Hindi text.
FONT_STACK = "'Noto Sans Devanagari', 'Noto Serif Devanagari', Mangal, 'Nirmala UI', 'Lohit Devanagari', 'Kohinoor Devanagari', sans-serif"
_BOX = f"font-family:{FONT_STACK};line-height:1.7;max-width:52em"
_MARK = "background:#fff2a8;padding:0 .15em;border-radius:3px"
_CELL = "padding:.15em .7em;border-bottom:1px solid #ddd;text-align:left"
_RANK = "font-size:.7em;font-weight:bold;color:#a15c00;vertical-align:super;margin-left:.1em"


def _lang(hindi_ratio: float) -> str:
    """The language and direction attributes of a text whose share of Devanagari letters is ``hindi_ratio``."""
    return ' lang="hi" dir="auto"' if hindi_ratio > 0.5 else ' dir="auto"'


def text_lang(text: str) -> str:
    """``_lang`` of a piece of text (a sentence of a summary shown on its own)."""
    return _lang(devanagari_share(text))


#: A keyword table shows at most this many rows, then how many more there are (``top=10**6`` made a table of 750 KB).
DISPLAY_MAX_KEYWORDS = 100


def keywords_html(keywords: Sequence[Any], where: str = "the list") -> str:
    """A small table of keywords (objects with ``text``, ``score``, ``count``), best first (at most
    ``DISPLAY_MAX_KEYWORDS`` rows; ``where``: what holds them all, named under the table)."""
    if not keywords:
        return '<p lang="hi"><em>कोई कीवर्ड नहीं (no keywords)</em></p>'
    rows = "".join(
        f'<tr><td style="{_CELL}">{i}</td><td{text_lang(k.text)} style="{_CELL}">{escape(k.text)}</td>'
        f'<td style="{_CELL};text-align:right">{k.score:.3f}</td><td style="{_CELL};text-align:right">{k.count}</td></tr>'
        for i, k in enumerate(keywords[:DISPLAY_MAX_KEYWORDS], start=1)
    )
    return (
        f'<table style="font-family:{FONT_STACK};border-collapse:collapse">'
        f'<thead><tr><th style="{_CELL}">#</th><th style="{_CELL}">keyword</th><th style="{_CELL}">score</th>'
        f'<th style="{_CELL}">count</th></tr></thead>'
        f"<tbody>{rows}</tbody></table>"
        + left_out_html(len(keywords) - DISPLAY_MAX_KEYWORDS, "keywords", where)
    )


#: A display shows about this many characters of the article: its first sentences up to here, then only the chosen
#: ones. A notebook cell holding the whole of a book-length text (the HTML was as long as the text, 95 KB for 100,000
#: characters, and grew with it) slows the page and says no more; ``Document.text`` holds it all.
DISPLAY_MAX_CHARS = 20_000
#: The removed spans a display lists (each cut at 300 characters); the rest are counted.
DISPLAY_MAX_REMOVED = 50


def capped(texts: Iterable[str], budget: int | None = None) -> tuple[list[str], int]:
    """What a display shows of ``texts`` (sentences, in order), and how many it leaves out: each whole until they hold
    ``budget`` characters in all (``DISPLAY_MAX_CHARS`` as it is set when called), the one that crosses the line cut
    there (so at least one is shown), the rest left out. Summaries and story briefs can be as long as their text
    (``ratio=1``, a story of hundreds of articles)."""
    if budget is None:
        budget = DISPLAY_MAX_CHARS
    shown: list[str] = []
    left_out = used = 0
    for text in texts:
        if used >= budget:
            left_out += 1
            continue
        shown.append(shorten(text, budget - used))
        used += len(text)
    return shown, left_out


def left_out_html(left_out: int, what: str, where: str) -> str:
    """The note under a capped list: how many ``what`` (``"sentences"``) it does not show, and where they are."""
    if left_out <= 0:
        return ""
    return f'<p lang="en" style="color:#777"><em>[…] {left_out:,} more {what} not shown ({where} holds them all)</em></p>'


def _removed_html(doc: "Document") -> str:
    if not doc.removed:
        return ""
    items = "".join(
        f'<li><code>{escape(r.reason)}</code> <span{text_lang(r.text[:300])}>{escape(r.text[:300])}'
        f'{"…" if len(r.text) > 300 else ""}</span></li>'
        for r in doc.removed[:DISPLAY_MAX_REMOVED]
    )
    more = len(doc.removed) - DISPLAY_MAX_REMOVED
    if more > 0:
        items += f'<li lang="en"><em>{more:,} more (Document.removed lists them all)</em></li>'
    return (
        f'<details style="margin-top:.6em;color:#555"><summary>removed boilerplate ({len(doc.removed)})</summary>'
        f"<ul>{items}</ul></details>"
    )


def document_html(
    doc: "Document",
    *,
    ranks: Mapping[int, int] | None = None,
    title: str | None = None,
    lead: str = "",
    extra: Iterable[str] = (),
    headline: str | None = None,
) -> str:
    """The article as HTML: an optional ``title`` line, the headline (``headline``, else as written), a ``lead`` block
    (trusted HTML), paragraphs with the sentences whose ``index`` is in ``ranks`` highlighted and their
    rank shown, then ``extra`` blocks (trusted HTML, e.g. a keyword table) and the removed spans folded. Past
    ``DISPLAY_MAX_CHARS`` characters only the chosen sentences are shown, and past twice that none: a summary of
    half a book (``ratio=0.5``) is as long as the book."""
    ranks = ranks or {}
    parts = [f'<div{_lang(doc.hindi_ratio)} style="{_BOX}">']
    if title:
        parts.append(f'<div style="color:#666;font-size:.85em">{escape(title)}</div>')
    if doc.headline is not None:
        head = doc.headline.text if headline is None else headline
        parts.append(f'<h3 style="margin:.2em 0 .5em 0">{escape(shorten(head, DISPLAY_MAX_CHARS))}</h3>')
    parts.append(lead)
    if doc.is_empty:
        parts.append("<p><em>empty document (no sentences)</em></p>")
    paragraph: list[str] = []
    current = None
    shown = 0  # characters of text shown; past DISPLAY_MAX_CHARS only the chosen sentences are, past twice it none
    left_out = 0
    gap = False  # sentences left out since the last one shown
    for sent in doc.sentences:
        if shown > DISPLAY_MAX_CHARS and (sent.index not in ranks or shown > 2 * DISPLAY_MAX_CHARS):
            left_out += 1
            gap = True
            continue
        if current is not None and (sent.paragraph != current or gap):
            parts.append("<p>" + " ".join(paragraph) + "</p>")
            paragraph = []
        if gap:
            parts.append("<p>[…]</p>")
            gap = False
        current = sent.paragraph
        shown += len(sent.text)
        # One sentence longer than the display (a text without sentence marks) is cut too.
        text = escape(shorten(sent.text, DISPLAY_MAX_CHARS))
        if sent.index in ranks:
            rank = ranks[sent.index]
            text = f'<mark style="{_MARK}" title="rank {rank}">{text}<sup style="{_RANK}">{rank}</sup></mark>'
        paragraph.append(text)
    if paragraph:
        parts.append("<p>" + " ".join(paragraph) + "</p>")
    if left_out:
        parts.append(
            f'<p lang="en" style="color:#777"><em>[…] {left_out:,} of {len(doc.sentences):,} sentences not shown '
            f"(the first {DISPLAY_MAX_CHARS:,} characters and the chosen sentences up to {DISPLAY_MAX_CHARS:,} more "
            "are; Document.text holds the whole text)</em></p>"
        )
    parts.extend(extra)
    parts.append(_removed_html(doc))
    parts.append("</div>")
    return "".join(parts)


def summary_list_html(summary: Any) -> str:
    """A ``Summary`` on its own: its sentences in document order with rank, score and offsets."""
    if not summary.sentences:
        return '<p lang="en"><em>empty summary</em></p>'
    texts, left_out = capped(s.text for s in summary.sentences)
    items = "".join(
        f'<li value="{s.index + 1}"><span{text_lang(s.text)}>{escape(text)}</span> '
        f'<sup style="{_RANK}">{s.rank}</sup> <small style="color:#777">score {s.score:.3f}, chars {s.start}–{s.end}</small></li>'
        for s, text in zip(summary.sentences, texts)
    )
    return (
        f'<div style="{_BOX}"><div style="color:#666;font-size:.85em">summary: {len(summary)} sentences, '
        f"{summary.words} words (numbered by sentence position, rank in superscript)</div><ol>{items}</ol>"
        f"{left_out_html(left_out, 'sentences', 'Summary.sentences')}</div>"
    )


def brief_html(brief: Any) -> str:
    """A ``Brief``: the summary text, the article with chosen sentences highlighted, the keyword table."""
    summary = brief.summary
    ranks = {s.index: s.rank for s in summary.sentences}
    texts, left_out = capped(s.text for s in summary.sentences)
    summary_block = (
        f'<div style="border-left:4px solid #e0a800;padding:.3em .8em;margin:.4em 0 .8em 0;background:#fffbea">'
        f"<strong>सारांश (summary)</strong><br>{escape(' '.join(texts)) or '<em>empty</em>'}"
        f"{left_out_html(left_out, 'sentences', 'Summary.sentences')}</div>"
    )
    keyword_block = "<h4 style=\"margin:.8em 0 .3em 0\">कीवर्ड (keywords)</h4>" + keywords_html(brief.keywords, "Brief.keywords")
    return document_html(brief.document, ranks=ranks, extra=(keyword_block,), lead=summary_block, headline=brief.headline)
