"""SYNTHETIC labelled set for the matching benchmark (deterministic from a seed).

Suppliers are vi/en profiles written in several styles (formal Vietnamese, unaccented Vietnamese with "cty"/"sx"
abbreviations, English), with products sometimes only in free text, plus distractors that mention a product
without making it (buyers, customers' products, "không sản xuất", logistics, distributors). Queries are written
in vi, unaccented vi, en, ko, ja and zh, some with typos, some with required certificates.
Grades: 2 = makes the product and holds every required certificate, 1 = makes it but lacks one, 0 otherwise.

The product names below are this file's own, written independently of the taxonomy lexicon, so the benchmark
also measures the lexicon's coverage. Run ``python bench/data/match/generate.py`` to write the 1k set here.
"""

from __future__ import annotations

import json
import pathlib
import random
import unicodedata

LANGS = ("vi", "vi_noacc", "en", "ko", "ja", "zh")

# key: (vi names, en names, ko, ja, zh, sector)
PRODUCTS: dict[str, tuple[list[str], list[str], list[str], list[str], list[str], str]] = {
    "zipper": (
        ["khóa kéo", "dây kéo"],
        ["zippers", "zip fasteners"],
        ["지퍼"],
        ["ファスナー", "ジッパー"],
        ["拉链"],
        "garment",
    ),
    "button": (
        ["nút áo", "cúc áo"],
        ["garment buttons", "buttons"],
        ["단추"],
        ["ボタン"],
        ["纽扣"],
        "garment",
    ),
    "thread": (["chỉ may"], ["sewing thread"], ["재봉실"], ["ミシン糸"], ["缝纫线"], "garment"),
    "label": (["nhãn dệt"], ["woven labels"], ["직조 라벨"], ["織りネーム"], ["织唛"], "garment"),
    "elastic": (["dây thun"], ["elastic tape"], ["고무줄"], ["ゴムテープ"], ["松紧带"], "garment"),
    "interlining": (["mex dựng"], ["interlining"], ["심지"], ["芯地"], ["衬布"], "garment"),
    "sole": (["đế giày"], ["shoe soles", "outsoles"], ["신발 밑창"], ["靴底"], ["鞋底"], "footwear"),
    "lace": (["dây giày"], ["shoelaces"], ["신발끈"], ["靴ひも"], ["鞋带"], "footwear"),
    "synleather": (
        ["da nhân tạo", "giả da"],
        ["synthetic leather"],
        ["인조가죽"],
        ["合成皮革"],
        ["人造革"],
        "footwear",
    ),
    "pcb": (
        ["bảng mạch in"],
        ["printed circuit boards", "PCBs"],
        ["인쇄회로기판"],
        ["プリント基板"],
        ["印刷电路板"],
        "electronics",
    ),
    "harness": (
        ["bó dây điện"],
        ["wiring harnesses"],
        ["와이어 하네스"],
        ["ワイヤーハーネス"],
        ["线束"],
        "auto",
    ),
    "cable": (["cáp điện"], ["power cables"], ["전원 케이블"], ["電源ケーブル"], ["电源线"], "electronics"),
    "speaker": (["loa"], ["loudspeakers", "speakers"], ["스피커"], ["スピーカー"], ["扬声器"], "electronics"),
    "connector": (["đầu nối điện"], ["connectors"], ["커넥터"], ["コネクタ"], ["连接器"], "electronics"),
    "plastic": (
        ["linh kiện nhựa ép phun"],
        ["injection-molded plastic parts"],
        ["사출 부품"],
        ["樹脂成形品"],
        ["注塑件"],
        "mechanical",
    ),
    "stamping": (
        ["chi tiết dập kim loại"],
        ["metal stamping parts"],
        ["프레스 부품"],
        ["プレス部品"],
        ["冲压件"],
        "mechanical",
    ),
    "gasket": (
        ["gioăng cao su"],
        ["rubber gaskets"],
        ["고무 가스켓"],
        ["ゴムパッキン"],
        ["橡胶垫圈"],
        "electronics",
    ),
    "mould": (["khuôn mẫu"], ["injection moulds", "molds"], ["금형"], ["金型"], ["模具"], "mechanical"),
    "fastener": (["bu lông ốc vít"], ["bolts and screws"], ["볼트"], ["ボルト"], ["螺栓"], "mechanical"),
    "spring": (["lò xo"], ["springs"], ["스프링"], ["ばね"], ["弹簧"], "mechanical"),
    "gear": (["bánh răng"], ["gears"], ["기어"], ["歯車"], ["齿轮"], "mechanical"),
    "bearing": (["vòng bi"], ["ball bearings"], ["베어링"], ["ベアリング"], ["轴承"], "mechanical"),
    "casting": (["chi tiết đúc gang"], ["iron castings"], ["주물"], ["鋳物"], ["铸件"], "mechanical"),
    "seat": (["ghế ô tô"], ["car seats"], ["자동차 시트"], ["自動車用シート"], ["汽车座椅"], "auto"),
    "brake": (["má phanh"], ["brake pads"], ["브레이크 패드"], ["ブレーキパッド"], ["刹车片"], "auto"),
    "battery": (["ắc quy"], ["batteries"], ["배터리"], ["バッテリー"], ["电池"], "electronics"),
}
CERTS = ["ISO 9001", "ISO 14001", "IATF 16949", "ISO 45001", "RoHS", "OEKO-TEX Standard 100"]
CERT_WRITTEN = {
    "ISO 9001": ["ISO 9001:2015", "ISO9001", "iso 9001:2015", "ISO 9001"],
    "ISO 14001": ["ISO 14001:2015", "ISO14001"],
    "IATF 16949": ["IATF 16949:2016", "IATF16949", "ISO/TS 16949"],
    "ISO 45001": ["ISO 45001:2018"],
    "RoHS": ["RoHS", "ROHS"],
    "OEKO-TEX Standard 100": ["OEKO-TEX Standard 100", "Oeko-Tex Standard 100"],
}
PROVINCES = [
    "Bắc Ninh",
    "Hải Phòng",
    "Thái Nguyên",
    "Hà Nội",
    "Đồng Nai",
    "Bình Dương",
    "Quảng Ninh",
    "Hưng Yên",
]
NAMES = [
    "Hưng Thịnh",
    "Phú Cường",
    "An Phát",
    "Minh Long",
    "Tân Tiến",
    "Đại Dương",
    "Sao Việt",
    "Thành Công",
    "Hòa Bình",
    "Kim Ngân",
    "Việt Nhật",
    "Quang Minh",
    "Hải Long",
    "Trường Sơn",
    "Nam Việt",
    "Bảo Ngọc",
]


