from __future__ import annotations

from kefu.bot.text import Analyzer, normalize


def test_normalize_makes_full_width_half_width() -> None:
    # Full-width "ABC123?".
    assert normalize("\uff21\uff22\uff23\uff11\uff12\uff13\uff1f") == "abc123?"


def test_normalize_makes_traditional_chinese_simplified() -> None:
    assert normalize("開通創業板需要什麼條件") == "开通创业板需要什么条件"


def test_normalize_lowers_case_and_collapses_spaces() -> None:
    assert normalize("  Reset   my\tPIN  ") == "reset my pin"


def test_chinese_is_segmented_into_words_without_punctuation_or_stop_words() -> None:
    tokens = Analyzer().analyze("请问，怎么开通创业板？")
    assert "开通" in tokens
    assert "创业板" in tokens
    assert "请问" not in tokens
    assert all(t not in tokens for t in ("，", "？", ",", "?"))


def test_english_is_split_stemmed_and_stop_words_dropped() -> None:
    tokens = Analyzer().analyze("Why were my cards declined?")
    assert tokens == ["whi", "card", "declin"]


def test_mixed_text_keeps_latin_words_and_numbers() -> None:
    tokens = Analyzer().analyze("开通了Level2，看不到500档")
    assert "level2" in tokens
    assert "500" in tokens


def test_traditional_and_full_width_queries_analyse_like_their_plain_forms() -> None:
    analyzer = Analyzer()
    assert analyzer.analyze("開通創業板\uff21\uff30\uff30") == analyzer.analyze("开通创业板app")


def test_synonyms_map_every_member_to_the_canonical_token() -> None:
    analyzer = Analyzer(synonyms=[["退款", "退钱", "返款"], ["app", "客户端"]])
    assert "退款" in analyzer.analyze("怎么退钱")
    assert "退款" in analyzer.analyze("返款多久到账")
    assert "app" in analyzer.analyze("客户端打不开")


def test_multi_word_synonyms_are_matched_as_a_run_of_tokens() -> None:
    analyzer = Analyzer(synonyms=[["credit card", "cc"]])
    assert analyzer.analyze("My credit card was declined") == ["credit_card", "declin"]
    assert analyzer.analyze("my cc was declined") == ["credit_card", "declin"]


def test_synonyms_belong_to_their_analyzer_only() -> None:
    Analyzer(synonyms=[["退款", "退钱"]])
    assert "退款" not in Analyzer().analyze("怎么退钱")


def test_stop_words_can_be_replaced_and_extended() -> None:
    assert Analyzer(stop_words=[]).analyze("the card") == ["the", "card"]
    assert Analyzer(extra_stop_words=["card"]).analyze("the card") == []
