"""Builds ``seeds.json`` (real demo seed data) from the facts below; run ``python src/lienket/data/demo/_build_seeds.py``.

Every item carries its source and a note on which fields are real; unknown numbers stay ``None`` (null).
Commune codes were found from the legacy address (vietnamadminunits.convert_address, checked against
``lienket.core.geo``); this script does not look anything up at run time.
"""

import json
from pathlib import Path

DOM = "lienket domain notes (docs/domain.md), compiled from provincial reports and press"
VAU = "commune mapped from the legacy address with vietnamadminunits.convert_address (lat/lon = centroid of that commune, not the zone)"


def zone(code, name_vi, name_en, kind, status, prov, commune, legacy, lat, lon, source, note, **kw):
    z = dict(
        code=code,
        name_vi=name_vi,
        name_en=name_en,
        kind=kind,
        status=status,
        province_code=prov,
        commune_code=commune,
        legacy_location=legacy,
        planned_area_ha=None,
        established_area_ha=None,
        industrial_land_ha=None,
        leased_land_ha=None,
        clean_land_ha=None,
        infrastructure_investor="",
        decision_number="",
        decision_date=None,
        priority_sectors=[],
        anchor_tenants=[],
        lease_price_min=None,
        lease_price_max=None,
        lease_price_unit="",
        lat=lat,
        lon=lon,
        phases=[],
        milestones=[],
        contact_name="",
        contact_phone="",
        contact_email="",
        description_vi="",
        description_en="",
        is_synthetic=False,
        source=source,
    )
    z.update(kw)
    z["note"] = note
    return z


