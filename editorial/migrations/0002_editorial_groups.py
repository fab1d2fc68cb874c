"""Create the Editors and Publishers groups, so a fresh install has them.

Their permissions are set by editorial.roles.roles_sync(), which runs after
every migrate (post_migrate): the permissions of content apps only exist
once those apps are migrated, and apps added later must be covered too.
"""

from django.db import migrations

GROUPS = ["Editors", "Publishers"]


def create_groups(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    for name in GROUPS:
        Group.objects.using(schema_editor.connection.alias).get_or_create(name=name)


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("editorial", "0001_initial"),
    ]

    # Reversing leaves the groups: they may hold accounts by then.
    operations = [migrations.RunPython(create_groups, migrations.RunPython.noop)]
