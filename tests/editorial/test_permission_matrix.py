"""The permission matrix: every admin URL × every role × objects inside and outside their sections.

The classification in `admin_url_classes` says who may get a 2xx; everyone else must be turned
away (3xx, 403, 404 or 405), and nobody may get a 500. A URL missing from the classification
fails the test until someone decides who may open it.
"""

import datetime
import time
from dataclasses import dataclass

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.core.files.base import ContentFile
from django.test import Client
from django.utils import timezone
from wagtail.admin.models import EditingSession
from wagtail.contrib.redirects.models import Redirect
from wagtail.documents import get_document_model
from wagtail.models import Collection, Locale, Site, UploadedFile, Workflow

from masthead.articles.models import ArticlePage
from masthead.editorial.models import DeskAssignment, ReviewTask
from masthead.editorial.workflows import desk_workflow_for
from masthead.newsroom.models import NewsroomSettings
from masthead.photos.models import Photo
from tests import factories
from tests.editorial.admin_matrix import admin_patterns, build_url
from tests.editorial.admin_url_classes import (
    ALL_ROLES,
    URL_CLASSES,
    NotExercised,
)

pytestmark = pytest.mark.django_db


def politics_article(newsroom, owner, slug, **fields):
    """A draft in Politics, written by `owner`, with one saved version."""
    article = factories.ArticlePageFactory.build(
        primary_section=newsroom.politics,
        lead_photo=newsroom.photo,
        slug=slug,
        live=False,
        owner=owner,
        **fields,
    )
    newsroom.archive.add_child(instance=article)
    article.save_revision(user=owner)
    return ArticlePage.objects.get(pk=article.pk)


@dataclass
class Matrix:
    users: dict  # role -> user (None for anonymous)
    objects: dict  # object name -> model instance
    values: dict  # argument name -> value, for the arguments that are not the URL's subject


@pytest.fixture
def matrix(newsroom, desk) -> Matrix:
    nobody = get_user_model().objects.create_user("no-group", "no-group@example.org", "x" * 20)
    users = {
        "anonymous": None,
        "no_group": nobody,
        "contributor": desk.contributor,
        "reporter": desk.reporter,
        "section_editor": desk.politics_editor,
        "photo_editor": desk.photo_editor,
        "chief": desk.chief,
        "administrator": desk.administrator,
    }
    draft_in = politics_article(newsroom, desk.contributor, "contributors-draft")
    in_review = politics_article(newsroom, desk.contributor, "under-review")
    desk_workflow_for(in_review).start(in_review, desk.contributor)
    in_review = ArticlePage.objects.get(pk=in_review.pk)
    scheduled = factories.ArticlePageFactory.build(
        primary_section=newsroom.politics,
        lead_photo=newsroom.photo,
        slug="scheduled-story",
        live=False,
        owner=desk.contributor,
        go_live_at=timezone.now() + datetime.timedelta(days=2),
    )
    newsroom.archive.add_child(instance=scheduled)
    # The contributor wrote it; the section editor approved it to go live in two days.
    scheduled.save_revision(user=desk.contributor).publish(user=desk.politics_editor)
    scheduled = ArticlePage.objects.get(pk=scheduled.pk)
    assert not scheduled.live and scheduled.scheduled_revision is not None

    collection = Collection.get_first_root_node().add_child(name="Desk photos")
    photo_type = ContentType.objects.get_for_model(Photo)
    objects = {
        # Pages: the first three are articles inside the desk's sections (Politics), the
        # fourth is outside them (Culture); the chief's scope is every section.
        "draft_in": draft_in,
        "live_in": newsroom.publish_article(section=newsroom.politics, slug="politics-live"),
        "in_review": in_review,
        "scheduled": scheduled,
        "live_out": newsroom.publish_article(section=newsroom.culture, slug="culture-live"),
        # The site's structure.
        "section": newsroom.politics,
        "archive": newsroom.archive,
        "home": newsroom.home,
        # Media.
        "photo": newsroom.photo,
        "reporter_photo": factories.PhotoFactory(uploaded_by_user=desk.reporter),
        "document": get_document_model().objects.create(
            title="Court ruling", file=ContentFile(b"The ruling.", name="ruling.txt")
        ),
        "upload": UploadedFile.objects.create(
            for_content_type=photo_type,
            file=ContentFile(factories.jpeg_bytes(), name="upload.jpg"),
            uploaded_by_user=desk.reporter,
        ),
        "collection": collection,
        # People and the system.
        "user": desk.contributor,
        "group": Group.objects.get(name="Contributors"),
        "assignment": DeskAssignment.objects.get(user=desk.contributor),
        "workflow": Workflow.objects.get(name="Desk review"),
        "task": ReviewTask.objects.get(stage=ReviewTask.DESK),
        "redirect": Redirect.objects.create(old_path="/old-story", redirect_link="/news/"),
        "site": Site.objects.get(is_default_site=True),
        "locale": Locale.get_default(),
        "settings": NewsroomSettings.objects.get(),
        "editing_session": EditingSession.objects.create(
            user=desk.contributor,
            content_type=ContentType.objects.get_for_model(ArticlePage),
            object_id=str(draft_in.pk),
            last_seen_at=timezone.now(),
        ),
    }
    values = {
        "content_type_app_name": "articles",
        "content_type_model_name": "articlepage",
        "app_label": "articles",
        "model_name": "articlepage",
        "app_name": "articles",
        "action": "delete",
        "action_name": "approve",
        "destination_id": newsroom.archive.pk,
        "revision_id_a": "earliest",
        "revision_id_b": "latest",
        "workflow_pk": objects["workflow"].pk,
        "filter_spec": "fill-80x80",
        "session_id": objects["editing_session"].pk,
        "task_id": in_review.current_workflow_task.pk,
        "task_state_id": in_review.current_workflow_task_state.pk,
        "workflow_state_id": in_review.current_workflow_state.pk,
        # Pages built by factories have no saved version; their URLs name the draft's.
        "revision_id": draft_in.latest_revision_id,
    }
    return Matrix(users=users, objects=objects, values=values)