zones = []
zones.append(
    zone(
        "BN-CCN-NGHIAHOA",
        "CCN Nghĩa Hòa",
        "Nghia Hoa Industrial Cluster",
        "ccn",
        "operating",
        "24",
        "07381",
        "xã Nghĩa Hòa, huyện Lạng Giang, tỉnh Bắc Giang",
        21.4174,
        106.216,
        DOM + "; Bắc Giang provincial CCN reports",
        "Real: name, legacy location, set up in 2020 around the Bắc Giang LGG garment plant, 34 ha of clean land left "
        "for textile CNHT (zips, buttons, thread). Unknown (null): planned/established/industrial/leased area, decision "
        "number and date, investor, lease prices. Status 'operating' because the anchor garment plant runs there. "
        + VAU
        + ".",
        clean_land_ha=34.0,
        priority_sectors=["TEX"],
        anchor_tenants=["REAL-BG-LGG"],
        description_vi="Cụm công nghiệp thành lập năm 2020 gắn với nhà máy may lớn của Tổng Công ty May Bắc Giang LGG; "
        "còn khoảng 34 ha đất sạch dành cho doanh nghiệp công nghiệp hỗ trợ dệt may (khóa kéo, cúc, chỉ may).",
        description_en="Cluster set up in 2020 around the large garment plant of Bac Giang LGG; about 34 ha of clean "
        "land left for textile supporting-industry firms (zips, buttons, sewing thread).",
    )
)
zones.append(
    zone(
        "TN-KCN-THANHBINH",
        "KCN Thanh Bình",
        "Thanh Binh Industrial Park",
        "kcn",
        "operating",
        "19",
        "02107",
        "xã Thanh Bình, huyện Chợ Mới, tỉnh Bắc Kạn",
        21.9635,
        105.821,
        DOM
        + "; baodauthau.vn, 'Điều chỉnh vị trí khu công nghiệp Thanh Bình tại Bắc Kạn' (phase II 80.3 ha, "
        "phase I infrastructure 250 bn VND, wastewater plant 2,500 m³/day)",
        "Real: phase I > 73 ha (recorded as 73, a lower bound), phase II planned 80.3 ha, central wastewater plant "
        "2,500 m³/day built, 8 operating projects, 775 workers, > 350 bn VND revenue and ~5.5 M USD exports in six "
        "months (zone_figures). Unknown (null): total/industrial/leased/clean land, decision, investor, prices. "
        + VAU
        + ".",
        phases=[
            dict(
                name="Giai đoạn I",
                area_ha=73.0,
                start_year=None,
                end_year=None,
                note="> 73 ha; infrastructure investment 250 bn VND (baodauthau.vn)",
            ),
            dict(
                name="Giai đoạn II",
                area_ha=80.3,
                start_year=None,
                end_year=None,
                note="planned area kept at 80.3 ha after the Prime Minister allowed 66.6 ha to move to an adjacent site",
            ),
        ],
        milestones=[
            dict(
                kind="wastewater_plant",
                status="done",
                date=None,
                capacity_m3_day=2500.0,
                reference="baodauthau.vn: Điều chỉnh vị trí khu công nghiệp Thanh Bình tại Bắc Kạn",
                note="",
            )
        ],
        description_vi="Khu công nghiệp của tỉnh Bắc Kạn cũ (nay thuộc Thái Nguyên); giai đoạn I trên 73 ha đã lấp đầy "
        "cơ bản, giai đoạn II quy hoạch 80,3 ha.",
        description_en="Industrial park of former Bac Kan province (now Thai Nguyen); phase I (> 73 ha) largely filled, "
        "phase II planned at 80.3 ha.",
    )
)
bk_ccn = [
    (
        "CAMGIANG",
        "Cẩm Giàng",
        "Cam Giang",
        "xã Cẩm Giàng, huyện Bạch Thông, tỉnh Bắc Kạn",
        "02008",
        22.1881,
        105.895,
    ),
    (
        "HUYENTUNG",
        "Huyền Tụng",
        "Huyen Tung",
        "phường Huyền Tụng, thành phố Bắc Kạn, tỉnh Bắc Kạn",
        "01840",
        22.1658,
        105.85,
    ),
    (
        "QUANGCHU",
        "Quảng Chu",
        "Quang Chu",
        "xã Quảng Chu, huyện Chợ Mới, tỉnh Bắc Kạn",
        "02086",
        21.8769,
        105.823,
    ),
    ("VANGMUOI", "Vằng Mười", "Vang Muoi", "huyện Na Rì, tỉnh Bắc Kạn", None, None, None),
    ("NAMBANGLUNG", "Nam Bằng Lũng", "Nam Bang Lung", "huyện Chợ Đồn, tỉnh Bắc Kạn", None, None, None),
    (
        "CHUHUONG",
        "Chu Hương",
        "Chu Huong",
        "xã Chu Hương, huyện Ba Bể, tỉnh Bắc Kạn",
        "01921",
        22.3536,
        105.812,
    ),
]
for code, vi, en, legacy, commune, lat, lon in bk_ccn:
    where = (
        VAU
        if commune
        else "commune unknown (only the former district is recorded), so commune_code and lat/lon are null"
    )
    zones.append(
        zone(
            f"TN-CCN-{code}",
            f"CCN {vi}",
            f"{en} Industrial Cluster",
            "ccn",
            "established",
            "19",
            commune,
            legacy,
            lat,
            lon,
            DOM + "; Bắc Kạn CCN plan 2021–2030, vision 2050",
            "Real: name, former district, detailed 1/500 plan approved. Status 'established' is inferred from the "
            "approved 1/500 plan. Unknown (null): areas, decision, investor, prices, dates. " + where + ".",
            milestones=[
                dict(
                    kind="plan_1_500",
                    status="done",
                    date=None,
                    capacity_m3_day=None,
                    reference="Bắc Kạn provincial CCN reports (approval date not recorded here)",
                    note="",
                )
            ],
            description_vi="Một trong 6 cụm công nghiệp của tỉnh Bắc Kạn cũ đã có quy hoạch chi tiết 1/500; ưu tiên chế "
            "biến nông lâm sản, dược liệu và công nghiệp hỗ trợ.",
            description_en="One of the 6 clusters of former Bac Kan province with an approved 1:500 detailed plan; "
            "priorities: agro-forestry processing, medicinal herbs, supporting industry.",
        )
    )
