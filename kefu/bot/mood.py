"""Anger in a customer's message, from words and typography, in Chinese and English.

A lexicon rather than a model: the bot must explain why it handed over ("骗子", "!!!"), a
tenant can read the list, and the cost is a few microseconds per message. Strong words
(insults, threats to complain publicly or sue) are enough on their own; milder ones
(无语, ridiculous) need a second sign: another word, a run of exclamation marks, or
shouting in capitals.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kefu.bot.text import normalize

STRONG = (
    # zh: insults, swearing, going public or to the regulator
    "垃圾", "骗子", "骗人", "坑人", "坑爹", "黑店", "傻逼", "傻b", "sb客服", "妈的", "他妈",
    "操你", "滚蛋", "混蛋", "王八蛋", "废物", "去死", "气死", "受够了", "忍无可忍", "曝光",
    "12315", "消协", "报警", "起诉", "律师函", "投诉你们", "什么破", "破玩意", "什么玩意",
    "太恶心", "恶心死",
    # en
    "fuck", "shit", "bullshit", "scammers", "disgusting", "pathetic",
    "worst service", "sue you", "lawyer", "fed up", "sick of", "wtf", "furious",
    "unacceptable", "rip off", "ripoff",
)  # fmt: skip
MILD = (
    "投诉", "无语", "太差", "差劲", "生气", "愤怒", "离谱", "搞什么", "怎么回事", "烦死",
    "失望", "多少次", "到底", "退钱", "糟糕", "太慢", "没人管", "欺诈", "诈骗",
    "angry", "ridiculous", "terrible", "awful", "useless", "horrible", "worst", "hate",
    "annoyed", "complaint", "complain", "still not", "again and again", "how many times",
    "nobody", "waste of time", "damn", "scam", "fraud",
)  # fmt: skip

_EXCLAIM = re.compile(r"[!！]{2,}|[?？][!！]|[!！][?？]")
_SHOUT = re.compile(r"\b[A-Z]{3,}\b")


@dataclass(frozen=True, slots=True)
class Mood:
    angry: bool
    score: int
    signs: tuple[str, ...]  # what was found, for the agent and the logs


def _words(lexicon: tuple[str, ...], folded: str) -> list[str]:
    found = []
    for word in lexicon:
        if word.isascii() and word.replace(" ", "").isalnum():
            if re.search(rf"\b{re.escape(word)}", folded):
                found.append(word)
        elif word in folded:
            found.append(word)
    return found


def read_mood(message: str) -> Mood:
    """How angry ``message`` reads: strong words count 2, mild ones, a run of '!' and
    shouted words 1 each; 2 or more is angry."""
    folded = normalize(message)
    strong = _words(STRONG, folded)
    mild = [w for w in _words(MILD, folded) if not any(w in s for s in strong)]
    signs = strong + mild
    score = 2 * len(strong) + len(mild)
    if _EXCLAIM.search(message):
        signs.append("!!")
        score += 1
    if len(_SHOUT.findall(message)) >= 2 or (
        sum(c.isupper() for c in message) >= 8 and message.upper() == message
    ):
        signs.append("CAPS")
        score += 1
    return Mood(angry=score >= 2, score=score, signs=tuple(signs))
