"""Strip scrape boilerplate from news pages, recording every removed span and why.

Works line by line on the original text and never edits it: the result is the
list of kept ``(start, end)`` segments, the removed spans (``Removed``) and the
headline span. Reasons are short stable strings, listed in ``REASONS``.
"""

from __future__ import annotations

import unicodedata
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from typing import Iterable, Sequence

import regex

from ..doc import Document, Removed, Sentence
from .lines import LINE_BREAK, has_line_break, split_lines
from .normalize import normalize, spelling_key
from .script import devanagari_share
from .sentences import ABBREVIATIONS, LATIN_INITIAL, LETTER_NAMES
from .headline import find_headline
from .lexicon import month_pattern, spelling_keys, words
from .stopwords import REPORTING_VERBS, STOPWORDS

__all__ = ["CleanResult", "blanked", "clean", "is_reader_instruction", "merged_spans", "opens_also_read", "shown_span", "split_lines", "REASONS"]

#: Every ``Removed.reason`` the cleaner produces.
REASONS = (
    "footer",  # a block from "Tags:", "Similar News", "Related Posts", "Leave a Reply", "सन्दर्भ"... to the end
    "copyright",  # a line with ©
    "html",  # HTML or comment debris such as "-->", <script> and <style> blocks with their contents
    "dateline",  # "Update: 2025-02-06 17:02 GMT"
    "place-dateline",  # "New Delhi:" / "नई दिल्ली:" opening the first paragraph
    "byline",  # "By ...", "लेखक: ..."
    "agency-credit",  # "(एएनआई)", "(भाषा)"
    "also-read",  # "यह भी पढ़ें: ...", "पढ़ें- ...", "मुख्य लेख: ..." link lines
    "caption",  # a photo or video credit or caption line: "इमेज स्रोत, Getty Images", "फोटो : सोशल मीडिया"
    "social",  # "follow us" and "click here" lines: "आप हमें फ़ेसबुक ... पर फ़ॉलो भी कर सकते हैं"
    "navigation",  # a line of a site's links only: "Privacy Policy | Terms", "हमारे बारे में | संपर्क करें"
    "duplicate-line",  # an exact repeat of an earlier line
    "english-title",  # a Latin-only title line inside a Hindi article
    "label",  # a page's label opening the headline: "ब्रेकिंग न्यूज़:", "लाइव अपडेट:", "Breaking News |"
    "markdown",  # Markdown's marks in a text that uses them: "# ", "**", a link's "[" and "](https://...)"
)

_FOOTER = regex.compile(
    r"^(?:tags?\s*:|similar\s+(?:news|posts|stories)\b|related\s+(?:posts|news|stories|articles)\b"
    r"|leave\s+a\s+(?:reply|comment)\b|your\s+email\s+address\s+will\s+not\s+be\s+published"
    r"|share\s+this\s*:?$|टैग्स?\s*:"
    # "संबंधित खबरें" as a heading: the line ends there or goes on after a mark ("संबंधित खबरें:", "संबंधित खबरें...",
    # "संबंधित खबरें >>"), not with a word ("संबंधित समाचारों के अनुसार ...", "संबंधित पोस्टमार्टम रिपोर्ट ..." open
    # sentences, and a footer takes the rest of the text).
    r"|संबंधित\s+(?:खबरें|ख़बरें|समाचार|पोस्ट)(?![\p{L}\p{M}\p{Nd}])\s*+(?:$|[^\p{L}\p{M}\p{Nd}\s])"
    # The closing sections of an encyclopedia article, a heading on a line of its own (with Wikipedia's
    # "[संपादित करें]" link at times): references, see also, external links. Spaces are taken possessively:
    # a long run of them before a last character would otherwise be split every possible way.
    r"|(?:(?:सन्दर्भ|संदर्भ)(?:\s+(?:ग्रन्थ|ग्रंथ)(?:\s*सूची)?)?|इन्हें?\s+भी\s+देखें"
    r"|बाहरी\s+(?:क(?:\u0921\u093c|\u095c)ियाँ|क(?:\u0921\u093c|\u095c)ियां|सूत्र)"
    r"|references|external\s+links|see\s+also|further\s+reading)\s*+(?:\[[^\]\n]{0,30}\])?\s*+:?\s*+$)",
    regex.IGNORECASE,
)
# A site's links on a line of their own, in a header or footer: the labels only, joined by bars or dots.
_NAV_LABEL = (
    r"(?:privacy(?:\s+policy)?|terms(?:\s+(?:of\s+(?:use|service)|(?:and|&)\s+conditions))?|about(?:\s+us)?"
    r"|contact(?:\s+us)?|disclaimer|cookie\s+policy|sitemap|advertise(?:\s+with\s+us)?|careers|rss|home"
    r"|गोपनीयता\s+नीति|प्राइवेसी\s+पॉलिसी|हमारे\s+बारे\s+में|(?:हमसे\s+)?संपर्क(?:\s+करें)?|अस्वीकरण"
    r"|नियम\s+(?:और|एवं)\s+शर्तें|विज्ञापन\s+दें"
    # An ad slot's label and a share button, on a line of their own.
    r"|advertisement|विज्ञापन|share|शेयर(?:\s+करें)?)"
)
_NAVIGATION = regex.compile(rf"{_NAV_LABEL}(?:\s*+[|•·/]\s*+{_NAV_LABEL})*\s*+[|•·]?", regex.IGNORECASE)
NAVIGATION_MAX_CHARS = 150
_COPYRIGHT = regex.compile(r"©|\(c\)\s*\d{4}|^copyright\b|सर्वाधिकार\s+सुरक्षित", regex.IGNORECASE)
_HTML_LINE = regex.compile(r"^(?:-->|<!--.*|<[^>\n]{1,200}>|&[a-z]+;)+$", regex.IGNORECASE)
# A comment closed on its line goes with its contents ("<!-- ad -->"); an unclosed one leaves its markers.
# A tag's attributes are written as attributes (``class="x"``, ``href=...``, ``hidden``; after a quoted value with no
# space, ``href="x"target="_blank"``), Devanagari only inside quotes:
# a ``<`` and a ``>`` with Hindi words between them are prose ("कि x<b होने पर ... a>b"), not a tag.
_ATTRIBUTES = (
    r"""(?:(?:\s+|(?<=["']))[^\s<>"'=\p{Devanagari}]{1,100}(?:\s*=\s*(?:"[^"\n]{0,200}"|'[^'\n]{0,200}'|[^\s"'<>\n]{1,200}))?){0,20}"""
)
# The tags that end a block of text (a paragraph, a heading, a list item, a table cell, a figure) and those that mark
# up words inside one. A scraped page keeps both; each is removed, its attributes with it (an image's ``alt`` text is
# no sentence of the article).
_BLOCK_TAGS = (
    r"p|br|div|h[1-6]|li|ul|ol|dl|dt|dd|blockquote|figure|figcaption|table|thead|tbody|tfoot|tr|td|th|caption"
    r"|section|article|header|footer|aside|nav|main|hr|pre|iframe|picture|source|video|audio"
)
_WORD_TAGS = r"span|strong|em|b|i|a|u|s|strike|del|ins|sup|sub|small|big|mark|font|abbr|cite|code|q|time|label|wbr|img"
# A no-break space left as its entity ("नई&nbsp;दिल्ली") is a space: removed, the words on either side stay apart (the
# other entities stand for characters, "AT&amp;T", and are left).
_NBSP_ENTITY = r"&(?:nbsp|#160|#x0*a0);"
_HTML_INLINE = regex.compile(
    r"<!--[^\n]{0,200}?-->|<!--|-->|</?(?:" + _BLOCK_TAGS + "|" + _WORD_TAGS + r")\b" + _ATTRIBUTES + r"\s*/?>"
    r"|" + _NBSP_ENTITY,
    regex.IGNORECASE,
)
_IS_NBSP_ENTITY = regex.compile(_NBSP_ENTITY, regex.IGNORECASE)
# Of the inline tags only the block tags break a line into paragraphs; a sentence goes on across the others
# ("प्रधानमंत्री <strong>नरेंद्र मोदी</strong> ने ...") and across an agency's credit in mid-line.
_HTML_BREAK = regex.compile(r"</?(?:" + _BLOCK_TAGS + r")\b", regex.IGNORECASE)
# Script and style contents are code, never sentences (JSON-LD often repeats the headline in
# Devanagari). An unclosed block ends with its line.
_BLOCK_OPEN = regex.compile(r"<(script|style|noscript)\b[^>\n]{0,200}>", regex.IGNORECASE)
_BLOCK_CLOSE = {
    name: regex.compile(rf"</{name}\s*>", regex.IGNORECASE) for name in ("script", "style", "noscript")
}
_MONTHS = month_pattern()
_MONTH_WORD = regex.compile(rf"\b(?:{_MONTHS})\b", regex.IGNORECASE)
_DATELINE = regex.compile(
    r"^(?:(?:last\s+)?updated?|published|posted|first\s+published|अपडेट(?:ेड)?|प्रकाशित|अद्यतन)"
    r"(?:\s+(?:on|at))?\s*:?\s*.{0,60}?(?:\p{Nd}|" + _MONTHS + r").{0,60}$",
    regex.IGNORECASE,
)
# A line that is only a date and/or time: "06 Feb 2025, 17:02 IST", "1 जुलाई 2025".
_DATE_ONLY = regex.compile(
    r"^[\p{Nd}\s,./:\-]*(?:(?:" + _MONTHS + r")[\p{Nd}\s,./:\-]*)?(?:(?:am|pm|ist|gmt|utc)\b[\s,]*)*$",
    regex.IGNORECASE,
)
# The spaces before and after the optional colon are taken possessively, then a lookbehind
# asks for the space the content must follow: "\s*[:\-–]?\s+" split a long run of spaces
# every possible way (45 s on "by" + 100,000 spaces).
_BYLINE = regex.compile(
    r"^(?:(?:by|written\s+by|edited\s+by|reported\s+by|author|लेखक|रिपोर्ट|संवाददाता|संपादित)"
    r"\s*+[:\-–]?\s*+(?<=\s)\S.{0,60}$"
    # BBC Hindi's "लेखक, <name>" and "पदनाम, बीबीसी संवाददाता" (designation).
    r"|(?:लेखक|पदनाम)\s*+,\s*+\S.{0,60}$)",
    regex.IGNORECASE,
)
# A byline or a dateline line is a label and a name or a date: never a sentence. Without a colon, dash or comma after
# the label, a line that ends like a sentence or holds a postposition or the copula opens with the word as a noun
# ("रिपोर्ट में मृत्यु पानी में डूबने से हुई है।", "संवाददाता सम्मेलन में ...", "अपडेट के मुताबिक अब तक 5 लोगों की मौत
# ...", "प्रकाशित रिपोर्ट के अनुसार 2023 में ..."), and "By" before a number is a preposition ("By 2030 भारत ...").
# The label is at most three words ("Last updated on:"), none of them a sentence's (``_SENTENCE_WORDS``: "अपडेट के
# मुताबिक, ..." opens a sentence); possessive, so that a long run of spaces is read once.
_LABEL_SEPARATOR = regex.compile(r"^(?P<label>[\p{L}\p{M}]++(?:\s++[\p{L}\p{M}]++){0,2}+)\s*+[:\-–,]")
# Postpositions, the copula and conjunctions; not "को", which a date takes ("अपडेट 6 फरवरी 2025 को 10:30 बजे").
_SENTENCE_WORDS = frozenset("ने में की का के से पर है हैं था थी थे हो हुआ हुई हुए और कि".split())