hd = [
    (
        "DAIAN",
        "Đại An",
        "Dai An",
        "phường Tứ Minh, thành phố Hải Dương, tỉnh Hải Dương",
        "10540",
        20.9254,
        106.268,
    ),
    (
        "PHUCDIEN",
        "Phúc Điền",
        "Phuc Dien",
        "xã Cẩm Phúc, huyện Cẩm Giàng, tỉnh Hải Dương",
        "10930",
        20.9312,
        106.213,
    ),
    ("NAMSACH", "Nam Sách", "Nam Sach", "huyện Nam Sách, tỉnh Hải Dương", None, None, None),
    (
        "TANTRUONG",
        "Tân Trường",
        "Tan Truong",
        "xã Tân Trường, huyện Cẩm Giàng, tỉnh Hải Dương",
        "10930",
        20.9312,
        106.213,
    ),
    ("LAIVU", "Lai Vu", "Lai Vu", "xã Lai Vu, huyện Kim Thành, tỉnh Hải Dương", "10756", 20.978, 106.433),
    (
        "CONGHOA",
        "Cộng Hòa",
        "Cong Hoa",
        "phường Cộng Hòa, thành phố Chí Linh, tỉnh Hải Dương",
        "10570",
        21.1515,
        106.371,
    ),
    (
        "VIETHOAKENMARK",
        "Việt Hòa – Kenmark",
        "Viet Hoa – Kenmark",
        "phường Việt Hòa, thành phố Hải Dương, tỉnh Hải Dương",
        "10543",
        20.948,
        106.254,
    ),
    (
        "LUONGDIENCAMDIEN",
        "Lương Điền – Cẩm Điền",
        "Luong Dien – Cam Dien",
        "xã Cẩm Điền, huyện Cẩm Giàng, tỉnh Hải Dương",
        "10930",
        20.9312,
        106.213,
    ),
    (
        "PHUTHAI",
        "Phú Thái",
        "Phu Thai",
        "thị trấn Phú Thái, huyện Kim Thành, tỉnh Hải Dương",
        "10750",
        20.9594,
        106.505,
    ),
    ("ANPHAT", "An Phát", "An Phat", "thị xã Kinh Môn, tỉnh Hải Dương", None, None, None),
    ("KIMTHANH", "Kim Thành", "Kim Thanh", "huyện Kim Thành, tỉnh Hải Dương", None, None, None),
    (
        "GIALOC",
        "Gia Lộc",
        "Gia Loc",
        "thị trấn Gia Lộc và các xã Hồng Hưng, Toàn Thắng, Hoàng Diệu, huyện Gia Lộc, tỉnh Hải Dương",
        "11050",
        20.8713,
        106.311,
    ),
]
HD_EXTRA = {
    "DAIAN": dict(
        decision_number="739/2003/QĐ-UB",
        extra_source="vuongphat.com.vn, 'Danh sách Khu, Cụm công nghiệp tại Hải Dương' (Đại An set up in 2003 after the Prime Minister's approval of 24/03/2003; provincial decision 739/2003/QĐ-UB establishing it and approving the infrastructure project)",
        extra_note="decision_number is the provincial decision 739/2003/QĐ-UB; its exact date is not recorded (2003).",
    ),
    "GIALOC": dict(
        planned_area_ha=197.94,
        extra_source="congtytnhhgialoc.vn, quoting Decision 3119/QĐ-UBND of 09/09/2019 approving the 1/2000 zoning plan of KCN Gia Lộc (197.94 ha; over 119 ha for factories)",
        extra_note="planned_area_ha 197.94 is the area of the 1/2000 zoning plan (Decision 3119/QĐ-UBND, 2019-09-09); the 1/2000 plan is not the 1/500 milestone.",
    ),
}
for code, vi, en, legacy, commune, lat, lon in hd:
    where = VAU if commune else "only the former district is recorded, so commune_code and lat/lon are null"
    extra = dict(HD_EXTRA.get(code, {}))
    extra_source = extra.pop("extra_source", "")
    extra_note = extra.pop("extra_note", "")
    zones.append(
        zone(
            f"HP-KCN-{code}",
            f"KCN {vi}",
            f"{en} Industrial Park",
            "kcn",
            "operating",
            "31",
            commune,
            legacy,
            lat,
            lon,
            DOM
            + "; list of Hải Dương industrial parks (names only)"
            + (f"; {extra_source}" if extra_source else ""),
            "Real: the park's name and its former district"
            + (" and the fields named below" if extra_note else "")
            + ". Unknown (null): the other areas, decision, investor, price; "
            "status 'operating' is the demo's assumption (in Feb 2021 11 of the 14 parks were operating and 3 building; "
            "which 3 is not recorded here) — check the BQL list before relying on it. "
            + where
            + ". "
            + extra_note,
            **extra,
            description_vi="Khu công nghiệp của tỉnh Hải Dương cũ (nay thuộc thành phố Hải Phòng).",
            description_en="Industrial park of former Hai Duong province (now part of Hai Phong city).",
        )
    )

