"""
PostgreSQL's side of the index: unaccent and trigram extensions, a text search
configuration per language that removes accents before stemming, and the GIN
indexes behind full-text matching and the similarity of words. Nothing happens on SQLite.
"""

from django.contrib.postgres.operations import TrigramExtension, UnaccentExtension
from django.db import migrations

# (configuration, copied from) — the language's stemmer, after unaccent, so
# "évacuation" and "evacuation" give the same lexeme.
CONFIGS = [
    ("micic_english", "english", "english_stem"),
    ("micic_french", "french", "french_stem"),
    ("micic_simple", "simple", "simple"),
]

FORWARDS = [
    *(
        f"""
        CREATE TEXT SEARCH CONFIGURATION {name} (COPY = pg_catalog.{source});
        ALTER TEXT SEARCH CONFIGURATION {name}
            ALTER MAPPING FOR hword, hword_part, word WITH unaccent, {dictionary};
        """
        for name, source, dictionary in CONFIGS
    ),
    "CREATE INDEX search_entry_vector ON search_searchentry USING gin (search_vector);",
    "CREATE INDEX search_word_trgm ON search_searchword USING gin (word gin_trgm_ops);",
]

BACKWARDS = [
    "DROP INDEX IF EXISTS search_word_trgm;",
    "DROP INDEX IF EXISTS search_entry_vector;",
    *(f"DROP TEXT SEARCH CONFIGURATION IF EXISTS {name};" for name, _s, _d in CONFIGS),
]


def _run(statements):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor != "postgresql":
            return
        for statement in statements:
            schema_editor.execute(statement)

    return run


class Migration(migrations.Migration):
    dependencies = [("search", "0001_initial")]

    operations = [
        UnaccentExtension(),
        TrigramExtension(),
        migrations.RunPython(_run(FORWARDS), _run(BACKWARDS)),
    ]
