"""POST data for the article editor, as the admin's own form sends it."""

from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield


def article_data(section, *, action=None, loaded_from=None, **overrides):
    """The article form: `action` is "publish", "submit" or None (save a draft).

    `loaded_from` is the article as the editor opened it: the form carries which version that
    was, as Wagtail's editor does.
    """
    data = {
        "headline": "Regional council votes to close the last independent printing house",
        "standfirst": "The decision leaves the region's papers without a local press.",
        "slug": "council-closes-printing-house",
        "bylines": inline_formset([]),
        "primary_section": section.pk,
        "topics": [],
        "lead_photo": "",
        "body": streamfield([]),
        "updated_at": "",
        "notes": inline_formset([]),
    }
    if action:
        data[f"action-{action}"] = action
    if loaded_from is not None:
        data["loaded_revision_id"] = str(loaded_from.latest_revision_id)
        data["loaded_revision_created_at"] = loaded_from.latest_revision.created_at.isoformat()
    data.update(overrides)
    return nested_form_data(data)


def add_url(archive):
    return reverse("wagtailadmin_pages:add", args=("articles", "articlepage", archive.pk))


def edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=(page.pk,))
