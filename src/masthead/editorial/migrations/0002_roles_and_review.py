"""The desk's roles, review tasks and workflows.

Page permissions are granted on the root of the tree, so they hold whatever pages exist later;
`masthead.editorial.permissions` narrows them to each person's sections. Wagtail's own default
"Editors" and "Moderators" groups (and the "Moderators approval" workflow) are removed while
nobody is in them: they grant publishing everywhere, which the desk's roles replace.
"""

from django.db import migrations

PAGE = ("wagtailcore", "page")
IMAGE = ("wagtailimages", "image")
DOCUMENT = ("wagtaildocs", "document")

# role: (model permissions as "app_label.codename", page permissions on the root, image
# permissions on the root collection, document permissions on the root collection)
ROLES = {
    "Contributors": (
        ["wagtailadmin.access_admin"],
        ["add_page"],
        ["choose_image"],
        ["choose_document"],
    ),
    "Reporters": (
        ["wagtailadmin.access_admin"],
        ["add_page"],
        ["add_image", "choose_image"],
        ["choose_document"],
    ),
    "Section editors": (
        ["wagtailadmin.access_admin", "editorial.review_articles"],
        ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"],
        ["add_image", "choose_image"],
        ["add_document", "choose_document"],
    ),
    "Photo editors": (
        ["wagtailadmin.access_admin"],
        [],
        ["add_image", "change_image", "delete_image", "choose_image"],
        [],
    ),
    "Editors in chief": (
        [
            "wagtailadmin.access_admin",
            "editorial.review_articles",
            "editorial.work_in_all_sections",
            "editorial.mark_sensitive",
            "editorial.add_deskassignment",
            "editorial.change_deskassignment",
            "editorial.delete_deskassignment",
            "editorial.view_deskassignment",
            "newsroom.change_newsroomsettings",
            "baking.rebake_site",
            "wagtailredirects.add_redirect",
            "wagtailredirects.change_redirect",
            "wagtailredirects.delete_redirect",
        ],
        ["add_page", "change_page", "publish_page", "bulk_delete_page", "lock_page", "unlock_page"],
        ["add_image", "change_image", "delete_image", "choose_image"],
        ["add_document", "change_document", "delete_document", "choose_document"],
    ),
    "Administrators": (
        [
            "wagtailadmin.access_admin",
            "auth.add_user",
            "auth.change_user",
            "auth.delete_user",
            "auth.add_group",
            "auth.change_group",
            "auth.delete_group",
            "editorial.add_deskassignment",
            "editorial.change_deskassignment",
            "editorial.delete_deskassignment",
            "editorial.view_deskassignment",
            "baking.rebake_site",
            "wagtailcore.add_site",
            "wagtailcore.change_site",
            "wagtailcore.add_workflow",
            "wagtailcore.change_workflow",
            "wagtailcore.add_task",
            "wagtailcore.change_task",
        ],
        [],
        [],
        [],
    ),
}


def permission(apps, app_label, codename):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    model = {
        ("wagtailadmin", "access_admin"): "admin",
        ("newsroom", "change_newsroomsettings"): "newsroomsettings",
        ("baking", "rebake_site"): "bakerun",
    }.get((app_label, codename)) or codename.split("_", 1)[1]
    if app_label == "editorial" and codename in {
        "work_in_all_sections",
        "mark_sensitive",
        "review_articles",
    }:
        model = "deskassignment"
    content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model)
    # Permissions of models created in this very `migrate` are only made after it ends.
    found, _ = Permission.objects.get_or_create(
        content_type=content_type,
        codename=codename,
        defaults={"name": codename.replace("_", " ").capitalize()},
    )
    return found


def create_roles(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Page = apps.get_model("wagtailcore", "Page")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")

    root_page = Page.objects.filter(depth=1).first()
    root_collection = Collection.objects.filter(depth=1).first()
    for name, (model_perms, page_perms, image_perms, document_perms) in ROLES.items():
        group, _ = Group.objects.get_or_create(name=name)
        for dotted in model_perms:
            group.permissions.add(permission(apps, *dotted.split(".")))
        for codename in page_perms:
            GroupPagePermission.objects.get_or_create(
                group=group, page=root_page, permission=permission(apps, PAGE[0], codename)
            )
        for app_label, codenames in ((IMAGE[0], image_perms), (DOCUMENT[0], document_perms)):
            for codename in codenames:
                GroupCollectionPermission.objects.get_or_create(
                    group=group,
                    collection=root_collection,
                    permission=permission(apps, app_label, codename),
                )

    unused_defaults = Group.objects.filter(name__in=["Editors", "Moderators"], user__isnull=True)
    Workflow = apps.get_model("wagtailcore", "Workflow")
    Workflow.objects.filter(
        name="Moderators approval",
        workflow_tasks__task__groupapprovaltask__groups__in=unused_defaults,
    ).update(active=False)
    apps.get_model("wagtailcore", "WorkflowPage").objects.filter(
        workflow__name="Moderators approval", workflow__active=False
    ).delete()
    unused_defaults.delete()


def create_review(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    ReviewTask = apps.get_model("editorial", "ReviewTask")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")

    task_type, _ = ContentType.objects.get_or_create(app_label="editorial", model="reviewtask")
    desk = ReviewTask.objects.create(
        name="Desk review", stage="desk", active=True, content_type=task_type
    )
    chief = ReviewTask.objects.create(
        name="Chief review", stage="chief", active=True, content_type=task_type
    )
    for name, tasks in (("Desk review", [desk]), ("Desk and chief review", [desk, chief])):
        workflow = Workflow.objects.create(name=name, active=True)
        for order, task in enumerate(tasks):
            WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=order)


class Migration(migrations.Migration):
    dependencies = [
        ("editorial", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtailredirects", "0008_add_verbose_name_plural"),
        ("newsroom", "0002_initial"),
        ("baking", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [
        migrations.RunPython(create_roles, migrations.RunPython.noop),
        migrations.RunPython(create_review, migrations.RunPython.noop),
    ]