SCT_HD = (
    "Sở Công Thương Hải Dương, 'Danh sách các cụm công nghiệp trên địa bàn tỉnh kêu gọi đầu tư xây dựng hạ tầng "
    "kỹ thuật và đầu tư sản xuất kinh doanh', sct.haiduong.gov.vn, 10/10/2018"
)
hd_ccn = [
    # code, name, en, legacy, commune, lat, lon, established ha, industrial ha, infra bn VND, investor, occupancy %
    (
        "VIETHOA",
        "Việt Hòa",
        "Viet Hoa",
        "phường Việt Hòa, thành phố Hải Dương, tỉnh Hải Dương",
        "10543",
        20.948,
        106.254,
        44.87,
        31.81,
        120,
        "",
        100.0,
    ),
    (
        "CAMTHUONG",
        "Cẩm Thượng",
        "Cam Thuong",
        "phường Cẩm Thượng và phường Việt Hòa, thành phố Hải Dương, tỉnh Hải Dương",
        "10510",
        20.9594,
        106.325,
        51.90,
        42.15,
        180,
        "",
        100.0,
    ),
    (
        "TAYNGOQUYEN",
        "Tây Ngô Quyền",
        "Tay Ngo Quyen",
        "phường Cẩm Thượng, thành phố Hải Dương, tỉnh Hải Dương",
        "10510",
        20.9594,
        106.325,
        19.51,
        16.29,
        40,
        "",
        100.0,
    ),
    (
        "BAHANG",
        "Ba Hàng",
        "Ba Hang",
        "phường Ái Quốc và xã Nam Đồng, thành phố Hải Dương, tỉnh Hải Dương",
        "10660",
        20.9433,
        106.383,
        46.04,
        42.77,
        160,
        "Cty TNHH vận tải thương mại Thành Đạt",
        62.05,
    ),
    (
        "CAOAN",
        "Cao An",
        "Cao An",
        "xã Cao An, thị trấn Lai Cách, huyện Cẩm Giàng, tỉnh Hải Dương",
        "10543",
        20.948,
        106.254,
        46.31,
        32.06,
        140,
        "",
        62.96,
    ),
]
for code, vi, en, legacy, commune, lat, lon, est, ind, infra, investor, occ in hd_ccn:
    zones.append(
        zone(
            f"HP-CCN-{code}",
            f"CCN {vi}",
            f"{en} Industrial Cluster",
            "ccn",
            "operating",
            "31",
            commune,
            legacy,
            lat,
            lon,
            SCT_HD,
            f"Real (as listed on 10/10/2018): established area {est} ha, industrial land {ind} ha, infrastructure "
            f"capital {infra} bn VND, occupancy {occ}%, investor "
            + (f"'{investor}'" if investor else "'chưa có' (none yet)")
            + ". leased_land_ha is derived: industrial land × the reported occupancy. Status 'operating' follows the "
            "reported occupancy. Unknown (null): planned area, clean land, decision, prices. Figures may have changed "
            "since 2018. "
            + VAU.replace("vietnamadminunits.convert_address", "lienket.core.geo's old→new ward map")
            + ".",
            established_area_ha=est,
            industrial_land_ha=ind,
            leased_land_ha=round(ind * occ / 100, 2),
            infrastructure_investor=investor,
            description_vi=f"Cụm công nghiệp của tỉnh Hải Dương cũ (nay thuộc thành phố Hải Phòng); ngành thu hút: chế biến "
            f"nông sản thực phẩm, công nghiệp phụ trợ, dự án dùng nhiều lao động, ít ô nhiễm. Vốn hạ tầng {infra} tỷ đồng.",
            description_en=f"Cluster of former Hai Duong province (now Hai Phong); targets food processing, supporting "
            f"industry, labour-intensive low-pollution projects. Infrastructure capital {infra} bn VND.",
        )
    )