def unaccent(s: str) -> str:
    """Strip Vietnamese diacritics the way people type without them (đ → d)."""
    s = unicodedata.normalize("NFD", s.replace("đ", "d").replace("Đ", "D"))
    return unicodedata.normalize("NFC", "".join(c for c in s if not unicodedata.combining(c)))


def typo(rng: random.Random, s: str) -> str:
    """One keyboard slip in the longest word: a doubled, dropped or swapped letter."""
    words = s.split(" ")
    i = max(range(len(words)), key=lambda k: len(words[k]))
    w = words[i]
    if len(w) < 5:
        return s
    j = rng.randrange(1, len(w) - 1)
    w = rng.choice([w[:j] + w[j] + w[j:], w[:j] + w[j + 1 :], w[:j] + w[j + 1] + w[j] + w[j + 2 :]])
    words[i] = w
    return " ".join(words)


def _maker_profile(rng: random.Random, sid: int, prods: list[str]) -> dict:
    style = rng.choice(["vi", "vi", "vi_noacc", "en"])
    pick = {p: rng.choice(PRODUCTS[p][1 if style == "en" else 0]) for p in prods}
    main, others = pick[prods[0]], [pick[p] for p in prods[1:]]
    brand = rng.choice(NAMES)
    cap = rng.choice(["2 triệu sản phẩm/tháng", "500 tấn/năm", "300.000 bộ/năm"])
    if style == "en":
        name = rng.choice([f"{unaccent(brand)} Industrial Co., Ltd", f"{unaccent(brand)} {main.title()} JSC"])
        desc = rng.choice(
            [
                f"We manufacture {main}{' and ' + ', '.join(others) if others else ''} for FDI assemblers.",
                f"Established in 2009, our factory produces {main} with {rng.randint(80, 900)} workers.",
                f"Leading Vietnamese maker of {main}. OEM/ODM welcome.",
                f"{main.capitalize()} manufacturer supplying export factories; in-house tooling.",
            ]
        )
        if others and "and" not in desc:
            desc += f" We also make {', '.join(others)}."
    else:
        name = rng.choice(
            [
                f"Công ty TNHH {brand}",
                f"Công ty CP {main.capitalize()} {brand}",
                f"Công ty TNHH SX TM {brand}",
            ]
        )
        desc = rng.choice(
            [
                f"Chuyên sản xuất {main}{', ' + ', '.join(others) if others else ''} cho các doanh nghiệp FDI. Công suất {cap}.",
                f"Nhà máy sản xuất {main} với dây chuyền hiện đại nhập khẩu từ Nhật Bản.",
                f"Doanh nghiệp sản xuất và cung ứng {main} cho ngành công nghiệp, năng lực {cap}.",
                f"Sản phẩm chính: {main}. Đã xuất khẩu sang Hàn Quốc và Nhật Bản.",
            ]
        )
        if others and others[0] not in desc:
            desc += f" Ngoài ra công ty còn sản xuất {', '.join(others)}."
        if style == "vi_noacc":
            name = unaccent(name).replace("Công ty", "Cty").replace("Cong ty", "Cty")
            desc = unaccent(desc).replace("san xuat", "sx") if rng.random() < 0.5 else unaccent(desc)
    certs = sorted({rng.choice(CERT_WRITTEN[c]) for c in CERTS if rng.random() < 0.45})
    rec = {
        "id": sid,
        "name": name,
        "description": desc,
        "certifications": certs,
        "province": rng.choice(PROVINCES),
    }
    if rng.random() < 0.35:  # products only in free text for most
        rec["products"] = [pick[p] for p in prods]
    return rec


