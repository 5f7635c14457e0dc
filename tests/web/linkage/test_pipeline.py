"""Matchmaking pipeline: introductions, stage moves with history and audit, yearly KPIs on a hand-built
pipeline, and who may see or do what."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from lienket.web.audit.services import history
from lienket.web.linkage import selectors, services
from lienket.web.linkage.models import Introduction


def _firm(name, sector=None, **kw):
    from lienket.web.registry.models import Enterprise

    e = Enterprise.objects.create(name_vi=name, **kw)
    if sector is not None:
        e.sectors.add(sector)
    return e


@pytest.fixture
def pipeline(db, officer):
    """2031 (a year no other data uses): 4 introductions in textiles, 1 in electronics, through every stage."""
    from lienket.web.registry.models import Demand, Product, Sector

    tex, ele = Sector.objects.get(code="TEX"), Sector.objects.get(code="ELE")
    zip_product = Product.objects.get(version__is_current=True, code="TEX-ACC-ZIP")
    buyer = _firm("Bên Mua KPI", is_buyer=True, is_supplier=False)
    demand = Demand.objects.create(buyer=buyer, product=zip_product, title="KPI zippers", year=2031)
    s = [_firm(f"Nhà Cung Ứng KPI {i}", tex) for i in range(4)]
    e1 = _firm("Nhà Cung Ứng KPI điện tử", ele)
    d = dt.date
    i0 = services.introduce(officer, supplier=s[0], demand=demand, on=d(2031, 1, 10))
    services.move_stage(officer, i0, "meeting", on=d(2031, 2, 1))
    services.move_stage(officer, i0, "sample", on=d(2031, 3, 1))
    services.move_stage(officer, i0, "contract", on=d(2031, 4, 1), contract_value="1500000000")
    i1 = services.introduce(officer, supplier=s[1], demand=demand, on=d(2031, 1, 11))
    services.move_stage(officer, i1, "meeting", on=d(2031, 2, 2))
    services.move_stage(officer, i1, "contract", on=d(2031, 5, 1), contract_value="20000", currency="USD",
                        exchange_rate="25000")  # fmt: skip
    i2 = services.introduce(officer, supplier=s[2], demand=demand, on=d(2031, 1, 12))
    services.move_stage(officer, i2, "dropped", on=d(2031, 1, 30), reason="Giá cao hơn hàng nhập khẩu")
    services.introduce(officer, supplier=s[3], demand=demand, on=d(2030, 12, 20))  # counts in 2030
    i4 = services.introduce(
        officer, supplier=e1, buyer=buyer, on=d(2031, 6, 1)
    )  # no demand: supplier's sector
    services.move_stage(officer, i4, "meeting", on=d(2032, 1, 5))  # a 2032 meeting
    return {"buyer": buyer, "demand": demand, "intros": [i0, i1, i2, i4], "tex": tex, "ele": ele}


def test_kpi_numbers_on_a_hand_built_pipeline(pipeline):
    k = selectors.kpis(2031)
    assert (k.introductions, k.meetings, k.samples, k.contracts, k.dropped) == (4, 2, 1, 2, 1)
    assert k.contract_value_vnd == Decimal("1500000000") + Decimal("20000") * 25000
    rows = {r["sector_code"]: r for r in k.by_sector}
    assert (
        rows["TEX"]["introductions"] == 3 and rows["TEX"]["meetings"] == 2 and rows["TEX"]["contracts"] == 2
    )
    assert rows["TEX"]["contract_value_vnd"] == Decimal("2000000000")
    assert rows["ELE"]["introductions"] == 1 and rows["ELE"]["meetings"] == 0
    assert selectors.kpis(2030).introductions == 1
    assert selectors.kpis(2032).meetings == 1 and selectors.kpis(2032).introductions == 0


def test_stage_history_and_audit_lines(pipeline, officer):
    i0 = pipeline["intros"][0]
    i0.refresh_from_db()
    assert [(c.from_stage, c.to_stage) for c in i0.changes.all()] == [
        ("", "introduction"),
        ("introduction", "meeting"),
        ("meeting", "sample"),
        ("sample", "contract"),
    ]
    assert i0.meeting_on == dt.date(2031, 2, 1) and i0.contract_value == Decimal("1500000000")
    actions = [a.action for a in history(i0)]
    assert actions.count("update") == 3 and actions.count("create") == 1
    assert all(a.actor_id == officer.pk for a in history(i0))


@pytest.mark.parametrize(
    "stage,kwargs,message",
    [
        ("introduction", {}, "bước sau"),
        ("contract", {}, "giá trị"),
        ("contract", {"contract_value": "10", "currency": "USD"}, "tỷ giá"),
        ("dropped", {}, "lý do"),
        ("meeting", {"on": dt.date(2000, 1, 1)}, "trước ngày"),
    ],
)
def test_bad_stage_moves_are_refused(db, officer, pipeline, stage, kwargs, message):
    intro = services.introduce(officer, supplier=_firm("Ứng Viên Mới"), demand=pipeline["demand"])
    with pytest.raises(services.LinkageError, match=message):
        services.move_stage(officer, intro, stage, **kwargs)


def test_closed_introductions_cannot_move(pipeline, officer):
    with pytest.raises(services.LinkageError, match="kết thúc"):
        services.move_stage(officer, pipeline["intros"][0], "dropped", reason="x")


def test_only_officers_introduce_or_move(pipeline, enterprise_user, buyer_user, supplier):
    for user in (enterprise_user, buyer_user):
        with pytest.raises(services.NotAllowed):
            services.introduce(user, supplier=supplier, demand=pipeline["demand"])
        with pytest.raises(services.NotAllowed):
            services.move_stage(user, pipeline["intros"][3], "sample")


def test_officer_introduces_from_the_demand_page(client, officer, zip_world):
    client.force_login(officer)
    url = f"/ket-noi/nhu-cau/{zip_world['demand'].pk}/gioi-thieu/"
    resp = client.post(url, {"supplier": zip_world["best"].pk, "notes": "Gặp tại hội chợ"})
    intro = Introduction.objects.get(supplier=zip_world["best"], demand=zip_world["demand"])
    assert resp.status_code == 302 and resp.url.endswith(f"/gioi-thieu/{intro.pk}/")
    assert intro.created_by == officer and intro.buyer == zip_world["demand"].buyer
    again = client.post(url, {"supplier": zip_world["best"].pk}, follow=True)
    assert "đã được giới thiệu" in again.content.decode()
    assert Introduction.objects.filter(supplier=zip_world["best"]).count() == 1


def test_officer_moves_a_stage_on_the_page(client, officer, pipeline):
    intro = pipeline["intros"][3]
    client.force_login(officer)
    resp = client.post(
        f"/ket-noi/gioi-thieu/{intro.pk}/",
        {"stage": "contract", "on": "2032-03-01", "contract_value": "750000000", "currency": "VND"},
    )
    assert resp.status_code == 302
    intro.refresh_from_db()
    assert intro.stage == "contract" and intro.contract_on == dt.date(2032, 3, 1)


def test_enterprise_users_see_only_their_own_introductions(
    client, pipeline, enterprise_user, officer, supplier
):
    own = services.introduce(officer, supplier=supplier, buyer=pipeline["buyer"])
    client.force_login(enterprise_user)
    listed = list(client.get("/ket-noi/gioi-thieu/").context["page"].object_list)
    assert [i.pk for i in listed] == [own.pk]
    assert client.get(f"/ket-noi/gioi-thieu/{own.pk}/").status_code == 200
    assert client.get(f"/ket-noi/gioi-thieu/{pipeline['intros'][0].pk}/").status_code == 404
    assert client.post(f"/ket-noi/gioi-thieu/{own.pk}/", {"stage": "meeting"}).status_code == 403


def test_kpi_dashboard_is_for_officers(client, pipeline, officer, enterprise_user):
    client.force_login(enterprise_user)
    assert client.get("/ket-noi/chi-so/").status_code == 403
    client.force_login(officer)
    resp = client.get("/ket-noi/chi-so/", {"year": 2031})
    body = resp.content.decode()
    assert resp.context["k"].contracts == 2
    assert "<svg" in body and 2031 in resp.context["years"]