def _reads_as_sentence(line: str) -> bool:
    """Does a line that opens with a byline's or a dateline's label read as a sentence instead (``_LABEL_SEPARATOR``)?"""
    label = _LABEL_SEPARATOR.match(line)
    if label is not None and _SENTENCE_WORDS.isdisjoint(label["label"].split()):
        return False
    words = line.split()
    return (
        line.rstrip()[-1] in "।॥?!"
        or (len(words) > 1 and words[0].casefold() == "by" and words[1][0].isdigit())
        or not _SENTENCE_WORDS.isdisjoint(words)
    )


# A photo or video credit or caption on a line of its own: BBC Hindi's "इमेज स्रोत, Getty Images",
# "इमेज कैप्शन, …", "वीडियो कैप्शन, …"; "फोटो : अमर उजाला", "तस्वीर- सोशल मीडिया", "फ़ोटो साभार: …",
# "Image source, …", "Photo: …"; and the video player's "प्लेबैक आपके उपकरण पर नहीं हो पा रहा".
# फोटो/तस्वीर need a colon or a spaced dash or bar after them: "फोटो, वीडियो और …" opens a sentence.
_PHOTO = r"(?:फ़ोटो|फोटो|तस्वीर|तस्वीरें|चित्र|छवि)"
_CAPTION = regex.compile(
    r"^(?:(?:इमेज|वीडियो|फ़ोटो|फोटो)\s+(?:स्रोत|कैप्शन|क्रेडिट)\s*[,:]"
    rf"|{_PHOTO}(?:\s+(?:क्रेडिट|साभार|सौजन्य|स्रोत))?\s*(?::|[\-–—|]\s)"
    r"|(?:image|photo|picture|video)\s+(?:source|caption|credit|courtesy)\s*[,:]|(?:photo|image|picture)\s*:"
    r"|प्लेबैक\s+आपके\s+उपकरण\s+पर\s+नहीं)",
    regex.IGNORECASE,
)
#: A caption or a note to readers is a sentence or two: a longer line that opens with a label or
#: holds a "follow us" is a paragraph (or a page scraped as one line) and is kept.
NOTE_MAX_WORDS = 40
# "Follow us" and "click here" lines: "आप हमें फ़ेसबुक, ट्विटर ... पर फ़ॉलो भी कर सकते हैं",
# "बीबीसी हिन्दी के एंड्रॉएड ऐप के लिए आप यहां क्लिक कर सकते हैं". A network must be named after
# "हमें" ("us"), or be where we are followed ("... पर हमें फॉलो करें"): "हमें नियमों को फॉलो करना चाहिए" (we must follow
# the rules) is a sentence.
_NETWORKS = (
    r"(?:फ़ेसबुक|फेसबुक|ट्विटर|इंस्टाग्राम|यूट्यूब|व्हाट्सऐप|व्हाट्सएप|टेलीग्राम|गूगल\s+न्यू(?:ज\u093c?|\u095b)|facebook|twitter|instagram|youtube"
    r"|google\s+news)"
)
_SOCIAL = regex.compile(
    rf"हमें.{{0,40}}{_NETWORKS}.{{0,80}}(?:फ़ॉलो|फॉलो|सब्सक्राइब|ज्वाइन|जॉइन|जुड़)"
    # ... or before it, as the whole request: "Google News पर हमें फॉलो करें".
    rf"|{_NETWORKS}\s+पर\s+(?:हमें|हमको)\s+(?:फ़ॉलो|फॉलो|सब्सक्राइब|ज्वाइन|जॉइन)\s+(?:करें|कीजिए|कीजिये|करिए|करिये)"
    r"|(?:यहां|यहाँ)\s+क्लिक\s+(?:करें|कीजिए|कर\s+सकते)|\b(?:follow|subscribe\s+to)\s+us\b|\bclick\s+here\b",
    regex.IGNORECASE,
)
# A live blog's entry opens with its time: "10:15 AM: मिंटो ब्रिज के नीचे ...", "09:50 IST | ...", "4.30 बजे - ...". A mark
# must follow ("10.30 बजे बैठक शुरू हुई।" opens a sentence), and after a dash no number: "10:00 - 12:00 बजे तक ..." is a
# range that opens a sentence ("10:15 AM: 5 लोगों की मौत" is an entry). A time written with a dot ("7.50") needs its
# hour word or zone ("7.50 - 8.00 प्रतिशत" is a range of numbers).
_HOUR = r"(?:am|pm|a\.m\.|p\.m\.|बजे)\s*+"
_ZONE = r"(?:ist|gmt|utc)\s*+"
_ENTRY_TIME = regex.compile(
    rf"\p{{Nd}}{{1,2}}(?::\p{{Nd}}{{2}}\s*+(?:{_HOUR})?(?:{_ZONE})?|\.\p{{Nd}}{{2}}\s*+(?:{_HOUR}(?:{_ZONE})?|{_ZONE}))"
    r"(?:[:|]\s++|[\-–—]\s++(?!\p{Nd}))",
    regex.IGNORECASE,
)
# A page's label opening a headline, which the headline rules keep: "ब्रेकिंग न्यूज़: दिल्ली में ...", "LIVE | ...". Its
# words are no keyword of the story. A dash after it needs a space after it: "Live-in Relationship: ...",
# "लाइव-स्ट्रीमिंग पर रोक" are compounds ("LIVE- दिल्ली में ..." is a label). (In the first body lines the place-dateline rule takes such a label.)
_NEWS_WORD = r"(?:न्यू(?:ज|ज\u093c|\u095b)|news)"
_HEADLINE_LABEL = regex.compile(
    rf"(?:(?:ब्रेकिंग|breaking)(?:\s+{_NEWS_WORD})?|(?:लाइव|live)(?:\s+(?:अपडेट्स|अपडेट|ब्लॉग|updates?|blog))?"
    r"|बड़ी\s+(?:खबर|ख़बर|ख\u093cबर)|big\s+news|एक्सक्लूसिव|exclusive)(?:\s*+[:|]|\s*+[\-–—](?=\s))\s*+",
    regex.IGNORECASE,
)
# The sign-off line of an embedded post, as a page's text keeps it: "— नवीन पटनायक (@Naveen_Odisha) 21 मई, 2021",
# "— ANI (@ANI) May 5, 2021": a dash, the author, the handle in brackets, the date or nothing ("— राहुल गांधी
# (@RahulGandhi) ने कहा, ..." is a sentence).
_POST_CREDIT = regex.compile(
    r"^[—–-]{1,2}\s*+[^()\n]{1,80}?\(@[\w.]{1,30}\)"
    r"(?:\s++(?:\p{Nd}{1,2}\s++[\p{L}\p{M}]++|[\p{L}\p{M}]++\s++\p{Nd}{1,2}),?\s*+\p{Nd}{4})?\s*+$"
)
POST_CREDIT_MAX_CHARS = 160
# A link to another story: "यह भी पढ़ें: …", "इसे भी पढ़ें", and as many sites write it, a bare
# "पढ़ें- …", "पढ़ें: …", "पढ़ें:- …" (the dash or colon tells it from a sentence that opens with
# the verb). ढ़ comes with a combining nukta or precomposed.
_READ = "प(?:\u0922\u093c|\u095d)\u0947\u0902"
# "ये खबर भी पढ़ें...", "ये खबरें भी पढ़ें", "यह भी पढ़े:" (the anusvara dropped; not "पढ़े-लिखे", "educated").
_NEWS = "(?:ख|ख\u093c|\u0959)बर(?:\u0947\u0902)?"
# A hyphen may follow "पढ़ें" ("यह भी पढ़ें- ...") but not "पढ़े" ("पढ़े-लिखे", educated).
_READ_TOO = (
    rf"(?:(?:{_NEWS}|स्टोरी|स्टोरीज)\s+)?भी\s+प(?:\u0922\u093c|\u095d)"
    r"(?:\u0947\u0902(?![\p{L}\p{M}])|\u0947(?![\p{L}\p{M}\-]))"
)
_ALSO_READ = regex.compile(
    # "मुख्य लेख:" (main article): an encyclopedia's link to another article at the head of a section.
    rf"(?:(?:यह|ये|इसे)\s+{_READ_TOO}|{_READ}\s*[:\-–—]|मुख्य\s+लेख\s*:|(?:also\s+read|read\s+also|read\s+more)\b|main\s+article\s*:)",
    regex.IGNORECASE,
)
# A line that ends by sending the reader to other stories: "रामसेतु से जुड़ी ये खबरें भी पढ़ें...".
# Possessive: "\s*[...]*\s*$" split a long run of spaces before a last character every possible way (22 s on
# "... यह भी पढ़ें" + 80,000 spaces + "x").
_READ_MORE_LINE = regex.compile(rf"(?:यह|ये|इन्हें)\s+{_READ_TOO}\s*+[:.…।\-–—]*+\s*+$")
#: A link line holds one story's headline: a longer line that opens with a link is a paragraph the
#: link was glued into (a scraped page without line breaks may be one such line from end to end),
#: so it is kept, and only its opening sentence is left out of summaries (``opens_also_read``).
ALSO_READ_MAX_WORDS = 30
_OPENING_MARKS = regex.compile(r"[\s\p{Pi}\p{Ps}\"'“‘]*")
_PHOTO_WORD = r"(?:फ़ोटो|फोटो|तस्वीर|चित्र|photo|image)"
_AGENCY_SOURCE = (
    r"\(\s*(?:एएनआई|भाषा|आईएएनएस|पीटीआई|वार्ता|यूएनआई|एएफपी|रॉयटर्स|रायटर्स|शिन्हुआ|एजेंसी|एजेंसियां|ANI|PTI|IANS|UNI|Reuters|AFP|Xinhua)"
    r"(?:\s*[-,/]\s*[\p{L}\p{M}]+)?\s*\)"
)
_AGENCY = regex.compile(_AGENCY_SOURCE, regex.IGNORECASE)
# A case-marking postposition right after the brackets makes them part of the sentence: "पाकिस्तान तहरीक-ए-इंसाफ (PTI)
# के समर्थकों" is the party's acronym, no agency's credit (twice in ILSUM). A credit stands before the sentence or after it.
_POSTPOSITION_AFTER = regex.compile(r"\s*+(?:के|की|का|ने|को|से|में|पर|तक|द्वारा)(?![\p{L}\p{M}])")
# A photo's credit inside a line: "(फाइल फोटो)", "(सांकेतिक तस्वीर)", "(फोटो: पीटीआई)", "(प्रतीकात्मक चित्र)"; and one
# closing a line after its sentence, "... फंस गई। इमेज क्रेडिट: सोशल मीडिया". The photo is not in the text.
_PHOTO_CREDIT = regex.compile(
    rf"\(\s*+(?:(?:फाइल|फ़ाइल|सांकेतिक|प्रतीकात्मक|file)\s+{_PHOTO_WORD}|{_PHOTO_WORD}(?:\s*+[:\-–—]\s*+[^()\n]{{1,40}})?)\s*+\)"
    rf"|[।.?!]\s*+\K(?:इमेज|फोटो|फ़ोटो|image|photo)\s+(?:क्रेडिट|साभार|सौजन्य|स्रोत|credit|courtesy|source)\s*+[:\-–—,]\s*+[^।.?!()\n]{{1,40}}$",
    regex.IGNORECASE,
)
# "New Delhi:", "नई दिल्ली:", "नई दिल्ली, 6 फरवरी:" at the start of the first body paragraph, and
# as many sites write it, "नई दिल्ली।", "लखनऊ.", "नई दिल्ली/इस्लामाबाद:" (places joined by "/"),
# "हरदोई (उप्र):" (a state or agency in brackets).
# Left in, a dateline closed by a danda or a full stop is a "sentence" of its own before the lead (16%
# of ILSUM articles), so it is lead's first sentence and its place the document's earliest keyphrase.
# Some sites type a visarga for the colon ("नई दिल्लीः"): a place word never takes a visarga into
# itself, so the sign can close the dateline (unless the word is one of ``visarga_words``, "अतः यह").
# Possessive: a word is never cut. Joiners and a soft hyphen are inside a word ("दिल्\u200dली").
_PLACE_WORD = r"(?:(?!ः)[\p{L}\p{M}\u200c\u200d\u00ad])++"
_PLACE = rf"{_PLACE_WORD}(?:(?:[ .]| {{2,3}}+){_PLACE_WORD}){{0,2}}"  # two or three spaces: typed so, or one a zero-width space
_BRACKET = r"(?:\s*+\([^()\n]{1,25}\))?"  # "हरदोई (उप्र):", "लखनऊ, 12 जून (भाषा)।"
_PLACES = rf"(?P<place>{_PLACE}(?:\s*/\s*{_PLACE}){{0,4}})"  # up to five places joined by "/"
# "12 मार्च", "5 जून 2022", "March 12", and the year after a comma: "5 मार्च, 2024", "March 6, 2024".
# A date opens with a letter or digit and holds runs of at most three spaces: a class with the space in it overlapped
# the spaces before and after it, and a line of "भारत," and a long run of spaces took quadratic time (a review).
# The comma and the date are optional apart: "नई दिल्ली, (भाषा)", "नई दिल्ली, 5 मार्च , 2024:".
_DATE = r"[\p{L}\p{M}\p{Nd}](?:[\p{L}\p{M}\p{Nd}]| {1,3}+(?=[\p{L}\p{M}\p{Nd}])){0,24}(?: {0,3}+,\s*+\p{Nd}{4})?"
_DATE_AFTER = rf"(?:\s*+[,|](?:\s*+{_DATE})?)?"
_PLACE_DATELINE_SOURCE = rf"{_PLACES}{_BRACKET}{_DATE_AFTER}{_BRACKET}\s*+(?P<end>[:|।.ः])"
_PLACE_DATELINE = regex.compile(_PLACE_DATELINE_SOURCE + r"\s+")
# On a line of its own only as the first body line ("नई दिल्ली:" above the lead): further down, such a line
# is a section label ("एक्सपर्ट पैनल:").
_PLACE_DATELINE_ALONE = regex.compile(_PLACE_DATELINE_SOURCE)
# The wire-copy form closes the place and date with the agency's credit alone: "नई दिल्ली, 12 मार्च (भाषा)
# केंद्र सरकार ने ...". Removing only the credit left "नई दिल्ली, 12 मार्च" as the first sentence.
_PLACE_AGENCY_DATELINE = regex.compile(
    rf"{_PLACES}{_DATE_AFTER}\s*+{_AGENCY_SOURCE}"
    r"\s*(?P<end>[:|।.ः]?)(?:\s+|$)",
    regex.IGNORECASE,
)
# A place and a date on a line of their own, with no mark after them ("नई दिल्ली, 12 मार्च" above the
# lead): the date holds a digit, so a line of names ("दिल्ली, मुंबई") is no dateline.
_PLACE_DATE_LINE = regex.compile(rf"{_PLACES}\s*+,\s*+(?=[^\n]*\p{{Nd}}){_DATE}{_BRACKET}\s*(?P<end>)")
# A place and date hold no stopword and no verb: "उन्होंने कहा:" and, with "|" typed for a
# danda, "राम आया |" or "बारिश हुई |" open a sentence, they are not datelines.
# (The copula and auxiliaries, हुआ, गया... are stopwords already.)
_VERBS = REPORTING_VERBS | words("speech_dateline_verbs")
# Nor, closed by a danda, a full stop or a pipe, a word HDTB almost never tags a noun or a name (an adjective, adverb
# or verb): "भारी बारिश जारी।" is a short opening sentence, which removing would lose. Before a colon such a phrase is
# a label or a kicker ("पहली नौकरी:", "बड़ी जीत:"), removed with the datelines as before: in ILSUM's 2,123 articles
# the test would tell one of the 1,026 datelines the other rules take, that label, and none closed otherwise.
_NON_NOMINAL = spelling_keys("non_nominal_words")
_VISARGA_WORDS = words("visarga_words")
_SHORT_FORMS = ABBREVIATIONS | LETTER_NAMES
_DEVANAGARI = regex.compile(r"\p{Devanagari}")
_WORD = regex.compile(r"[\p{L}\p{M}\u200c\u200d\u00ad]+")  # joiners inside a word ("दिल्\u200dली") keep it one
_LATIN_WORD = regex.compile(r"\p{Latin}{2,}")
# A place dateline opens the first paragraph, sometimes after a one-line standfirst.
_PLACE_DATELINE_LINES = 2