def _distractor(rng: random.Random, sid: int, target: str, own: str | None) -> dict:
    vi, en = rng.choice(PRODUCTS[target][0]), rng.choice(PRODUCTS[target][1])
    own_vi = rng.choice(PRODUCTS[own][0]) if own else "hàng may mặc"
    own_en = rng.choice(PRODUCTS[own][1]) if own else "garments"
    brand = rng.choice(NAMES)
    kind = rng.choice(
        [
            "buyer",
            "customer",
            "negation",
            "logistics",
            "distributor",
            "buyer_en",
            "customer_en",
            "negation_en",
            "logistics_en",
        ]
    )
    desc = {
        "buyer": f"Xưởng may xuất khẩu, hằng năm mua {vi} và phụ liệu từ các nhà cung cấp trong nước.",
        "customer": f"Sản xuất {own_vi}. Khách hàng gồm các nhà sản xuất {vi} trong khu công nghiệp.",
        "negation": f"Chúng tôi sản xuất {own_vi}, không sản xuất {vi}.",
        "logistics": f"Dịch vụ vận chuyển, lưu kho và giao nhận {vi} cho các doanh nghiệp FDI.",
        "distributor": f"Nhà phân phối {vi} nhập khẩu chính hãng tại miền Bắc.",
        "buyer_en": f"Garment exporter; we buy {en} and trims from local suppliers.",
        "customer_en": f"We produce {own_en}. Our customers include {en} manufacturers.",
        "negation_en": f"We make {own_en} but do not make {en}.",
        "logistics_en": f"Freight forwarding company that transports {en} for electronics exporters.",
    }[kind]
    name = f"Công ty TNHH {brand}" if not kind.endswith("en") else f"{unaccent(brand)} Co., Ltd"
    if kind.startswith("logistics"):
        name = f"{unaccent(brand)} Logistics"
    certs = sorted({rng.choice(CERT_WRITTEN[c]) for c in CERTS if rng.random() < 0.5})
    return {
        "id": sid,
        "name": name,
        "description": desc,
        "certifications": certs,
        "province": rng.choice(PROVINCES),
        "_makes": [own] if own and kind in ("customer", "negation", "customer_en", "negation_en") else [],
    }


