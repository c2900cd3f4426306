"""The survey page a link opens, ``/survey/<token>``: server-rendered HTML with a plain form,
so it works on any phone without a script (none runs: the page's policy forbids it).

Reasons for the chosen sentiment are shown by CSS (``:has``); a browser without it shows
them all, and reasons of the other sentiment are dropped on submit, as they were hidden.
A forged link answers 404, an expired one 410, both with a page saying so.
"""

from __future__ import annotations

import html
from collections.abc import Mapping
from typing import Annotated, Any
from urllib.parse import quote

from fastapi import APIRouter, Form, Query, Response
from fastapi.responses import RedirectResponse
from pydantic import ValidationError

from kefu.core.errors import KefuError
from kefu.core.static import SECURITY_HEADERS
from kefu.identity.deps import ServicesDep
from kefu.services import Services
from kefu.surveys.schemas import AnswerIn, SurveyFormOut
from kefu.surveys.service import Invitation
from kefu.surveys.settings import MAX_COMMENT, sentiment_of

router = APIRouter(include_in_schema=False)

PAGE_CSP = (
    "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; "
    "form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
)

_ICON = (
    "data:image/svg+xml,%3Csvg xmlns=%22http://www.w3.org/2000/svg%22 viewBox=%220 0 24 24%22%3E"
    "%3Ccircle cx=%2212%22 cy=%2212%22 r=%2211%22 fill=%22%231f6feb%22/%3E%3C/svg%3E"
)
TEXTS: dict[str, dict[str, str]] = {
    "zh-CN": {
        "title": "服务评价",
        "reasons": "原因（可多选）",
        "comment": "其他意见或建议（选填）",
        "submit": "提交评价",
        "your_rating": "您的评价：",
        "switch": "English",
        "pick_rating": "请先选择评分",
        "invalid": "链接无效，请检查链接是否完整。",
        "expired": "评价已过期，感谢您的关注。",
        "disabled": "此评价已关闭。",
        "pending": "服务尚未结束，结束后即可评价。",
        "answered": "您已评价过了，感谢您的反馈！",
        "error": "提交失败，请稍后重试。",
        "unknown_reason": "所选原因与评分不符，请重新选择。",
        "comment_not_allowed": "此评价不接受文字意见。",
        "validation_error": "内容不符合要求，请检查后重试。",
    },
    "en": {
        "title": "Rate our service",
        "reasons": "Why? (choose any)",
        "comment": "Anything else you'd like to tell us? (optional)",
        "submit": "Send",
        "your_rating": "Your rating: ",
        "switch": "中文",
        "pick_rating": "Please choose a rating first",
        "invalid": "This link is not valid. Please check that it is complete.",
        "expired": "This survey has closed. Thank you for your interest.",
        "disabled": "This survey is closed.",
        "pending": "The service has not finished yet; you can rate it once it has.",
        "answered": "You have already rated this. Thank you for your feedback!",
        "error": "Something went wrong. Please try again later.",
        "unknown_reason": "Those reasons don't match the rating. Please choose again.",
        "comment_not_allowed": "This survey takes no comment.",
        "validation_error": "Please check what you entered and try again.",
    },
}

_STYLE = """
*{box-sizing:border-box}
body{margin:0;background:#f2f3f5;color:#1f2329;font:16px/1.6 -apple-system,"PingFang SC",
"Noto Sans CJK SC","Microsoft YaHei",sans-serif}
main{max-width:480px;margin:0 auto;padding:24px 16px 40px}
.card{background:#fff;border-radius:14px;padding:24px 20px;box-shadow:0 1px 3px #0000001a}
h1{font-size:19px;margin:0 0 4px}
.lang{float:right;font-size:14px;color:#1f6feb;text-decoration:none}
.question{margin:0 0 18px;color:#4e5969}
.stars{display:flex;flex-direction:row-reverse;justify-content:space-between;gap:4px;
margin:0 0 18px;border:0;padding:0}
.stars input{position:absolute;opacity:0;width:1px;height:1px}
.stars label{flex:1;display:flex;flex-direction:column;align-items:center;cursor:pointer;
font-size:12px;color:#86909c;text-align:center;line-height:1.3}
.stars .star{font-size:38px;line-height:1.1;color:#dcdfe6}
.stars input:checked~label .star,.stars input:checked+label .star{color:#f7b500}
.stars input:checked+label{color:#1f2329;font-weight:600}
.stars input:focus-visible+label .star{outline:2px solid #1f6feb;border-radius:6px}
.reasons{border:0;padding:0;margin:0 0 16px}
.reasons legend{font-size:14px;color:#4e5969;margin-bottom:8px}
.chip{display:inline-flex;margin:0 8px 8px 0}
.chip input{position:absolute;opacity:0}
.chip span{padding:6px 14px;border:1px solid #dcdfe6;border-radius:999px;font-size:14px}
.chip input:checked+span{border-color:#1f6feb;background:#e8f0fe;color:#1f6feb}
.chip input:focus-visible+span{outline:2px solid #1f6feb}
@supports selector(:has(a)){
.reasons,.chip{display:none}
form:has(.low:checked) .reasons,form:has(.high:checked) .reasons{display:block}
form:has(.low:checked) .chip.negative,form:has(.high:checked) .chip.positive{display:inline-flex}
}
textarea{width:100%;min-height:96px;padding:10px 12px;border:1px solid #dcdfe6;outline:0;
border-radius:10px;font:inherit;resize:vertical}
textarea:focus{border-color:#1f6feb;box-shadow:0 0 0 3px #1f6feb26}
.comment{display:block;font-size:14px;color:#4e5969;margin:0 0 6px}
button{width:100%;margin-top:18px;padding:12px;border:0;border-radius:10px;background:#1f6feb;
color:#fff;font:inherit;font-weight:600}
.error{background:#fff1f0;color:#cf1322;border-radius:8px;padding:8px 12px;margin:0 0 14px}
.done{text-align:center;padding:16px 0}
.done .check{font-size:44px;color:#00b42a}
.done .rated{color:#f7b500;font-size:24px;letter-spacing:2px}
"""


