import datetime
import importlib
import time
from dataclasses import dataclass, field

import pytest
from allauth.account.internal.flows.login import (
    _AUTHENTICATION_METHODS_USER_SESSION_KEY,
    AUTHENTICATION_METHODS_SESSION_KEY,
)
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.cache import caches
from django.test import Client
from django.utils import timezone, translation
from wagtail.models import Collection, Locale, Page, Site

from masthead.baking.carry import forget_carried_fragments
from masthead.baking.helper import stop_render_helper
from masthead.editorial.models import ReviewTask
from masthead.newsroom.models import NewsroomSettings
from masthead.staff.second_factor import SECOND_FACTOR_METHOD
from tests import factories


@dataclass
class Newsroom:
    home: object
    news: object
    politics: object
    culture: object
    topics: object
    authors: object
    archive: object
    terms: object
    privacy: object
    photo: object
    reporters: list = field(default_factory=list)
    topic: object = None

    def publish_article(
        self,
        *,
        section=None,
        authors=None,
        agency="",
        topics=(),
        when=None,
        lead_photo="default",
        **fields,
    ):
        """Create an article under the archive and publish it, as an editor would."""
        article = factories.ArticlePageFactory.build(
            primary_section=section or self.politics,
            lead_photo=self.photo if lead_photo == "default" else lead_photo,
            **fields,
        )
        self.archive.add_child(instance=article)
        for author in authors if authors is not None else self.reporters[:1]:
            article.bylines.create(author=author)
        if agency:
            article.bylines.create(agency=agency)
        article.topics.set(topics)
        article.save_revision().publish()
        if when is not None:
            type(article).objects.filter(pk=article.pk).update(
                first_published_at=when,
                last_published_at=when,
                permalink_date=timezone.localdate(when),
            )
        # A fresh instance: the in-memory cluster still holds the unsaved byline objects.
        return type(article).objects.get(pk=article.pk)


@pytest.fixture(autouse=True)
def force_login_includes_the_second_factor(monkeypatch):
    """`client.force_login(user)` stands for a complete staff sign-in, second factor included.

    The admin refuses sessions that did not prove one (masthead.staff.middleware); the tests
    of signing in itself go through the real forms instead.
    """
    original = Client.force_login

    def force_login(client, user, backend=None):
        original(client, user, backend)
        session = client.session
        now = time.time()
        session[AUTHENTICATION_METHODS_SESSION_KEY] = [
            {"method": "password", "at": now},
            {"method": SECOND_FACTOR_METHOD, "type": "totp", "at": now},
        ]
        session[_AUTHENTICATION_METHODS_USER_SESSION_KEY] = str(user.pk)
        session.save()

    monkeypatch.setattr(Client, "force_login", force_login)


@pytest.fixture(autouse=True)
def separate_files_per_test(settings, tmp_path):
    """Media and cached PDFs of one test never leak into the next (ids repeat after rollback)."""
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.MASTHEAD_PDF_CACHE_DIR = tmp_path / "pdf-cache"
    # Wagtail caches renditions by image id, and ids repeat once a test's rows are rolled back;
    # so does a rebake's carry of teasers.
    for cache in caches.all():
        cache.clear()
    forget_carried_fragments()
    # Forked with this test's settings and carried fragments, the helper must not serve the next.
    stop_render_helper()


@pytest.fixture(autouse=True)
def each_test_starts_in_the_default_language():
    """A request leaves its language active in the thread (a Russian page leaves Russian), and
    the next test of the same process would otherwise read its strings in that language."""
    translation.deactivate()
    yield
    translation.deactivate()


@pytest.fixture
def chief_client(client):
    """A client signed in as a superuser: the editor in chief, who may change everything."""
    user = get_user_model().objects.create_superuser("chief", "chief@example.org", "pw")
    client.force_login(user)
    return client


@pytest.fixture
def newsroom(db, settings) -> Newsroom:
    """A small published site: home, News > Politics, Culture, topics, authors, legal pages."""
    # Transactional tests flush the tables that migrations filled; rebuild what Wagtail needs.
    for language_code, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
        Locale.objects.get_or_create(language_code=language_code)
    root = Page.get_first_root_node() or Page.add_root(
        title="Root", slug="root", locale=Locale.get_default()
    )
    Collection.get_first_root_node() or Collection.add_root(name="Root")
    home = factories.HomePageFactory(parent=root, slug="home-test")
    site = Site.objects.filter(is_default_site=True).first()
    old_root = site.root_page if site else None
    site, _ = Site.objects.update_or_create(
        is_default_site=True,
        defaults={"hostname": "testserver", "port": 80, "root_page": home, "site_name": "Test"},
    )
    if old_root is not None:
        old_root.delete()
    news = factories.SectionPageFactory(parent=home, title="News", slug="news")
    politics = factories.SectionPageFactory(parent=news, title="Politics", slug="politics")
    culture = factories.SectionPageFactory(parent=home, title="Culture", slug="culture")
    topics = factories.TopicIndexPageFactory(parent=home)
    topic = factories.TopicPageFactory(parent=topics, title="Elections", slug="elections")
    authors = factories.AuthorIndexPageFactory(parent=home)
    reporters = [
        factories.AuthorPageFactory(parent=authors, title="Anna Keller", slug="anna-keller"),
        factories.AuthorPageFactory(parent=authors, title="Pavel Orlov", slug="pavel-orlov"),
    ]
    archive = factories.ArticleIndexPageFactory(parent=home)
    terms = factories.InfoPageFactory(parent=home)
    privacy = factories.InfoPageFactory(parent=home, title="Privacy policy", slug="privacy")
    NewsroomSettings.objects.update_or_create(
        site=site,
        defaults={
            "publication_name": "The Aldmark Courier",
            "editor_in_chief": "Marta Lind",
            "terms_page": terms,
            "privacy_page": privacy,
        },
    )
    return Newsroom(
        home=home,
        news=news,
        politics=politics,
        culture=culture,
        topics=topics,
        topic=topic,
        authors=authors,
        archive=archive,
        terms=terms,
        privacy=privacy,
        photo=factories.PhotoFactory(),
        reporters=reporters,
    )


@pytest.fixture
def roles(newsroom):
    """The desk's roles and review workflows, as the migration makes them.

    Transactional tests (the browser's) empty the tables the migrations filled: this fills them
    again with the migration's own code.
    """
    from django.apps import apps

    roles_migration = importlib.import_module("masthead.editorial.migrations.0002_roles_and_review")
    if not Group.objects.filter(name="Editors in chief").exists():
        roles_migration.create_roles(apps, None)
        translators = importlib.import_module("masthead.editions.migrations.0001_translators")
        translators.grant_translation(apps, None)
    if not ReviewTask.objects.exists():
        roles_migration.create_review(apps, None)


@pytest.fixture
def a_june_evening():
    """19 June 2026, 23:30 in Tokyo (the test time zone): still 19 June there, 14:30 UTC."""
    return datetime.datetime(2026, 6, 19, 14, 30, tzinfo=datetime.UTC)


@pytest.fixture
def site_root(settings, tmp_path):
    settings.MASTHEAD_SITE_DIR = tmp_path / "site"
    # Real PDFs are tested in tests/printing; here they would only make every bake slow.
    settings.MASTHEAD_PDF_RENDERER = {
        "default": {"BACKEND": "masthead.printing.backends.RecordingRenderer"}
    }
    return settings.MASTHEAD_SITE_DIR
