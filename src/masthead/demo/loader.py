"""Build the demo newsroom from `content.py`; running it again adds nothing that exists."""

import datetime
import io
from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.core.files.images import ImageFile
from django.db import transaction
from django.db.models.functions import Length
from django.utils import timezone
from wagtail.models import Collection, Locale, Page, Site

from masthead.articles.models import ArticleIndexPage, ArticlePage
from masthead.demo import content
from masthead.demo.artwork import draw_photo
from masthead.newsroom.models import InfoPage, NewsroomSettings
from masthead.people.models import AuthorIndexPage, AuthorPage
from masthead.photos.models import Photo
from masthead.sections.models import HomePage, SectionPage, TopicIndexPage, TopicPage

DEMO_ADMIN_USERNAME = "admin"
DEMO_ADMIN_PASSWORD = "masthead-demo"  # noqa: S105 - printed to the operator; demo only
DEMO_TAG = "demo"


@dataclass
class DemoSummary:
    articles_created: int
    articles_total: int
    photos_total: int
    site_url: str


def child_by_slug(parent: Page, model, slug: str, **fields):
    """Return the live child of `parent` with `slug`, creating and publishing it if missing."""
    existing = model.objects.child_of(parent).filter(slug=slug).first()
    if existing:
        return existing, False
    page = model(slug=slug, **fields)
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page, True


def children_by_slug(parent: Page, model, specs, fields) -> dict:
    """Return {slug: page} for the content specs, creating the pages that are missing."""
    return {
        spec["slug"]: child_by_slug(parent, model, spec["slug"], **fields(spec))[0]
        for spec in specs
    }


def ensure_home_page() -> HomePage:
    """Make a HomePage the root of the default site, replacing Wagtail's welcome page."""
    site = Site.objects.filter(is_default_site=True).first()
    root = Page.get_first_root_node()
    home = HomePage.objects.filter(depth=2, locale=Locale.get_default()).first()
    if home is None:
        home = HomePage(
            title=content.PUBLICATION_NAME, slug="newsroom", locale=Locale.get_default()
        )
        root.add_child(instance=home)
        home.save_revision().publish()
    if site is None:
        site = Site.objects.create(
            hostname="localhost", port=80, root_page=home, is_default_site=True
        )
    if site.root_page_id != home.pk:
        welcome = site.root_page
        site.root_page = home
        site.save()
        if not welcome.specific_class or welcome.specific_class is Page:
            welcome.delete()
    return home


def ensure_photos() -> dict[str, Photo]:
    collection = Collection.get_first_root_node()
    photos = {}
    for spec in content.PHOTOS:
        photo = Photo.objects.filter(title=spec["title"], tags__name=DEMO_TAG).first()
        if photo is None:
            image = ImageFile(io.BytesIO(draw_photo(spec["scene"])), name=f"{spec['key']}.jpg")
            photo = Photo.objects.create(
                title=spec["title"],
                file=image,
                collection=collection,
                description=spec["alt_text"],
                caption=spec["caption"],
                credit_agencies=", ".join(spec["agencies"]),
                credit_photographer=spec["photographer"],
                credit_source=spec["source"],
                licence_note=spec["licence_note"],
            )
            photo.tags.add(DEMO_TAG)
        photos[spec["key"]] = photo
    return photos


def body_stream(blocks, photos) -> list[dict]:
    """Turn the content module's (type, value) pairs into StreamField data."""
    stream = []
    for block_type, value in blocks:
        if block_type == "photo":
            value = {"photo": photos[value["photo"]].pk, "caption": value.get("caption", "")}
        stream.append({"type": block_type, "value": value})
    return stream


def ensure_sections(home) -> dict[str, SectionPage]:
    sections = {}

    def add(parent, specs):
        for spec in specs:
            section, _ = child_by_slug(
                parent, SectionPage, spec["slug"], title=spec["title"], intro=spec["intro"]
            )
            sections[spec["slug"]] = section
            add(section, spec.get("children", []))

    add(home, content.SECTIONS)
    return sections