def _t(locale: str, key: str) -> str:
    return TEXTS[locale][key]


def _pick(labels: Mapping[Any, str], locale: str) -> str:
    other = "zh-CN" if locale == "en" else "en"
    return labels.get(locale) or labels.get(other) or next(iter(labels.values()), "")


def _document(locale: str, title: str, body: str, status_code: int) -> Response:
    markup = (
        f'<!doctype html><html lang="{locale}"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        '<meta name="referrer" content="no-referrer">'
        f'<link rel="icon" href="{_ICON}">'
        f"<title>{html.escape(title)}</title><style>{_STYLE}</style></head>"
        f"<body><main>{body}</main></body></html>"
    )
    headers = {
        "Cache-Control": "no-store",
        "Content-Security-Policy": PAGE_CSP,
        **SECURITY_HEADERS,
        # The token is the capability: never leak it in a Referer.
        "Referrer-Policy": "no-referrer",
    }
    return Response(
        markup, status_code=status_code, media_type="text/html; charset=utf-8", headers=headers
    )


def _switch(token: str, locale: str) -> str:
    other = "en" if locale == "zh-CN" else "zh-CN"
    href = f"/survey/{quote(token)}?lang={other}"
    return (
        f'<a class="lang" href="{html.escape(href)}" hreflang="{other}">{_t(locale, "switch")}</a>'
    )


def _message(token: str, locale: str, key: str, status_code: int) -> Response:
    title = _t(locale, "title")
    body = (
        f'<div class="card">{_switch(token, locale)}<h1>{html.escape(title)}</h1>'
        f'<p class="notice" data-state="{key}">{html.escape(_t(locale, key))}</p></div>'
    )
    return _document(locale, title, body, status_code)


def _thanks(token: str, form: SurveyFormOut, locale: str) -> Response:
    answer = form.answer
    assert answer is not None
    label = _pick(form.rating_labels[answer.rating - 1], locale)
    stars = "★" * answer.rating + "☆" * (5 - answer.rating)
    body = (
        f'<div class="card">{_switch(token, locale)}<h1>{html.escape(_t(locale, "title"))}</h1>'
        '<div class="done" data-state="answered"><div class="check">✓</div>'
        f"<p>{html.escape(_pick(form.thanks, locale))}</p>"
        f'<p>{html.escape(_t(locale, "your_rating"))}<span class="rated" '
        f'aria-label="{answer.rating}/5">{stars}</span> {html.escape(label)}</p></div></div>'
    )
    return _document(locale, _t(locale, "title"), body, 200)