def arguments_for(pattern, rule, object_name, matrix) -> dict:
    values = {**matrix.values, **rule.args}
    subject = matrix.objects.get(object_name)
    if subject is not None and pattern.subject_arg:
        values[pattern.subject_arg] = str(subject.pk)
        latest = getattr(subject, "latest_revision_id", None)
        scheduled = getattr(subject, "scheduled_revision", None)
        if scheduled is not None:
            values["revision_id"] = scheduled.pk
        elif latest:
            values["revision_id"] = latest
    return values


@dataclass(frozen=True)
class Target:
    key: str
    url: str
    object_name: str | None
    allowed: frozenset
    # A URL that takes no object under a rule about objects (settings with no site named)
    # may redirect to the one it means: a 2xx is allowed there, not required.
    exact: bool = True


def targets(patterns, matrix):
    """Every URL to request and who may have a 2xx from it; and the patterns not exercised."""
    found, skipped = [], []
    for pattern in patterns:
        rule = URL_CLASSES[pattern.key]
        if isinstance(rule, NotExercised):
            skipped.append(pattern)
            continue
        if pattern.subject_arg is None:
            found.append(
                Target(
                    pattern.key,
                    build_url(pattern, arguments_for(pattern, rule, None, matrix)),
                    None,
                    rule.everyone_allowed,
                    exact=not hasattr(rule, "objects"),
                )
            )
            continue
        for object_name, roles in rule.objects.items():
            values = arguments_for(pattern, rule, object_name, matrix)
            found.append(Target(pattern.key, build_url(pattern, values), object_name, roles))
    # Logging out ends the session: last.
    found.sort(key=lambda target: target.key == "wagtailadmin_logout")
    return found, skipped


def test_every_admin_url_is_classified():
    keys = {pattern.key for pattern in admin_patterns()}
    new = sorted(keys - URL_CLASSES.keys())
    stale = sorted(URL_CLASSES.keys() - keys)
    assert not new, (
        "These admin URLs are new and not in the permission matrix; add each to URL_CLASSES "
        "in tests/editorial/admin_url_classes.py, saying which roles may open it:\n  "
        + "\n  ".join(new)
    )
    assert not stale, (
        "These entries of URL_CLASSES in tests/editorial/admin_url_classes.py name admin URLs "
        "that no longer exist; remove them:\n  " + "\n  ".join(stale)
    )


# One test per role, so that the test processes share the matrix between them.
@pytest.mark.parametrize("role", ALL_ROLES)
def test_no_role_gets_a_page_it_should_not(matrix, capsys, role):
    started, cpu_started = time.monotonic(), time.process_time()
    patterns = [p for p in admin_patterns() if p.key in URL_CLASSES]
    to_request, skipped = targets(patterns, matrix)
    unexpected, refused, errors = [], [], []
    requests = 0
    client = Client()
    user = matrix.users[role]
    if user is not None:
        client.force_login(user)
    for target in to_request:
        requests += 1
        try:
            status = client.get(target.url).status_code
        except Exception as error:  # noqa: BLE001 - every failure is collected and reported
            errors.append(f"{target.url} as {role}: {type(error).__name__}: {error}")
            continue
        where = f"{target.url} ({target.key}, {target.object_name or '-'}) as {role}: {status}"
        if 200 <= status < 300:
            if role not in target.allowed:
                unexpected.append(where)
        elif status in (301, 302, 303, 307, 308, 403, 404, 405):
            if role in target.allowed and target.exact:
                refused.append(where)
        else:
            errors.append(where)
    elapsed, cpu = time.monotonic() - started, time.process_time() - cpu_started
    with capsys.disabled():
        print(
            f"\npermission matrix: {len(patterns)} URL patterns ({len(skipped)} not exercised), "
            f"{len(to_request)} URLs with objects, as {role}: {requests} requests "
            f"in {elapsed:.1f} s ({cpu:.1f} s of CPU)"
        )
    problems = []
    if unexpected:
        problems.append(
            "A 2xx for a role that should be turned away:\n  " + "\n  ".join(unexpected)
        )
    if errors:
        problems.append(
            "Neither allowed nor refused (a 5xx, 4xx or error):\n  " + "\n  ".join(errors)
        )
    if refused:
        problems.append(
            "Refused where URL_CLASSES allows a 2xx (narrow the classification, or find out why "
            "the role lost access):\n  " + "\n  ".join(refused)
        )
    assert not problems, "\n\n".join(problems)