@dataclass(frozen=True, slots=True)
class CleanResult:
    """What ``clean`` found: kept segments, removed spans, the headline span."""

    kept: tuple[tuple[int, int], ...]
    """``(start, end)`` of each kept line or part of a line, in order, whitespace-trimmed."""
    removed: tuple[Removed, ...]
    headline: tuple[int, int] | None
    """Offsets of the headline (the first kept line when it reads as a title)."""
    goes_on: tuple[bool, ...]
    """For each kept segment: does it go on the sentence of the segment before it? True for the parts of
    a line after a span removed in mid-sentence (an inline tag, an agency's credit)."""


def _line_key(line: str) -> str:
    return " ".join(unicodedata.normalize("NFC", line).split()).casefold()


def _repeats(line: str, seen: dict[int, str | set[str]]) -> bool:
    """Whether ``line`` has the ``_line_key`` of an earlier line of ``seen`` (a key of more than 3
    characters), and note it there.

    ``seen`` maps a word count to the one line met with it so far, or to the keys of all of them:
    NFC and casefolding never add or remove whitespace, so lines with the same key have the same
    number of words, and a line is keyed only when an earlier line has as many words. Keying every
    line was about half of ``clean``'s time on news, where most lines are never keyed now.
    """
    words = len(line.split())
    earlier = seen.get(words)
    if earlier is None:
        seen[words] = line
        return False
    if isinstance(earlier, str):
        earlier = seen[words] = {_line_key(earlier)}
    key = _line_key(line)
    repeated = key in earlier and len(key) > 3
    earlier.add(key)
    return repeated