enterprises = [
    dict(
        key="REAL-BG-LGG",
        tax_code=None,
        name_vi="Tổng Công ty May Bắc Giang LGG",
        name_en="Bac Giang LGG Garment Corporation",
        name_other="",
        legal_form="other",
        ownership="domestic",
        investor_countries=[],
        is_supplier=False,
        is_buyer=True,
        is_cnht=False,
        zone_code="BN-CCN-NGHIAHOA",
        address_raw="CCN Nghĩa Hòa, huyện Lạng Giang, tỉnh Bắc Giang",
        province_code="24",
        commune_code="07381",
        sector_codes=["TEX"],
        founded_year=None,
        website="",
        email="",
        phone="",
        contact_person="",
        description_vi="Doanh nghiệp may lớn, hạt nhân của CCN Nghĩa Hòa.",
        description_en="Large garment maker, the anchor of Nghia Hoa cluster.",
        year_figures=[],
        certifications=[],
        is_synthetic=False,
        source=DOM,
        verified_on=None,
        note="Real: the name as reported and its role as anchor tenant. Tax code, legal form, figures unknown (null/empty).",
    )
]

zone_figures = [
    dict(
        zone_code="TN-KCN-THANHBINH",
        year=2024,
        period="H1",
        tenants=8,
        workers=775,
        local_workers=None,
        registered_capital=None,
        implemented_capital=None,
        revenue=350e9,
        exports=float(round(5.5e6 * 24800)),
        budget_contribution=None,
        currency="VND",
        exchange_rate=24800.0,
        is_synthetic=False,
        note="Real: 8 operating projects, 775 workers, revenue > 350 bn VND (lower bound recorded), exports ~5.5 M USD "
        "converted at the record's exchange_rate (24,800 VND/USD, an approximate H1-2024 rate). The report's year is not "
        "in our notes: 2024 is assumed as the most plausible (the latest half-year reported by Bắc Kạn before the July "
        "2025 merger); check the source before citing the year.",
        source=DOM,
    )
]

VP = "vuongphat.com.vn, 'Danh sách Khu, Cụm công nghiệp tại Hải Dương đang hoạt động và thành lập mới' (figures to February 2021, citing the provincial KCN management board)"
province_facts = [
    dict(
        province_code="31",
        legacy_province="Hải Dương",
        indicator_code="kcn_approved",
        value=18,
        unit="parks",
        year=2021,
        source=VP,
        note="approved by the Prime Minister, 3,517 ha, to February 2021",
    ),
    dict(
        province_code="31",
        legacy_province="Hải Dương",
        indicator_code="kcn_approved_area_ha",
        value=3517,
        unit="ha",
        year=2021,
        source=VP,
        note="to February 2021",
    ),
    dict(
        province_code="31",
        legacy_province="Hải Dương",
        indicator_code="kcn_operating",
        value=11,
        unit="parks",
        year=2021,
        source=VP,
        note="11 of 14 established parks had finished infrastructure and operated; 3 were building",
    ),
    dict(
        province_code="31",
        legacy_province="Hải Dương",
        indicator_code="kcn_operating_area_ha",
        value=1732,
        unit="ha",
        year=2021,
        source=VP,
        note="",
    ),
    dict(
        province_code="31",
        legacy_province="Hải Dương",
        indicator_code="kcn_avg_occupancy",
        value=82,
        unit="%",
        year=2021,
        source=VP,
        note="of the industrial land handed over",
    ),
    dict(
        province_code="31",
        legacy_province="Hải Dương",
        indicator_code="ccn_hd_city_occupancy",
        value=90.51,
        unit="%",
        year=2018,
        source=SCT_HD,
        note="4 CCN of Hải Dương city: 162.32 ha, 133.02 ha industrial land",
    ),
    dict(
        province_code="31",
        legacy_province="Hải Dương",
        indicator_code="kcn_count",
        value=14,
        unit="parks",
        year=None,
        source=DOM,
        note="about; 12 are named in zones",
    ),
    dict(
        province_code="31",
        legacy_province="Hải Dương",
        indicator_code="kcn_area_ha",
        value=2567,
        unit="ha",
        year=None,
        source=DOM,
        note="approximately",
    ),
    dict(
        province_code="31",
        legacy_province="Hải Dương",
        indicator_code="kcn_fdi_projects",
        value=492,
        unit="projects",
        year=None,
        source=DOM,
        note="from 26 countries; high-tech, electronics, automotive, garment, mechanical",
    ),
    dict(
        province_code="31",
        legacy_province="Hải Dương",
        indicator_code="kcn_fdi_countries",
        value=26,
        unit="countries",
        year=None,
        source=DOM,
        note="",
    ),
    dict(
        province_code="31",
        legacy_province="Hải Dương",
        indicator_code="ccn_count",
        value=53,
        unit="clusters",
        year=None,
        source=DOM,
        note="",
    ),
    dict(
        province_code="31",
        legacy_province="Hải Dương",
        indicator_code="ccn_natural_area_ha",
        value=2685,
        unit="ha",
        year=None,
        source=DOM,
        note="approximately",
    ),
    dict(
        province_code="31",
        legacy_province="Hải Dương",
        indicator_code="ccn_industrial_land_ha",
        value=1860.24,
        unit="ha",
        year=None,
        source=DOM,
        note="approximately",
    ),
    dict(
        province_code="31",
        legacy_province="Hải Dương",
        indicator_code="ccn_enterprises",
        value=300,
        unit="enterprises",
        year=None,
        source=DOM,
        note="more than 300 (lower bound)",
    ),
    dict(
        province_code="24",
        legacy_province="Bắc Giang",
        indicator_code="ccn_established",
        value=45,
        unit="clusters",
        year=None,
        source=DOM,
        note="",
    ),
    dict(
        province_code="24",
        legacy_province="Bắc Giang",
        indicator_code="ccn_planned_additional_by_2030",
        value=20,
        unit="clusters",
        year=2030,
        source=DOM,
        note="about 20 more by 2030",
    ),
]

