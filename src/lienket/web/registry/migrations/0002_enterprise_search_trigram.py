"""PostgreSQL only: a trigram GIN index on Enterprise.search_text, so the directory's and the API's unaccented
``LIKE '%word%'`` searches stop scanning every row (100k firms: 321 ms -> 13 ms per count, bench/load.py).
SQLite keeps its sequential scan (demo sizes)."""

from django.db import migrations

CREATE = [
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    "CREATE INDEX IF NOT EXISTS enterprise_search_trgm ON registry_enterprise USING gin (search_text gin_trgm_ops)",
]
DROP = ["DROP INDEX IF EXISTS enterprise_search_trgm"]


def _run(statements):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor != "postgresql":
            return
        for sql in statements:
            schema_editor.execute(sql)

    return run


class Migration(migrations.Migration):
    dependencies = [("registry", "0001_initial")]

    operations = [migrations.RunPython(_run(CREATE), _run(DROP), elidable=False)]