def _line_reason(line: str) -> str | None:
    """Why a whole line is boilerplate, or ``None`` when it is content."""
    if _COPYRIGHT.search(line) and len(line) < 200:
        return "copyright"
    if _HTML_LINE.match(line):
        return "html"
    if len(line) < 120 and (
        (_DATELINE.match(line) and not _reads_as_sentence(line))
        or (_DATE_ONLY.match(line) and regex.search(r"\p{Nd}", line))
    ):
        return "dateline"
    # Words are counted up to a "|": sites put the update time after the name ("लेखक: राहुल शर्मा | अपडेटेड: 12 जुलाई
    # 2024, 10:30 AM IST", 11 words: the line stayed, and the name became a keyword).
    if _BYLINE.match(line) and len(line.split("|", 1)[0].split()) <= 10 and not _reads_as_sentence(line):
        return "byline"
    if (_ALSO_READ.match(line) or _READ_MORE_LINE.search(line)) and len(line.split()) <= ALSO_READ_MAX_WORDS:
        return "also-read"
    if _CAPTION.match(line, _OPENING_MARKS.match(line).end()) and len(line.split()) <= NOTE_MAX_WORDS:
        return "caption"
    if len(line) <= NAVIGATION_MAX_CHARS and _NAVIGATION.fullmatch(line):
        return "navigation"
    if "(@" in line and len(line) <= POST_CREDIT_MAX_CHARS and _POST_CREDIT.match(line):
        return "social"
    # Searching every line for a note costs a tenth of the cleaner's time; these words are in every note.
    if ("हमें" in line or "क्लिक" in line or "ollow" in line or "lick" in line or "ubscribe" in line) and (
        _SOCIAL.search(line) and len(line.split()) <= NOTE_MAX_WORDS
    ):
        return "social"
    return None


