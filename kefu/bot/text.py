"""Text processing for the bot: normalisation, segmentation, stop words and synonyms.

``normalize`` makes two spellings of the same question equal: NFKC (full-width letters,
digits and punctuation become half-width), traditional Chinese becomes simplified
(OpenCC ``t2s``), letters become lower case and runs of white space one space.

``Analyzer`` turns normalised text into the tokens the lexical index counts: Chinese is
segmented with rjieba (jieba's dictionary and HMM for unknown words), Latin text is split
into words and stemmed (Snowball English); punctuation and stop words are dropped, and a
tenant's synonym groups map every member to one canonical token. Each tenant gets its own
``Analyzer``; analysers hold no global state, so tenants never see each other's synonyms.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from functools import lru_cache

import opencc
import rjieba
import snowballstemmer

_T2S = opencc.OpenCC("t2s.json")
_SPACES = re.compile(r"\s+")
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
# A token worth indexing has a letter, a digit or a Han character in it.
_WORDISH = re.compile(r"[0-9a-z\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
# Latin words and numbers inside a segment ("level2", "e-mail" → "e", "mail", "3.5").
_LATIN = re.compile(r"[0-9]+(?:\.[0-9]+)?|[a-z0-9]+(?:'[a-z]+)?")

# Function words that carry no meaning for matching a question to an FAQ entry. Kept
# short on purpose: "not", "没", "不" and question words such as "how"/"怎么" stay, because
# "why can't I" and "how do I" ask different things.
STOP_WORDS_ZH: frozenset[str] = frozenset(
    "的 了 吗 呢 吧 啊 呀 哦 哈 嘛 么 啦 哇 噢 嗯 喔 着 过 地 得 之 与 及 和 跟 或 "  # noqa: SIM905
    "把 被 就 都 也 还 又 在 是 有 我 你 您 他 她 它 我们 你们 他们 这 那 这个 那个 "
    "这些 那些 一个 一下 请问 你好 您好 麻烦 谢谢 问一下 想问 一下子 个 请 下 呃 额 "
    "哎 诶 啥子".split()
)
STOP_WORDS_EN: frozenset[str] = frozenset(
    "a an the of to in on at for from by with about as into than then is are was "  # noqa: SIM905
    "were be been being am do does did doing have has had having i me my mine we us "
    "our you your it its this that these those he she him her they them their there "
    "here and or but so if please hi hello thanks thank just would could should "
    "shall will may might must some any also very really".split()
)
DEFAULT_STOP_WORDS: frozenset[str] = STOP_WORDS_ZH | STOP_WORDS_EN


def normalize(text: str) -> str:
    """The canonical spelling of ``text``: NFKC, simplified Chinese, lower case, single spaces."""
    text = unicodedata.normalize("NFKC", text)
    if _HAN.search(text):
        text = _T2S.convert(text)
    return _SPACES.sub(" ", text.lower()).strip()


@lru_cache(maxsize=1)
def _stemmer() -> snowballstemmer.stemmer:
    return snowballstemmer.stemmer("english")


@lru_cache(maxsize=65_536)
def _stem(word: str) -> str:
    """Snowball's English stem (pure Python, ~20 us a word, so the vocabulary is cached)."""
    stem: str = _stemmer().stemWord(word)
    return stem


def _segment(normalised: str) -> list[str]:
    """Words of normalised text: Han runs through rjieba, Latin words split and stemmed."""
    tokens: list[str] = []
    for piece in rjieba.cut(normalised, hmm=True):
        if _HAN.search(piece):
            tokens.append(piece)
        elif _WORDISH.search(piece):
            tokens.extend(_stem(w) if w.isalpha() else w for w in _LATIN.findall(piece))
    return tokens


class Analyzer:
    """A tenant's analyser: normalise, segment, map synonyms, drop stop words.

    ``synonyms`` is a list of groups of equivalent terms; every member of a group becomes
    the group's first member (its canonical token). A term may be several words ("credit
    card", "信用 卡"): it is matched as a run of tokens. ``stop_words`` replaces the
    built-in lists when given; ``extra_stop_words`` adds to whichever list is used.
    """

    def __init__(
        self,
        synonyms: Iterable[Sequence[str]] = (),
        stop_words: Iterable[str] | None = None,
        extra_stop_words: Iterable[str] = (),
    ) -> None:
        base = DEFAULT_STOP_WORDS if stop_words is None else frozenset(stop_words)
        words = {normalize(w) for w in (*base, *extra_stop_words)}
        self.stop_words: frozenset[str] = frozenset(
            words | {_stem(w) for w in words if w.isascii() and w.isalpha()}
        )
        # Token sequence of a synonym term → canonical token.
        self._synonyms: dict[tuple[str, ...], str] = {}
        self._longest = 1
        for group in synonyms:
            terms = [tuple(self._words(term)) for term in group]
            terms = [t for t in terms if t]
            if len(terms) < 2:
                continue
            canonical = "".join(terms[0]) if _HAN.search(terms[0][0]) else "_".join(terms[0])
            for term in terms:
                self._synonyms[term] = canonical
                self._longest = max(self._longest, len(term))

    @staticmethod
    def _words(text: str) -> list[str]:
        return _segment(normalize(text))

    def analyze(self, text: str) -> list[str]:
        """The tokens of ``text`` as the lexical index counts them (order kept)."""
        words = self._words(text)
        if self._synonyms:
            words = self._map_synonyms(words)
        return [w for w in words if w not in self.stop_words]

    def _map_synonyms(self, words: list[str]) -> list[str]:
        out: list[str] = []
        i = 0
        while i < len(words):
            for size in range(min(self._longest, len(words) - i), 0, -1):
                canonical = self._synonyms.get(tuple(words[i : i + size]))
                if canonical is not None:
                    out.append(canonical)
                    i += size
                    break
            else:
                out.append(words[i])
                i += 1
        return out