def _query_text(rng: random.Random, lang: str, product: str, certs: list[str]) -> str:
    vi_names, en_names, ko, ja, zh, _ = PRODUCTS[product]
    c = " và ".join(certs)
    if lang in ("vi", "vi_noacc"):
        p = rng.choice(vi_names)
        t = rng.choice(
            [
                f"Cần tìm nhà cung cấp {p}" + (f" đạt {c}" if certs else ""),
                f"Tìm doanh nghiệp sản xuất {p} trong nước" + (f", yêu cầu chứng nhận {c}" if certs else ""),
                f"{p.capitalize()} số lượng 50.000 chiếc/tháng" + (f", có {c}" if certs else ""),
                f"Công ty FDI cần nguồn {p} nội địa hóa",
            ]
        )
        if lang == "vi_noacc":
            t = unaccent(t).lower()
            if rng.random() < 0.25:
                t = typo(rng, t)
        return t
    if lang == "en":
        p = rng.choice(en_names)
        t = rng.choice(
            [
                f"Looking for a local supplier of {p}"
                + (f" certified {' and '.join(certs)}" if certs else ""),
                f"Need manufacturer of {p} in Vietnam",
                f"RFQ: {p}, 20k pcs/month" + (f", {', '.join(certs)} required" if certs else ""),
                f"Sourcing {p} for our assembly plant",
            ]
        )
        return typo(rng, t) if rng.random() < 0.2 else t
    if lang == "ko":
        p = rng.choice(ko)
        return rng.choice(
            [f"{p} 공급업체를 찾습니다", f"베트남 {p} 제조업체 구합니다", f"{p} 현지 조달 가능한 협력사"]
        )
    if lang == "ja":
        p = rng.choice(ja)
        return rng.choice(
            [f"{p}のサプライヤーを探しています", f"ベトナムの{p}メーカーを募集", f"{p}を現地調達したい"]
        )
    p = rng.choice(zh)
    return rng.choice([f"寻找{p}供应商", f"采购{p}，越南本地生产商", f"需要{p}制造商"])


def generate(n_suppliers: int = 1000, queries_per_lang: int = 40, seed: int = 20261124) -> dict:
    """Return ``{"catalog": [...], "queries": [...], "qrels": {query_id: {supplier_id: grade}}}`` (synthetic)."""
    rng = random.Random(seed)
    keys = list(PRODUCTS)
    catalog, makes = [], {}
    n_distract = n_suppliers // 4
    for sid in range(1, n_suppliers - n_distract + 1):
        main = keys[(sid - 1) % len(keys)]
        same = [k for k in keys if PRODUCTS[k][5] == PRODUCTS[main][5] and k != main]
        prods = [main] + rng.sample(same, k=min(len(same), rng.choice([0, 0, 1, 2])))
        rec = _maker_profile(rng, sid, prods)
        makes[sid] = prods
        catalog.append(rec)
    for sid in range(n_suppliers - n_distract + 1, n_suppliers + 1):
        target = rng.choice(keys)
        own = rng.choice([k for k in keys if k != target] + [None])
        rec = _distractor(rng, sid, target, own)
        makes[sid] = rec.pop("_makes")
        catalog.append(rec)
    held = {r["id"]: r["certifications"] for r in catalog}
    queries, qrels = [], {}
    qid = 0
    for lang in LANGS:
        for i in range(queries_per_lang):
            qid += 1
            product = keys[(i + LANGS.index(lang) * 7) % len(keys)]
            certs = rng.sample(CERTS[:4], k=rng.choice([0, 1, 1, 2]))
            text = _query_text(rng, lang, product, certs)
            q = {"id": f"q{qid}", "text": text, "required_certifications": certs, "lang": lang}
            queries.append(q)
            grades = {}
            for sid, ps in makes.items():
                if product in ps:
                    ok = all(any(_cert_match(h, c) for h in held[sid]) for c in certs)
                    grades[sid] = 2 if ok else 1
            qrels[q["id"]] = grades
    return {"catalog": catalog, "queries": queries, "qrels": qrels}


def _cert_match(held: str, required: str) -> bool:
    # The generator knows which canonical name each written form came from.
    return any(held == w for w in CERT_WRITTEN[required])


def scale_catalog(n: int, seed: int = 7) -> list[dict]:
    """A large catalog for latency only (same writers, no labels)."""
    rng = random.Random(seed)
    keys = list(PRODUCTS)
    out = []
    for sid in range(1, n + 1):
        if rng.random() < 0.8:
            main = rng.choice(keys)
            out.append(_maker_profile(rng, sid, [main]))
        else:
            rec = _distractor(rng, sid, rng.choice(keys), rng.choice(keys))
            rec.pop("_makes")
            out.append(rec)
    return out


def main() -> None:
    """Write catalog.jsonl, queries.jsonl and qrels.json beside this file."""
    here = pathlib.Path(__file__).parent
    data = generate()
    with open(here / "catalog.jsonl", "w", encoding="utf-8") as fh:
        for r in data["catalog"]:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(here / "queries.jsonl", "w", encoding="utf-8") as fh:
        for q in data["queries"]:
            fh.write(json.dumps(q, ensure_ascii=False) + "\n")
    (here / "qrels.json").write_text(
        json.dumps(data["qrels"], ensure_ascii=False, indent=0), encoding="utf-8"
    )


if __name__ == "__main__":
    main()