def _form(
    token: str,
    form: SurveyFormOut,
    locale: str,
    *,
    error: str | None = None,
    chosen: AnswerIn | None = None,
    status_code: int = 200,
) -> Response:
    e = html.escape
    stars = []
    for rating in range(5, 0, -1):  # reversed: CSS lays them out 1 to 5 and fills leftwards
        checked = " checked" if chosen and chosen.rating == rating else ""
        side = "high" if sentiment_of(rating) == "positive" else "low"
        label = _pick(form.rating_labels[rating - 1], locale)
        stars.append(
            f'<input type="radio" name="rating" value="{rating}" id="r{rating}" '
            f'class="{side}"{checked} required>'
            f'<label for="r{rating}"><span class="star" aria-hidden="true">★</span>'
            f"{e(label)}</label>"
        )
    chips = []
    for reason in form.reasons:
        checked = " checked" if chosen and reason.key in chosen.reasons else ""
        chips.append(
            f'<label class="chip {reason.sentiment}"><input type="checkbox" name="reasons" '
            f'value="{e(reason.key)}"{checked}>'
            f"<span>{e(_pick(reason.label, locale))}</span></label>"
        )
    comment = ""
    if form.comment:
        comment = (
            f'<label class="comment" for="comment">{e(_t(locale, "comment"))}</label>'
            f'<textarea id="comment" name="comment" maxlength="{MAX_COMMENT}">'
            f"{e(chosen.comment if chosen else '')}</textarea>"
        )
    notice = f'<p class="error" role="alert">{e(error)}</p>' if error else ""
    question = e(_pick(form.question, locale))
    body = (
        f'<div class="card">{_switch(token, locale)}<h1>{e(_t(locale, "title"))}</h1>'
        f'<p class="question">{question}</p>{notice}'
        f'<form method="post" action="/survey/{e(quote(token))}" data-state="open">'
        f'<input type="hidden" name="lang" value="{locale}">'
        f'<fieldset class="stars"><legend hidden>{question}</legend>{"".join(stars)}</fieldset>'
        f'<fieldset class="reasons"><legend>{e(_t(locale, "reasons"))}</legend>'
        f"{''.join(chips)}</fieldset>{comment}"
        f'<button type="submit">{e(_t(locale, "submit"))}</button></form></div>'
    )
    return _document(locale, _t(locale, "title"), body, status_code)


def _locale(wanted: str | None, form: SurveyFormOut | None) -> str:
    if wanted in TEXTS:
        return wanted
    return form.locale if form is not None else "zh-CN"


async def _invitation(svc: Services, token: str) -> tuple[Invitation, SurveyFormOut] | None:
    async with svc.db.read() as session:
        try:
            invitation = await svc.surveys.for_link(session, token)
        except KefuError:
            return None
        return invitation, await svc.surveys.form(session, invitation)


_STATES = {"expired": 410, "disabled": 404, "pending": 409}
_REFUSED = {
    "survey_answered": "answered",
    "survey_expired": "expired",
    "survey_disabled": "disabled",
    "survey_not_ready": "pending",
}


@router.get("/survey/{token}")
async def survey_page(
    token: str, svc: ServicesDep, lang: Annotated[str | None, Query()] = None
) -> Response:
    found = await _invitation(svc, token)
    if found is None:
        return _message(token, _locale(lang, None), "invalid", 404)
    _, form = found
    locale = _locale(lang, form)
    if form.state == "answered":
        return _thanks(token, form, locale)
    if form.state in _STATES:
        return _message(token, locale, form.state, _STATES[form.state])
    return _form(token, form, locale)


@router.post("/survey/{token}")
async def survey_submit(
    token: str,
    svc: ServicesDep,
    rating: Annotated[str, Form()] = "",
    reasons: Annotated[list[str] | None, Form()] = None,
    comment: Annotated[str, Form()] = "",
    lang: Annotated[str, Form()] = "",
) -> Response:
    found = await _invitation(svc, token)
    if found is None:
        return _message(token, _locale(lang, None), "invalid", 404)
    invitation, form = found
    locale = _locale(lang, form)
    if not rating.isdigit() or not 1 <= int(rating) <= 5:
        return _form(token, form, locale, error=_t(locale, "pick_rating"), status_code=422)
    # Chips of the other sentiment were hidden when the rating changed: not the answer.
    sentiment = sentiment_of(int(rating))
    shown = {r.key for r in form.reasons if r.sentiment == sentiment}
    try:
        answer = AnswerIn(
            rating=int(rating),
            reasons=[key for key in reasons or [] if key in shown],
            comment=comment,
            language=locale,
        )
    except ValidationError:
        return _form(token, form, locale, error=_t(locale, "validation_error"), status_code=422)
    try:
        async with svc.db.transaction() as session:
            await svc.surveys.answer(session, invitation, answer)
    except KefuError as exc:
        if exc.code in _REFUSED:
            key = _REFUSED[exc.code]
            return _message(token, locale, key, exc.status_code)
        error = TEXTS[locale].get(exc.code, _t(locale, "error"))
        return _form(token, form, locale, error=error, chosen=answer, status_code=exc.status_code)
    # Post, redirect, get: a reload shows the thanks instead of sending again.
    return RedirectResponse(f"/survey/{quote(token)}?lang={locale}", status_code=303)