def publish_article(archive, spec, sections, authors, topics, photos, now) -> bool:
    if ArticlePage.objects.child_of(archive).filter(slug=spec["slug"]).exists():
        return False
    published_at = (now - datetime.timedelta(days=spec["days_ago"])).replace(
        hour=spec["hour"], minute=(len(spec["slug"]) * 7) % 60, second=0, microsecond=0
    )
    if published_at > now:
        published_at -= datetime.timedelta(days=1)
    article = ArticlePage(
        slug=spec["slug"],
        headline=spec["headline"],
        title=spec["headline"][:255],
        standfirst=spec["standfirst"],
        primary_section=sections[spec["section"]],
        lead_photo=photos.get(spec["lead_photo"]) if spec["lead_photo"] else None,
        body=body_stream(spec["body"], photos),
    )
    if spec.get("updated_hours_later"):
        article.updated_at = published_at + datetime.timedelta(hours=spec["updated_hours_later"])
    archive.add_child(instance=article)
    for order, slug in enumerate(spec["authors"]):
        article.bylines.create(author=authors[slug], sort_order=order)
    if spec.get("agency"):
        article.bylines.create(agency=spec["agency"], sort_order=len(spec["authors"]))
    article.topics.set([topics[slug] for slug in spec["topics"]])
    article.save_revision().publish()
    ArticlePage.objects.filter(pk=article.pk).update(
        first_published_at=published_at,
        last_published_at=article.updated_at or published_at,
        permalink_date=timezone.localdate(published_at),
    )
    return True


def ensure_admin_user() -> None:
    user_model = get_user_model()
    if not user_model.objects.filter(username=DEMO_ADMIN_USERNAME).exists():
        user_model.objects.create_superuser(
            DEMO_ADMIN_USERNAME, "admin@example.org", DEMO_ADMIN_PASSWORD
        )


@transaction.atomic
def build_demo_newsroom(site_url: str = "http://127.0.0.1:8000") -> DemoSummary:
    """Create the demo newsroom: sections, authors, topics, photos, articles, legal pages.

    It loads once: when any article exists, nothing is touched, so an editor's changes to the
    demo survive `make demo` being run again.
    """
    if ArticlePage.objects.exists():
        return DemoSummary(
            articles_created=0,
            articles_total=ArticlePage.objects.live().count(),
            photos_total=Photo.objects.count(),
            site_url=site_url,
        )
    home = ensure_home_page()
    sections = ensure_sections(home)
    photos = ensure_photos()

    topic_index, _ = child_by_slug(home, TopicIndexPage, "topics", title="Topics")
    topics = children_by_slug(
        topic_index,
        TopicPage,
        content.TOPICS,
        lambda spec: {"title": spec["title"], "description": spec["description"]},
    )
    author_index, _ = child_by_slug(home, AuthorIndexPage, "authors", title="Authors")
    authors = children_by_slug(
        author_index,
        AuthorPage,
        content.AUTHORS,
        lambda spec: {"title": spec["name"], "role": spec["role"], "bio": spec["bio"]},
    )
    legal = children_by_slug(
        home,
        InfoPage,
        content.LEGAL_PAGES,
        lambda spec: {"title": spec["title"], "body": spec["body"]},
    )
    archive, _ = child_by_slug(home, ArticleIndexPage, "articles", title="Articles")

    now = timezone.localtime()
    created = sum(
        publish_article(archive, spec, sections, authors, topics, photos, now)
        for spec in content.ARTICLES
    )

    if home.top_story_id is None:
        # Lead with a fresh story whose headline fits a front page, not the long-headline test case.
        home.top_story = (
            ArticlePage.objects.live()
            .child_of(archive)
            .annotate(headline_length=Length("headline"))
            .filter(lead_photo__isnull=False, headline_length__lte=110)
            .order_by("-first_published_at")
            .first()
        )
        home.save_revision().publish()

    site = Site.objects.get(is_default_site=True)
    chief = authors[content.EDITOR_IN_CHIEF]
    NewsroomSettings.objects.update_or_create(
        site=site,
        defaults={
            "publication_name": content.PUBLICATION_NAME,
            "tagline": getattr(content, "TAGLINE", ""),
            "editor_in_chief": chief.title,
            "editor_in_chief_page": chief,
            "terms_page": legal["terms"],
            "privacy_page": legal["privacy"],
            "about_page": legal["about"],
            "social_channels": [
                {"type": "channel", "value": channel} for channel in content.SOCIAL_CHANNELS
            ],
            "donation_url": content.DONATION_URL,
        },
    )
    ensure_admin_user()
    return DemoSummary(
        articles_created=created,
        articles_total=ArticlePage.objects.live().count(),
        photos_total=Photo.objects.count(),
        site_url=site_url,
    )
