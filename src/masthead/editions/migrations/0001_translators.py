"""Who may start a translation (Wagtail's simple translation "Translate" action): the reporters,
the section editors and the editor in chief, who write and edit published articles."""

from django.db import migrations

TRANSLATORS = ["Reporters", "Section editors", "Editors in chief"]


def grant_translation(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    content_type, _ = ContentType.objects.get_or_create(
        app_label="simple_translation", model="simpletranslation"
    )
    # Permissions of models created in this very `migrate` are only made after it ends.
    submit, _ = Permission.objects.get_or_create(
        content_type=content_type,
        codename="submit_translation",
        defaults={"name": "Can submit translations"},
    )
    for group in Group.objects.filter(name__in=TRANSLATORS):
        group.permissions.add(submit)


class Migration(migrations.Migration):
    dependencies = [
        ("editorial", "0002_roles_and_review"),
        ("simple_translation", "0001_initial"),
    ]

    operations = [migrations.RunPython(grant_translation, migrations.RunPython.noop)]