def opens_also_read(sentence: str) -> bool:
    """Does ``sentence`` open with a link to another story (``पढ़ें- …``, ``यह भी पढ़ें: …``, ``ये खबरें भी पढ़ें``),
    after any opening quotes, or end by sending the reader to others (``रामसेतु से जुड़ी ये खबरें भी पढ़ें...``)? Scraped pages often glue such a link into a paragraph, where no
    line of its own marks it for removal."""
    return _ALSO_READ.match(sentence, _OPENING_MARKS.match(sentence).end()) is not None or (
        "भी" in sentence and _READ_MORE_LINE.search(sentence) is not None and len(sentence.split()) <= ALSO_READ_MAX_WORDS
    )


# A sentence that tells the reader to work the page: "ऊपर दिए गए फोटो पर क्लिक करें और देखें वीडियो",
# "नोटिफिकेशन देखने के लिए क्लिक करें", "आगे बढ़ने से पहले इस पोल में वोट कर सकते हैं". The photo, link or
# poll it points to is not in the text. So does a sentence that tells what the story will go on to do ("आगे स्टोरी
# में हम टॉप खिलाड़ियों के बारे में जानेंगे", "इस खबर में हम जानेंगे"): it says nothing of its own.
_READER_INSTRUCTION = regex.compile(
    r"क्लिक\s+(?:करें|कीजिए|करना\s+है|कर\s+सकते\s+हैं)|इस\s+पोल\s+में"
    r"|(?:आगे|इस|नीचे)\s+(?:की\s+)?(?:स्टोरी|खबर|ख़बर|रिपोर्ट|लेख|आर्टिकल)\s+में\s+(?:आगे\s+)?(?:हम|आप|जानिए|जानें)(?![\p{L}\p{M}])"
)
#: A longer sentence that holds such words is a how-to's content, not a note about the page.
READER_INSTRUCTION_MAX_WORDS = 30
# A short sentence that tells the reader to look, read, learn or listen points to what is elsewhere on the page or
# further down ("देखें 12 तस्वीरें...", "जानिए क्या है इसका मतलब", "अब जानिए तीनों राज्यों का हाल..."), as do the
# teasers "क्या है पूरा मामला" and "तो चलिए शुरू करते हैं": in ILSUM's 2,123 articles, about 200 sentences of at most
# ``READER_POINTER_MAX_WORDS`` words, nearly all pointers or teasers; a few are quoted speech ("सभी देशवासी इसे जरूर
# पढ़ें") or a line of the story ("वैशाख का जुनून देखिए ..."), which a summary does without.
_READER_POINTER = regex.compile(
    r"(?<![\p{L}\p{M}])(?:देख(?:ें|िए|िये)|जान(?:िए|िये|ें)|प(?:\u0922\u093c|\u095d)(?:िए|िये|ें)|समझ(?:िए|िये)|सुनिए)(?![\p{L}\p{M}])"
    r"|क्या\s+है\s+(?:पूरा\s+)?(?:मामला|माजरा)|चलिए\s+(?:शुरू|जानते|देखते|बताते)"
)
READER_POINTER_MAX_WORDS = 15


def is_reader_instruction(sentence: str) -> bool:
    """Does ``sentence`` (of at most ``READER_INSTRUCTION_MAX_WORDS`` words) tell the reader to click or vote on
    the page (``ऊपर दिए गए फोटो पर क्लिक करें``, ``... के लिए क्लिक करें``, ``इस पोल में वोट कर सकते हैं``), or what the
    story will go on to tell (``आगे स्टोरी में हम ... जानेंगे``, ``इस खबर में हम ...``), or (at most
    ``READER_POINTER_MAX_WORDS`` words) to look, read or learn what is elsewhere (``देखें 12 तस्वीरें...``, ``जानिए क्या है
    इसका मतलब``, ``क्या है पूरा मामला``)? Such a sentence is never picked for a summary (``rank.summarize``)."""
    n = len(sentence.split())
    # The word count first: a longer sentence, most of a news text's, is not searched at all.
    return (n <= READER_INSTRUCTION_MAX_WORDS and _READER_INSTRUCTION.search(sentence) is not None) or (
        n <= READER_POINTER_MAX_WORDS and _READER_POINTER.search(sentence) is not None
    )