cluster_plans = [
    dict(
        name="Quy hoạch cụm công nghiệp tỉnh Bắc Kạn thời kỳ 2021–2030, tầm nhìn 2050",
        province_code="19",
        legacy_province="Bắc Kạn",
        clusters=27,
        area_ha=903.4,
        phases=[
            dict(name="Đến năm 2030", area_ha=676.4, start_year=2021, end_year=2030, note=""),
            dict(name="Sau năm 2030", area_ha=227.0, start_year=2031, end_year=None, note=""),
        ],
        approved_1_500=[z["code"] for z in zones if z["code"].startswith("TN-CCN-")],
        priorities=["agro-forestry processing", "medicinal herbs", "CNHT"],
        source=DOM,
    )
]


def t(code, year, value, unit, note=""):
    return dict(indicator_code=code, year=year, value=value, unit=unit, note=note)


programmes = [
    dict(
        name="Nghị quyết 115/NQ-CP về các giải pháp thúc đẩy phát triển công nghiệp hỗ trợ",
        legal_basis="Resolution 115/NQ-CP (2020)",
        period="2020–2030",
        province_code=None,
        source=DOM,
        targets=[
            t("cnht_share_of_domestic_demand", 2025, 45, "%"),
            t("cnht_share_of_industrial_output", 2025, 11, "%", "about"),
            t("firms_supplying_assemblers", 2025, 1000, "firms", "about; ~30% of them domestic"),
            t("cnht_share_of_domestic_demand", 2030, 70, "%"),
            t("cnht_share_of_industrial_output", 2030, 14, "%", "about"),
            t("firms_supplying_assemblers", 2030, 2000, "firms", "about"),
        ],
    ),
    dict(
        name="Chương trình phát triển công nghiệp hỗ trợ 2016–2025",
        legal_basis="Decision 68/QĐ-TTg (2017)",
        period="2016–2025",
        province_code=None,
        source=DOM,
        targets=[
            t("components_share_of_domestic_demand", 2025, 55, "%"),
            t("textile_domestic_supply", 2020, 65, "%"),
            t("footwear_domestic_supply", 2020, 75, "%", "75–80%"),
        ],
    ),
    dict(
        name="Chương trình phát triển công nghiệp hỗ trợ tỉnh Quảng Ninh 2019–2025",
        legal_basis=None,
        period="2019–2025",
        province_code="22",
        source=DOM,
        note="legal act number not recorded in our notes; focus garment and mechanical engineering",
        targets=[
            t("cnht_share_of_industrial_demand", 2020, 30, "%"),
            t("cnht_share_of_industrial_demand", 2025, 50, "%"),
        ],
    ),
    dict(
        name="Chương trình phát triển công nghiệp hỗ trợ tỉnh Bắc Ninh 2021–2025",
        legal_basis="Decision 295/QĐ-UBND",
        period="2021–2025",
        province_code="24",
        source=DOM,
        targets=[
            t("cnht_firms_in_global_chains", 2025, 800, "firms", "about"),
            t("cnht_share_of_manufacturing_output", 2025, 15, "%", "about"),
            t("cnht_iip_growth", 2025, 8, "%/year", "8–9% a year; lower bound recorded"),
            t(
                "firms_consulted_to_become_fdi_suppliers",
                2025,
                5,
                "firms/year",
                "5–10 firms a year; lower bound recorded",
            ),
        ],
    ),
    dict(
        name="Đề án phát triển công nghiệp công nghệ cao và công nghiệp hỗ trợ tỉnh Hải Dương 2021–2025, định hướng 2030",
        legal_basis="Decision 3164/QĐ-UBND (2021-10-29)",
        period="2021–2030",
        province_code="31",
        source=DOM,
        note="10 groups of solutions; machinery grants, Kaizen training, ISO 31000:2018 training; no numeric targets in our notes",
        targets=[],
    ),
]

