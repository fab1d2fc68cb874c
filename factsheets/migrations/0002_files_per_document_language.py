"""Tool files become one plain FileField per document language.

Until now `file` was a modeltranslation field: the columns file_en and file_fr
held the files, and `file` mirrored the English one. The columns file_en and
file_fr keep their names and contents (NULL, which modeltranslation stored for
"no file", becomes the empty string of a plain FileField); the mirror column
goes; file_es and file_ru are added for settings.MICIC_DOCUMENT_LANGUAGES.
"""

import documents.files
from django.db import migrations, models


def no_file_is_an_empty_string(apps, schema_editor):
    Tool = apps.get_model("factsheets", "Tool")
    for name in ("file_en", "file_fr"):
        Tool.objects.filter(**{f"{name}__isnull": True}).update(**{name: ""})


def document_file(language):
    return models.FileField(
        blank=True,
        help_text="PDF, DOCX, ODT or XLSX.",
        max_length=255,
        upload_to=documents.files.document_upload_to,
        validators=[documents.files.DocumentFileValidator()],
        verbose_name=f"file in {language}",
    )


class Migration(migrations.Migration):
    dependencies = [
        ("factsheets", "0001_initial"),
    ]

    operations = [
        migrations.RemoveField(model_name="tool", name="file"),
        migrations.RunPython(no_file_is_an_empty_string, migrations.RunPython.noop),
        migrations.AlterField(model_name="tool", name="file_en", field=document_file("English")),
        migrations.AlterField(model_name="tool", name="file_fr", field=document_file("French")),
        migrations.AddField(model_name="tool", name="file_es", field=document_file("Spanish")),
        migrations.AddField(model_name="tool", name="file_ru", field=document_file("Russian")),
    ]