def _is_place_dateline(m: regex.Match) -> bool:
    """Does a ``_PLACE_DATELINE`` match hold a place (and date) only? Not when it holds a stopword,
    a verb or a word ending in a visarga (``अतः``), nor, before a danda, full stop or pipe, when its place holds a word
    HDTB almost never tags a noun or a name (``_NON_NOMINAL``: ``भारी बारिश जारी।``) other than the first of several
    (``पूर्व मेदिनीपुर।``), and not when a dot closes an abbreviation or an
    initial (``डॉ. राम``, ``एस. जयशंकर``, ``रिलायंस इंडस्ट्रीज लि. ने``, ``कीमत रु. 500``) or a chain of
    them (``उ.प्र. में``): the sentence splitter reads none of these dots as a sentence end."""
    if any(w in STOPWORDS or w in _VERBS or w in _VISARGA_WORDS for w in map(normalize, _WORD.findall(m.group()))):
        return False
    if m.group("end") not in (":", "ः", ""):
        # The words of the place only (not a date, nor a credit in brackets: "(विशेष संवाददाता)"), and not the first
        # of several, which may be an adjective or a direction ("नई दिल्ली", "पूर्व मेदिनीपुर").
        place_words = _WORD.findall(m.group("place"))
        asked = place_words[1:] if len(place_words) > 1 else place_words
        if any(spelling_key(normalize(w)) in _NON_NOMINAL for w in asked):
            return False
        # A place in Latin letters is written with capitals: "Good news.", "WHO warns." open sentences.
        if any(w[0].islower() for w in place_words):
            return False
    if m.group("end") != ".":
        return True
    before_dot = _WORD.findall(m.string, m.start(), m.start("end"))
    short = bool(before_dot) and (before_dot[-1] in _SHORT_FORMS or LATIN_INITIAL.match(before_dot[-1]) is not None)
    return not short and "." not in m.group("place")


def _place_dateline(text: str, s: int, e: int, first: bool) -> regex.Match | None:
    """The place dateline opening the line ``text[s:e]`` (``नई दिल्ली: ...``, ``नई दिल्ली, 12 मार्च (भाषा)``,
    ``नई दिल्ली, 12 मार्च`` alone on the line; ``नई दिल्ली:`` alone on the ``first`` body line), if any."""
    agency = _PLACE_AGENCY_DATELINE.match(text, s, e)
    if agency is not None and _POSTPOSITION_AFTER.match(text, agency.end(), e) is not None:
        agency = None  # "समाचार एजेंसी एएनआई (ANI) ने बताया": the agency is the sentence's subject
    m = (
        _PLACE_DATELINE.match(text, s, e)
        or agency
        or _PLACE_DATE_LINE.fullmatch(text, s, e)
        or (_PLACE_DATELINE_ALONE.fullmatch(text, s, e) if first else None)
    )
    return m if m is not None and _is_place_dateline(m) else None


def _is_dateline_line(text: str, s: int, e: int) -> bool:
    """Is the whole line ``text[s:e]`` a place dateline? A place and a date with neither a mark nor an agency
    after them must name a month: "भारत बनाम ऑस्ट्रेलिया, तीसरा टेस्ट 2024" is a headline."""
    m = _place_dateline(text, s, e, first=True)
    if m is None or m.end() < e:
        return False
    return m.re is not _PLACE_DATE_LINE or _MONTH_WORD.search(m.group()) is not None


def _is_english_title(line: str) -> bool:
    if _DEVANAGARI.search(line) or len(_LATIN_WORD.findall(line)) < 2:
        return False
    return len(line.split()) <= 20 and not line.rstrip("\"'”’)").endswith((".", "?", "!"))


def blanked(text: str, spans: Iterable[tuple[int, int]]) -> str:
    """``text`` with ``spans`` (in any order, overlapping or not) written as spaces: the same offsets, nothing to read
    there."""
    parts, pos = [], 0
    for a, b in sorted(spans):
        if b > pos:
            parts += [text[pos:a], " " * (b - max(pos, a))]
            pos = b
    parts.append(text[pos:])
    return "".join(parts)


# Where a removed span leaves a space before one of these, the space goes too: "मिलेंगे (फाइल फोटो)।" reads "मिलेंगे।".
_CLOSING = regex.compile(r"[\p{Pe}\p{Pf}।॥.,;:?!]")


def shown_span(text: str, start: int, end: int, spans: Sequence[tuple[int, int]]) -> str:
    """``text[start:end]`` as a reader should see it: without the removed ``spans`` (sorted by start, none overlapping
    another: ``merged_spans``) inside it, an inline tag, an entity, an agency's or photo's credit, a Markdown mark
    (``सरकार** ने``, ``केंद्र <b>सरकार</b> ने``, ``मिलेंगे (फाइल फोटो)।``). Where a space stands beside a removed span, or
    it is a no-break space's entity, one space is left, none before a closing mark, and a mark the text repeats
    across a span is said once (``जीता। (फाइल फोटो)।``); a span inside a word (``सर<b>कार``) leaves nothing."""
    k = bisect_left(spans, (start, start))
    if k > 0 and spans[k - 1][1] > start:  # the span that opens before the sentence and reaches into it
        k -= 1
    pieces: list[str] = []  # the kept parts, and between each two whether a space stands there
    spaced: list[bool] = []
    pos = start
    for a, b in spans[k:]:
        if a >= end:
            break
        a, b = max(a, start), min(b, end)
        if b <= pos:
            continue
        if a > pos or not pieces:
            pieces.append(text[pos:a])
            # A span merged from touching removals may hold the entity beside a tag (``</b>&nbsp;``): searched.
            spaced.append(_IS_NBSP_ENTITY.search(text, a, b) is not None)
        else:  # right after another removal: the same gap
            spaced[-1] = spaced[-1] or _IS_NBSP_ENTITY.search(text, a, b) is not None
        pos = b
    pieces.append(text[pos:end])
    out = [pieces[0]]
    pending = False  # a space stands between ``out`` and what comes next
    for space, piece in zip(spaced, pieces[1:]):
        last = out[-1]
        pending = pending or space or last[-1:].isspace() or piece[:1].isspace()
        out[-1] = last.rstrip()
        piece = piece.lstrip()
        if not piece:  # a part of spaces only between two removals passes its space on
            continue
        before = next((p for p in reversed(out) if p), "")
        if before and piece[0] in "।॥.?!" and before[-1] == piece[0]:
            piece = piece[1:]  # "जीता। (फाइल फोटो)।": one full stop
        elif pending and before and not _CLOSING.match(piece):
            out.append(" ")
        out.append(piece)
        pending = False
    return "".join(out).strip()


