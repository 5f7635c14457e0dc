"""``lienket dedupe``: runs resolution on the configured database; --dry-run writes nothing."""

from __future__ import annotations

import argparse

import pytest

from lienket.commands import dedupe
from lienket.web.registry.models import Enterprise
from lienket.web.resolution.models import MatchCandidate, Merge

pytestmark = pytest.mark.django_db(transaction=False)


def _twin():
    a = Enterprise.objects.exclude(address_raw="").exclude(phone="").order_by("pk").first()
    return Enterprise.objects.create(
        name_vi=a.name_vi.upper(), address_raw=a.address_raw, phone=a.phone, province=a.province
    )


def _args(*argv):
    parser = argparse.ArgumentParser()
    dedupe.add_arguments(parser)
    return parser.parse_args(list(argv))


def test_dry_run_counts_and_writes_nothing(capsys):
    twin = _twin()
    assert dedupe.run(_args("--dry-run")) == 0
    out = capsys.readouterr().out
    assert "would merge" in out
    assert int(out.split("would merge ")[1].split()[0]) >= 1
    assert not Merge.objects.exists() and not MatchCandidate.objects.exists()
    assert Enterprise.objects.filter(pk=twin.pk).exists()


def test_run_merges_the_twin(capsys):
    twin = _twin()
    assert dedupe.run(_args()) == 0
    assert "merged" in capsys.readouterr().out
    assert Merge.objects.filter(merged=twin).exists() or Merge.objects.filter(canonical=twin).exists()