D32 = "Nghị định 32/2024/NĐ-CP về quản lý, phát triển cụm công nghiệp (Decree 32/2024/NĐ-CP) and Thông tư 14/2024/TT-BCT"


def th(code, vi, en, comparator, value, unit, applies_to):
    return dict(
        code=code,
        description_vi=vi,
        description_en=en,
        comparator=comparator,
        value=value,
        unit=unit,
        applies_to=applies_to,
        legal_source=D32,
    )


thresholds = [
    th(
        "ccn_new_min_avg_occupancy",
        "Thành lập CCN mới: tỷ lệ lấp đầy bình quân các CCN hiện có trên địa bàn",
        "New cluster: average occupancy of the area's existing clusters",
        ">",
        50,
        "%",
        "ccn_new",
    ),
    th(
        "ccn_new_max_unleased_ha",
        "Thành lập CCN mới (điều kiện thay thế): tổng diện tích đất công nghiệp chưa cho thuê",
        "New cluster (alternative): unleased industrial land of existing clusters",
        "<=",
        100,
        "ha",
        "ccn_new",
    ),
    th(
        "ccn_expansion_max_area_ha",
        "Mở rộng CCN: diện tích sau mở rộng",
        "Cluster expansion: area after expansion",
        "<=",
        75,
        "ha",
        "ccn_expansion",
    ),
    th(
        "ccn_expansion_min_occupancy",
        "Mở rộng CCN: tỷ lệ lấp đầy",
        "Cluster expansion: occupancy",
        ">=",
        60,
        "%",
        "ccn_expansion",
    ),
    th("ccn_min_area_ha", "Quy mô CCN tối thiểu", "Minimum cluster size", ">=", 10, "ha", "ccn"),
    th("ccn_max_area_ha", "Quy mô CCN tối đa", "Maximum cluster size", "<=", 75, "ha", "ccn"),
    th(
        "ccn_min_area_mountain_ha",
        "Quy mô CCN tối thiểu ở miền núi / làng nghề",
        "Minimum cluster size, mountain areas and craft villages",
        ">=",
        5,
        "ha",
        "ccn_mountain",
    ),
    th(
        "ccn_max_area_mountain_ha",
        "Quy mô CCN tối đa ở miền núi / làng nghề",
        "Maximum cluster size, mountain areas and craft villages",
        "<=",
        75,
        "ha",
        "ccn_mountain",
    ),
    th(
        "ccn_state_infra_share_max",
        "Ngân sách nhà nước hỗ trợ hạ tầng CCN tối đa",
        "Maximum State share of cluster infrastructure",
        "<=",
        30,
        "%",
        "ccn_infrastructure",
    ),
]

out = dict(
    _about="Real seed data for the lienket demo. Every record has is_synthetic=false and a source; a 'note' says "
    "which fields are real and which are unknown. Unknown numbers are null, never invented. Province codes are the "
    "2025 codes (24 Bắc Ninh, 19 Thái Nguyên, 31 Hải Phòng, 22 Quảng Ninh); commune codes are 2025 commune codes.",
    zones=zones,
    enterprises=enterprises,
    offerings=[],
    demands=[],
    projects=[],
    links=[],
    zone_figures=zone_figures,
    province_facts=province_facts,
    cluster_plans=cluster_plans,
    programmes=programmes,
    thresholds=thresholds,
)
with open(Path(__file__).with_name("seeds.json"), "w", encoding="utf-8") as f:
    json.dump(out, f, ensure_ascii=False, indent=1)
    f.write("\n")
print(f"wrote seeds.json: {len(zones)} zones")