def shown_sentence(doc: Document, sentence: Sentence) -> str:
    """``sentence`` of ``doc`` (its headline, say) as a reader should see it: without the spans the cleaner removed
    inside it (``shown_span``; a summary's sentences are shown so, ``ScoredSentence.text``)."""
    if not doc.removed:
        return sentence.text
    return shown_span(doc.text, sentence.start, sentence.end, merged_spans((r.start, r.end) for r in doc.removed))


def merged_spans(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` sorted, those that overlap or touch made one (``shown_span`` reads them so)."""
    out: list[tuple[int, int]] = []
    for a, b in sorted(spans):
        if out and a <= out[-1][1]:
            if b > out[-1][1]:
                out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out


# Markdown, in a text that uses it (bold, a link, or a heading mark): a heading's, a quotation's or a list item's mark
# opening a line, an image (all of it), a link's bracket and target (its words stay), bold's marks. Text without
# those signs is not searched: a dash opening a line of plain text stays as it is.
_MARKDOWN_HEADING = regex.compile(r"^[ \t]*+#{1,6}[ \t]++\S", regex.MULTILINE)
_LINK_TARGET = r"\]\((?:https?://|www\.|/)[^()\s]{0,500}\)"
_MARKDOWN = regex.compile(
    r"^[ \t]*+(?:#{1,6}|>|[-*+])[ \t]++"
    r"|!\[[^\]\n]{0,200}" + _LINK_TARGET + r"|\[(?=[^\[\]\n]{1,200}" + _LINK_TARGET + r")|" + _LINK_TARGET + r"|\*\*|__",
    regex.MULTILINE,
)


def _markdown_marks(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each Markdown mark of ``text`` (``_MARKDOWN``), in order; none unless it uses Markdown."""
    if "**" not in text and "](" not in text and _MARKDOWN_HEADING.search(text) is None:
        return []
    return [m.span() for m in _MARKDOWN.finditer(text)]


def _code_blocks(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each ``<script>``, ``<style>`` and ``<noscript>`` block, tags included, in order."""
    if "<" not in text:
        return []
    blocks: list[tuple[int, int]] = []
    unclosed: set[str] = set()  # a kind never closed after some point is never searched for again (linear)
    pos = 0
    while (m := _BLOCK_OPEN.search(text, pos)) is not None:
        kind = m.group(1).casefold()
        close = None if kind in unclosed else _BLOCK_CLOSE[kind].search(text, m.end())
        if close is None:
            unclosed.add(kind)
            brk = LINE_BREAK.search(text, m.end())
            end = len(text) if brk is None else brk.start()
        else:
            end = close.end()
        blocks.append((m.start(), end))
        pos = end
    return blocks


def _outside(text: str, lines: list[tuple[int, int]], blocks: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The parts of ``lines`` outside ``blocks`` (both in order), trimmed; a line cut by a block is several parts."""
    if not blocks:
        return lines
    out: list[tuple[int, int]] = []
    k = 0
    for s, e in lines:
        while k < len(blocks) and blocks[k][1] <= s:
            k += 1
        pos, j = s, k
        while j < len(blocks) and blocks[j][0] < e:
            if blocks[j][0] > pos:
                out.append(_trim(text, pos, blocks[j][0]))
            pos = max(pos, blocks[j][1])
            j += 1
        if pos < e:
            out.append(_trim(text, pos, e))
    return [(s, e) for s, e in out if s < e]


# Spaces the rules' literal spaces should match: a no-break space (a word space in 12 ILSUM test articles), a narrow
# or figure one, a zero-width space. Read as plain spaces in the cleaner's view of the text (the same offsets), so that
# "नई\u00a0दिल्ली: " is a dateline as "नई दिल्ली: " is (a review).
_AS_SPACE = dict.fromkeys(map(ord, "\u00a0\u202f\u2007\u200b"), " ")
_SPACE_LIKE = regex.compile("[\u00a0\u202f\u2007\u200b]")


def clean(text: str) -> CleanResult:
    """Find boilerplate in ``text`` and return the kept segments, removed spans and headline."""
    blocks = _code_blocks(text)
    # A block inside one line (``भारत <script>...</script> की खबर``) is removed as an inline tag is: the line stays one
    # line, and its sentence goes on across the block. Lines are read in a view of the text with such blocks blanked
    # out (the same offsets), so that their code is never read as the line's words. A block over lines cuts them.
    # Markdown's marks are read the same way: blanked, the lines under them are read as plain text (a heading, a
    # dateline in bold, a link's words).
    in_line = [(a, b) for a, b in blocks if not has_line_break(text, a, b)]
    view = text
    if in_line:
        blocks = [(a, b) for a, b in blocks if has_line_break(text, a, b)]
        view = blanked(text, in_line)
    marks = _markdown_marks(view)
    if marks:
        view = blanked(view, marks)
        in_line = sorted(in_line + marks)
    marked = set(marks)
    if _SPACE_LIKE.search(view) is not None:
        view = view.translate(_AS_SPACE)
    lines = _outside(view, split_lines(view), blocks)
    removed: list[Removed] = []
    kept_lines: list[tuple[int, int]] = []
    seen: dict[int, str | set[str]] = {}  # the content lines met so far, by word count (``_repeats``)
    hindi: bool | None = None  # is the text mostly Devanagari? Asked only when a line reads as an English title
    footer_at: int | None = None
    for idx, (s, e) in enumerate(lines):
        if s == e:
            continue
        line = view[s:e]
        if _FOOTER.match(line):
            if kept_lines:
                footer_at = idx
                break
            # Before any content a marker is a page's navigation ("Related Posts" above the
            # article): that line goes, the article after it stays.
            removed.append(Removed(s, e, text[s:e], "footer"))
            continue
        reason = _line_reason(line)
        if reason is None:
            if _repeats(line, seen):
                reason = "duplicate-line"
            elif _is_english_title(line):
                if hindi is None:
                    hindi = devanagari_share(view, lines) >= 0.5
                if hindi:
                    reason = "english-title"
        if reason is not None:
            removed.append(Removed(s, e, text[s:e], reason))
        else:
            kept_lines.append((s, e))
    footer_start = len(text) + 1
    if footer_at is not None:
        start = footer_start = lines[footer_at][0]
        end = max(e for _, e in lines[footer_at:])
        end = max([end] + [b for a, b in blocks if a >= start])
        removed.append(Removed(start, end, text[start:end], "footer"))
    removed.extend(Removed(s, e, text[s:e], "html") for s, e in blocks if s < footer_start)

    headline = find_headline(view, kept_lines)
    if headline is not None and _is_dateline_line(view, *headline):
        # A text without a headline may open with its dateline on a line of its own ("नई दिल्ली, 12 मार्च"),
        # which reads as a title to ``find_headline``: it is removed as a dateline below instead.
        headline = None
    inline_removed, segments, goes_on, taken = _inline_removals(text, view, kept_lines, headline, in_line, marked, True)
    if any(r.reason == "place-dateline" for r in inline_removed) and not any(
        view[a:b].strip() for a, b in segments if headline is None or not headline[0] <= a < headline[1]
    ):
        # A dateline opens the text it stands before: a text with nothing else ("भारत जीता।", also with a credit
        # after it, "भारत जीता। (भाषा)") is its own only sentence, however short, and keeps it.
        inline_removed, segments, goes_on, taken = _inline_removals(text, view, kept_lines, headline, in_line, marked, False)
    removed.extend(inline_removed)
    kept: list[tuple[int, int]] = []
    kept_goes_on: list[bool] = []
    on = True
    for (a, b), seg_on in zip(segments, goes_on):
        a, b = _trim(text, a, b)
        on = on and seg_on  # an empty part between two removals passes on whether the sentence went on
        if a < b:
            kept.append((a, b))
            kept_goes_on.append(on and len(kept) > 1)
            on = True
    removed.sort(key=lambda r: r.start)
    if len(taken) < len(in_line):
        # A block that was a line of its own, or sat in a removed line or the footer, is removed whole unless a
        # removed line holds it.
        held = [(r.start, r.end) for r in removed]  # in order of their starts, as _holds reads them
        removed += [
            Removed(a, b, text[a:b], _in_line_reason(a, b, marked))
            for a, b in in_line
            if (a, b) not in taken and not _holds(held, a, b)
        ]
        removed.sort(key=lambda r: r.start)
    return CleanResult(kept=tuple(kept), removed=tuple(removed), headline=headline, goes_on=tuple(kept_goes_on))


def _inline_removals(
    text: str,
    view: str,
    kept_lines: list[tuple[int, int]],
    headline: tuple[int, int] | None,
    in_line: list[tuple[int, int]],
    marked: set[tuple[int, int]],
    datelines: bool,
) -> tuple[list[Removed], list[tuple[int, int]], list[bool], set[tuple[int, int]]]:
    """The removals inside the kept lines (place datelines where ``datelines``, a headline's label, entry times, agency
    and photo credits, inline HTML, and in-line blocks and the Markdown marks of ``marked`` among ``in_line``), the line
    segments around them, whether the sentence goes on across each segment's start, and the in-line blocks taken with
    them (``clean``)."""
    removed: list[Removed] = []
    segments: list[tuple[int, int]] = []
    goes_on: list[bool] = []
    taken: set[tuple[int, int]] = set()  # the in-line blocks removed with their line's inline removals
    body_lines_seen = 0
    for line_no, (s, e) in enumerate(kept_lines):
        inline: list[Removed] = []
        if headline is not None and (s, e) == headline:
            if (m := _HEADLINE_LABEL.match(view, s, e)) is not None and m.end() < e:
                inline.append(Removed(m.start(), m.end(), text[m.start() : m.end()], "label"))
        else:
            body_lines_seen += 1
            if (
                datelines
                and body_lines_seen <= _PLACE_DATELINE_LINES
                and (m := _place_dateline(view, s, e, body_lines_seen == 1))
                and not _opens_a_later_line(view, m, kept_lines[line_no + 1 :])
            ):
                inline.append(Removed(m.start(), m.end(), text[m.start() : m.end()], "place-dateline"))
            if (m := _ENTRY_TIME.match(view, s, e)) is not None and m.end() < e:
                inline.append(Removed(m.start(), m.end(), text[m.start() : m.end()], "dateline"))
        for rx, reason in ((_AGENCY, "agency-credit"), (_PHOTO_CREDIT, "caption"), (_HTML_INLINE, "html")):
            # Skip a match that starts inside an earlier removal. The earlier ones do not
            # overlap, so bisecting their starts finds the only candidate (scanning all of
            # them per match would be quadratic on minified HTML, thousands of tags a line).
            earlier = sorted(inline, key=lambda r: r.start)
            starts = [r.start for r in earlier]
            for m in rx.finditer(view, s, e):
                if rx is _AGENCY and _POSTPOSITION_AFTER.match(view, m.end(), e) is not None:
                    continue
                k = bisect_right(starts, m.start()) - 1
                if k < 0 or m.start() >= earlier[k].end:
                    inline.append(Removed(m.start(), m.end(), text[m.start() : m.end()], reason))
        if in_line:
            inline.sort(key=lambda r: r.start)
            held = [(r.start, r.end) for r in inline]
            ours = [(a, b) for a, b in in_line[bisect_left(in_line, (s, s)) : bisect_left(in_line, (e, e))] if b <= e]
            ours = [(a, b) for a, b in ours if not _holds(held, a, b)]
            taken.update(ours)
            inline += [Removed(a, b, text[a:b], _in_line_reason(a, b, marked)) for a, b in ours]
        inline.sort(key=lambda r: r.start)
        removed.extend(inline)
        pos, on = s, False
        for r in inline:
            segments.append((pos, r.start))
            goes_on.append(on)
            # max: an HTML tag may enclose an agency credit ("<a (PTI)>"); never step back
            # into a removed span.
            pos = max(pos, r.end)
            on = r.reason in ("agency-credit", "caption", "markdown") or (r.reason == "html" and not _HTML_BREAK.match(r.text))
        segments.append((pos, e))
        goes_on.append(on)
    return removed, segments, goes_on, taken


_COMMON_NOUNS = spelling_keys("common_nouns")


def _opens_a_later_line(view: str, m: regex.Match, later: list[tuple[int, int]]) -> bool:
    """Is the place and mark of dateline match ``m`` (``प्रश्न:``, ``प्र:``) a label that opens one of the
    ``later`` lines too? A dateline is said once; a label said again down the text marks parts of it (an interview's
    ``प्रश्न:`` and ``उत्तर:``, a column's ``नोट:``), and the first is no more a dateline than the others."""
    # Only a label of common nouns (HDTB's, ``lexicon/common_nouns.txt``) or a short form of one word (``प्र:``, ``उ:``,
    # ``Q:``; no place is written in three characters or fewer): a place is a name, and articles joined in one text
    # each open with their dateline ("नई दिल्ली:" again and again), which stays a dateline.
    words_ = m.group("place").split()
    if not later or not (
        (len(words_) == 1 and len(words_[0]) <= 3) or all(spelling_key(normalize(w)) in _COMMON_NOUNS for w in words_)
    ):
        return False
    # The same place and any dateline mark, spaced as may be: "नोट:", "नोट :", "नोटः".
    label = regex.compile(r"\s+".join(map(regex.escape, words_)) + r"\s*+[:|।.ः]")
    return any(label.match(view, a, e) is not None for a, e in later)


def _in_line_reason(a: int, b: int, marked: set[tuple[int, int]]) -> str:
    """Why an in-line span ``[a, b)`` is removed: a Markdown mark of ``marked``, else a code block's HTML."""
    return "markdown" if (a, b) in marked else "html"


def _holds(spans: list[tuple[int, int]], a: int, b: int) -> bool:
    """Does one of ``spans`` (removals, sorted by start) hold ``[a, b)``? By bisection: removals overlap only where an
    HTML tag holds an agency's credit (``<a (PTI)>``), so the holder is among the last few that start at ``a`` or before."""
    k = bisect_right(spans, (a, float("inf")))
    return any(spans[i][1] >= b for i in range(max(0, k - 3), k))


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e
