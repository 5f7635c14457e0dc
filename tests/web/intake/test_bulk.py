"""The fast write path of big imports: plain inserts keep ids, search text, audit, provenance and rules."""

from __future__ import annotations

import csv

import pytest
from django.db import IntegrityError, transaction

from lienket.web.audit.models import AuditEntry
from lienket.web.intake import services
from lienket.web.intake.models import FieldProvenance, ImportRow
from lienket.web.registry.models import Enterprise, Offering, Product, Sector


def _csv(path, head, rows):
    with open(path, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(head)
        w.writerows(rows)
    return str(path)


HEAD = ["Mã số thuế", "Tên doanh nghiệp", "Tỉnh", "Điện thoại", "Sở hữu", "Quốc gia nhà đầu tư", "Ngành"]


def _rows(n, start=0):
    return [
        [
            f"{8100000000 + start + i:010d}",
            f"Công ty TNHH Thử Nghiệm Số {start + i} (synthetic)",
            "Bắc Giang",
            f"0912 345 {start + i:03d}",
            "FDI" if i % 2 else "trong nước",
            "Hàn Quốc" if i % 2 else "",
            "Dệt may; Cơ khí",
        ]
        for i in range(n)
    ]


@pytest.mark.django_db
def test_new_records_get_fresh_ids_search_text_sectors_audit_and_provenance(tmp_path, officer):
    path = _csv(tmp_path / "dn.csv", HEAD, _rows(30))
    out = services.import_file(path, "enterprises", user=officer)
    assert out.counts["new"] + out.counts["review"] == 30 and out.counts["error"] == 0
    ents = list(Enterprise.objects.filter(tax_code__startswith="81000000").order_by("tax_code"))
    assert len(ents) == 30 and len({e.pk for e in ents}) == 30
    for e in ents:
        assert e.search_text == e.build_search_text()
        assert e.created_at is not None and e.row_version == 1
        assert set(e.sectors.values_list("code", flat=True)) == {"TEX", "MEC"}
    lines = AuditEntry.objects.filter(batch=str(out.batch.pk))
    assert lines.count() == 30 and {a.action for a in lines} == {"create"}
    first = lines.get(object_id=str(ents[1].pk))
    assert first.changes["investor_countries"] == [None, ["KR"]] and first.actor == officer
    assert first.changes["sectors"][1] == sorted(
        Sector.objects.filter(code__in=["TEX", "MEC"]).values_list("id", flat=True)
    )
    prov = FieldProvenance.objects.filter(batch=out.batch, object_id=str(ents[0].pk))
    assert {p.field for p in prov} >= {"tax_code", "name_vi", "province", "phone", "ownership", "sectors"}
    assert {p.row_number for p in prov} == {2} and {p.user_id for p in prov} == {officer.pk}
    rows = ImportRow.objects.filter(batch=out.batch).order_by("row_number")
    assert (
        rows.count() == 30
        and rows[0].object_id == str(ents[0].pk)
        and rows[0].values["tax_code"] == "8100000000"
    )
    # The database's own counter moved past the ids the import chose: a normal save still works.
    later = Enterprise.objects.create(name_vi="Công ty sau nhập (synthetic)", tax_code="8199999999")
    assert later.pk > max(e.pk for e in ents)


@pytest.mark.django_db
def test_the_unique_tax_code_constraint_still_holds_in_the_database(tmp_path):
    services.import_file(_csv(tmp_path / "a.csv", HEAD, _rows(3)), "enterprises")
    e = Enterprise.objects.get(tax_code="8100000001")
    with pytest.raises(IntegrityError), transaction.atomic():
        Enterprise.objects.create(name_vi="Bản sao (synthetic)", tax_code=e.tax_code)


@pytest.mark.django_db
def test_updates_write_only_changed_columns_bump_the_version_and_refresh_search_text(tmp_path, officer):
    services.import_file(_csv(tmp_path / "a.csv", HEAD, _rows(5)), "enterprises", user=officer)
    rows = _rows(5)
    rows[2][1] = "Công ty TNHH Đổi Tên (synthetic)"
    rows[3][3] = "0987 000 111"
    out = services.import_file(_csv(tmp_path / "b.csv", HEAD, rows), "enterprises", user=officer)
    assert (out.counts["updated"], out.counts["unchanged"]) == (2, 3)
    renamed = Enterprise.objects.get(tax_code="8100000002")
    assert renamed.name_vi.startswith("Công ty TNHH Đổi Tên") and renamed.row_version == 2
    assert "doi ten" in renamed.search_text and renamed.search_text == renamed.build_search_text()
    phoned = Enterprise.objects.get(tax_code="8100000003")
    assert phoned.phone == "+84987000111" and phoned.name_vi.endswith("Số 3 (synthetic)")
    assert Enterprise.objects.get(tax_code="8100000004").row_version == 1
    changes = {a.object_id: set(a.changes) for a in AuditEntry.objects.filter(batch=str(out.batch.pk))}
    assert changes == {str(renamed.pk): {"name_vi"}, str(phoned.pk): {"phone"}}
    assert FieldProvenance.objects.filter(batch=out.batch).count() == 2


@pytest.mark.django_db
def test_a_value_the_model_refuses_is_a_row_error_naming_the_column(tmp_path):
    rows = _rows(2)
    rows[1][5] = ""  # FDI without the investor's country: the model's clean() refuses it
    out = services.import_file(_csv(tmp_path / "a.csv", HEAD, rows), "enterprises")
    assert [r.status for r in out.plan.rows][1] == "error"
    (err,) = out.plan.rows[1].errors
    assert err.field == "investor_countries" and err.column == "6"
    assert not Enterprise.objects.filter(tax_code="8100000001").exists()


@pytest.mark.django_db
def test_planning_a_child_file_costs_a_fixed_number_of_queries(
    tmp_path, supplier, django_assert_max_num_queries
):
    products = list(Product.objects.filter(version__is_current=True).order_by("code")[:40])
    other = Enterprise.objects.exclude(tax_code=None).exclude(pk=supplier.pk).order_by("pk").first()
    head = ["MST doanh nghiệp", "Mã sản phẩm", "Năng lực / năm"]
    lines = [[e.tax_code, p.code, 100 + i] for i, p in enumerate(products) for e in (supplier, other)]
    path = _csv(tmp_path / "sp.csv", head, lines)
    first = services.import_file(path, "offerings")
    assert first.counts["error"] == 0 and first.counts["new"] + first.counts["updated"] > 0
    parsed = services.read_file(path, "offerings", limits=services.limits())
    with django_assert_max_num_queries(12):
        again = services.plan(parsed)
    assert again.counts()["unchanged"] == len(lines)
    o = Offering.objects.get(enterprise=supplier, product=products[3])
    assert float(o.capacity) == 103  # 100 + the product's index


@pytest.mark.django_db
def test_the_status_page_shows_apply_progress_made_inside_the_transaction(client, officer):
    from django.urls import reverse

    from lienket.web.intake.models import ImportBatch

    batch = ImportBatch.objects.create(
        file_name="lon.csv", sha256="0" * 64, kind="enterprises", status=ImportBatch.Status.APPLYING
    )
    services._progress_saver(batch)("apply", 40_000, 100_000)
    batch.refresh_from_db()
    assert batch.progress_done == 0  # the row is not touched while apply's transaction runs
    client.force_login(officer)
    html = client.get(reverse("intake:status", args=[batch.pk])).content.decode()
    assert "40000 / 100000" in html and 'value="40"' in html
