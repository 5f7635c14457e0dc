"""merge / unmerge: children move, the duplicate is soft-deleted with merged_into, and undo restores exactly."""

from __future__ import annotations

from lienket.web.audit.models import AuditEntry
from lienket.web.registry.models import Enterprise
from lienket.web.resolution import services
from lienket.web.resolution.models import SourceValue


def test_merge_moves_children_and_unmerge_restores(db, officer):
    a, b = Enterprise.objects.filter(offerings__isnull=False).distinct().order_by("pk")[:2]
    b_offerings = sorted(b.offerings.values_list("pk", flat=True))
    a_count = a.offerings.count()
    record = services.merge(a, b, officer, "same firm")
    b.refresh_from_db()
    assert b.merged_into == a and not Enterprise.objects.filter(pk=b.pk).exists()
    assert a.offerings.count() == a_count + len(b_offerings)
    assert SourceValue.objects.filter(enterprise=a, merge=record).exists()
    assert AuditEntry.objects.filter(action="merge", batch=record.batch).count() == 2
    services.unmerge(record, officer, "mistake")
    b = Enterprise.objects.get(pk=b.pk)
    assert b.merged_into is None
    assert sorted(b.offerings.values_list("pk", flat=True)) == b_offerings
    assert a.offerings.count() == a_count
    assert AuditEntry.objects.filter(action="unmerge", batch=record.batch).count() == 2
