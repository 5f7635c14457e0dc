"""Unit tests of the matching analysis: tokens, role cues, certificates, concepts."""

from lienket.core.match.analyze import (
    MAKE,
    NEG,
    ROLE,
    cert_key,
    cert_satisfies,
    contextual_tokens,
    search_tokens,
)
from lienket.core.match.concepts import ConceptLexicon
from lienket.core.match.index import MatchIndex, Query, Supplier

LEX = ConceptLexicon.build(
    {
        "khóa kéo": ["ZIP"],
        "zipper": ["ZIP"],
        "지퍼": ["ZIP"],
        "ファスナー": ["ZIP"],
        "拉链": ["ZIP"],
        "nút": ["BTN"],
    }
)


def _ctx(text: str, word: str) -> str:
    return next(t.context for t in contextual_tokens(text) if t.text == word)


def test_search_tokens_fold_vietnamese_and_split_cjk_into_bigrams():
    assert search_tokens("Khóa KÉO") == ["khoa", "keo"]
    assert search_tokens("拉链供应商") == ["拉链", "链供", "供应", "应商"]
    assert search_tokens("지퍼") == ["지퍼"]


def test_negation_covers_the_product_but_not_the_next_clause():
    text = "Chúng tôi không sản xuất khóa kéo. Chúng tôi sản xuất nút."
    assert _ctx(text, "keo") == NEG
    assert _ctx(text, "nut") == MAKE


def test_customers_and_buyers_are_roles_not_makers():
    assert _ctx("Customers include zipper makers", "zipper") == ROLE
    assert _ctx("We buy zippers from local suppliers", "zippers") == ROLE
    assert _ctx("Sản xuất thùng carton cho các công ty sản xuất khóa kéo", "keo") != MAKE


def test_buying_inputs_to_make_a_product_still_makes_it():
    assert _ctx("We buy resin to make zippers", "zippers") == MAKE
    assert _ctx("Chúng tôi nhập khẩu và sản xuất khóa kéo", "keo") == MAKE


def test_certificates_compare_leniently():
    assert cert_satisfies(cert_key("ISO 9001:2015"), cert_key("ISO 9001"))
    assert cert_satisfies(cert_key("IATF16949"), cert_key("IATF 16949"))
    assert cert_satisfies(cert_key("ISO/TS 16949"), cert_key("IATF 16949"))
    assert not cert_satisfies(cert_key("ISO 14001"), cert_key("ISO 9001"))
    assert not cert_satisfies(cert_key("ISO 9001:2008"), cert_key("ISO 9001:2015"))
    assert cert_satisfies(cert_key("Oeko-Tex Standard 100"), cert_key("OEKO-TEX Standard 100"))


def test_query_concepts_in_every_language_and_with_typos():
    for text in [
        "khóa kéo",
        "khoa keo",
        "zipper",
        "지퍼를 찾습니다",
        "ファスナー",
        "拉链",
        "khoa keoo",
        "zipperr",
    ]:
        codes = {c for qc in LEX.query_concepts(text) for c in qc.codes}
        assert codes == {"ZIP"}, text


def test_distractor_and_missing_certificate_rank_below_the_certified_maker():
    sups = [
        Supplier.from_record(
            {"id": "buyer", "description": "Chúng tôi mua khóa kéo", "certifications": ["ISO 9001"]}
        ),
        Supplier.from_record({"id": "nocert", "description": "Sản xuất khóa kéo", "certifications": []}),
        Supplier.from_record(
            {"id": "maker", "description": "Sản xuất khóa kéo", "certifications": ["ISO 9001:2015"]}
        ),
    ]
    res = MatchIndex(sups, lexicon=LEX, embed=False).search(Query("q", "zipper", ["ISO 9001"]), 10)
    assert [m.supplier_id for m in res] == ["maker", "nocert", "buyer"]
    assert res[1].certs_missing == ["ISO 9001"]
