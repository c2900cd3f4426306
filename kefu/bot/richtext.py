"""Rich text for answers and articles: a safe subset of HTML, sanitised with nh3 (the
Ammonia sanitiser), and a plain-text rendering for channels that show only text.

Input is HTML, or plain text: a value with no tag and no character reference is plain
text, and keeps its line breaks.
"""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

import nh3

from kefu.core.errors import Invalid

TAGS = frozenset(
    {
        "p", "br", "div", "span", "strong", "b", "em", "i", "u", "s", "del", "sub", "sup",
        "blockquote", "code", "pre", "ul", "ol", "li", "h1", "h2", "h3", "h4", "h5", "h6",
        "hr", "a", "img", "table", "thead", "tbody", "tr", "th", "td",
    }
)  # fmt: skip
ATTRIBUTES = {
    "a": {"href", "title"},
    "img": {"src", "alt", "title", "width", "height"},
    "td": {"colspan", "rowspan"},
    "th": {"colspan", "rowspan"},
}
# Relative URLs (``/api/v1/files/…``) pass; any other scheme (javascript:, data:) is dropped.
URL_SCHEMES = frozenset({"http", "https", "mailto", "tel"})

_MARKUP = re.compile(r"</?[A-Za-z][A-Za-z0-9]*[\s/>]|&(?:#[0-9]+|#[xX][0-9A-Fa-f]+|[A-Za-z]+);")
_BLOCKS = frozenset(
    {
        "p", "div", "blockquote", "pre", "ul", "ol", "li", "h1", "h2", "h3", "h4", "h5",
        "h6", "hr", "table", "thead", "tbody", "tr",
    }
)  # fmt: skip
_SPACES = re.compile(r"[ \t\r\n\f]+")


def is_markup(value: str) -> bool:
    """Whether a value is HTML (it has a tag or a character reference) or plain text."""
    return _MARKUP.search(value) is not None


def text_to_html(text: str) -> str:
    """Plain text as HTML: escaped, line breaks kept."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return "<br>".join(html.escape(line, quote=False) for line in lines)


def sanitise(value: str) -> str:
    """The safe HTML of ``value`` (HTML or plain text): allowed tags and attributes only,
    links with allowed schemes, ``rel="noopener noreferrer"`` on links."""
    source = value if is_markup(value) else text_to_html(value)
    return nh3.clean(
        source,
        tags=set(TAGS),
        attributes={tag: set(names) for tag, names in ATTRIBUTES.items()},
        url_schemes=set(URL_SCHEMES),
        link_rel="noopener noreferrer",
    ).strip()


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = []
        self.line: list[str] = []
        self.pre = 0
        self.href: str | None = None
        self.link_text: list[str] = []

    def _break(self, hard: bool = False) -> None:
        """End the line: always for ``<br>`` (``hard``), for a block only when it has text."""
        text = "".join(self.line)
        if self.pre == 0:
            text = _SPACES.sub(" ", text).strip()
        if hard or text:
            self.lines.append(text)
        self.line = []

    def _write(self, text: str) -> None:
        self.line.append(text)
        if self.href is not None:
            self.link_text.append(text)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if tag in _BLOCKS:
            self._break()
        if tag == "pre":
            self.pre += 1
        elif tag == "br":
            self._break(hard=True)
        elif tag == "li":
            self._write("- ")
        elif tag in ("td", "th"):
            self._write(" ")
        elif tag == "a":
            self.href = values.get("href")
            self.link_text = []
        elif tag == "img":
            src, alt = values.get("src") or "", (values.get("alt") or "").strip()
            self._write(f"{alt} ({src})" if alt and src else alt or src)

    def handle_endtag(self, tag: str) -> None:
        if tag == "a" and self.href is not None:
            shown = "".join(self.link_text).strip()
            if self.href and self.href != shown and not self.href.startswith("#"):
                self._write(f" ({self.href.removeprefix('mailto:').removeprefix('tel:')})")
            self.href = None
        if tag in _BLOCKS:
            self._break()
        if tag == "pre":
            self.pre = max(0, self.pre - 1)

    def handle_data(self, data: str) -> None:
        if self.pre == 0:
            self._write(data)
            return
        first, *rest = data.split("\n")
        self._write(first)
        for line in rest:
            self._break(hard=True)
            self._write(line)

    def text(self) -> str:
        self._break()
        return "\n".join(self.lines).strip()


def html_to_text(value: str) -> str:
    """Sanitised HTML as plain text: blocks and ``<br>`` become line breaks, list items
    start with "- ", a link shows its address after its text, an image its alt text and
    address."""
    parser = _Text()
    parser.feed(value)
    parser.close()
    return parser.text()


def render(value: str) -> tuple[str, str]:
    """HTML or plain text in; the sanitised HTML and its plain text out."""
    safe = sanitise(value)
    return safe, html_to_text(safe)


def render_required(value: str, field: str) -> tuple[str, str]:
    """``render``, or 422 ``empty_answer`` when nothing that shows survives sanitising
    (a lone ``<script>``)."""
    safe, text = render(value)
    if not shows(safe, text):
        raise Invalid(
            "Nothing is left of the text once unsafe markup is removed.",
            code="empty_answer",
            details={"field": field},
        )
    return safe, text


def shows(safe: str, text: str) -> bool:
    """Whether sanitised HTML shows anything: text or an image."""
    return bool(text.strip()) or "<img" in safe
