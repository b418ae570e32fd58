"""Build the demo newsroom from `content.py`; running it again adds nothing that exists."""

import datetime
import io
import re
from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.core.files.images import ImageFile
from django.db import transaction
from django.db.models.functions import Length
from django.utils import timezone
from wagtail.models import Collection, Locale, Page, Site

from masthead.articles.models import ArticleByline, ArticleIndexPage, ArticlePage
from masthead.demo import content, content_ru
from masthead.demo.artwork import draw_photo
from masthead.editions.slugs import slugify_title
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


def demo_photos() -> dict[str, Photo]:
    """Return the demo's photos that exist, by their key in the content module."""
    by_title = {photo.title: photo for photo in Photo.objects.filter(tags__name=DEMO_TAG)}
    return {
        spec["key"]: by_title[spec["title"]] for spec in content.PHOTOS if spec["title"] in by_title
    }


def body_stream(blocks, photos) -> list[dict]:
    """Turn the content module's (type, value) pairs into StreamField data."""
    stream = []
    for block_type, value in blocks:
        if block_type == "photo" and value["photo"] not in photos:
            continue  # deleted by an editor since the demo loaded
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
        locale_id=archive.locale_id,
        slug=spec["slug"],
        headline=spec["headline"],
        title=spec["headline"][:255],
        standfirst=spec["standfirst"],
        primary_section=sections[spec["section"]],
        lead_photo=photos.get(spec["lead_photo"]) if spec["lead_photo"] else None,
        body=body_stream(spec["body"], photos),
    )
    if spec.get("updated_hours_later"):
        # Never in the future: a demo built at 14:00 showed a noon story "updated" at 16:00.
        updated_at = published_at + datetime.timedelta(hours=spec["updated_hours_later"])
        article.updated_at = min(updated_at, now) if updated_at > published_at else None
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
    """Create the demo newsroom: sections, authors, topics, photos, articles, legal pages,
    in English and, translated or written for it, in Russian.

    It loads once: when any article exists, nothing is touched (but a missing Russian edition
    is added), so an editor's changes to the demo survive `make demo` being run again.
    """
    if ArticlePage.objects.exists():
        # A demo loaded before the Russian edition existed gains it; nothing else changes.
        home = HomePage.objects.filter(depth=2, locale=Locale.get_default()).first()
        created = build_russian_edition(home, timezone.localtime()) if home else 0
        return DemoSummary(
            articles_created=created,
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

    created += build_russian_edition(home, now)

    site = Site.objects.get(is_default_site=True)
    chief = authors[content.EDITOR_IN_CHIEF]
    NewsroomSettings.objects.update_or_create(
        site=site,
        defaults={
            "publication_name": content.PUBLICATION_NAME,
            "tagline": getattr(content, "TAGLINE", ""),
            "texts_in_other_languages": {
                "ru": {
                    "publication_name": content_ru.PUBLICATION_NAME,
                    "tagline": content_ru.TAGLINE,
                }
            },
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


# --------------------------------------------------------------------------------------------
# The Russian edition
# --------------------------------------------------------------------------------------------

# Slugs as the admin makes them from the same headline (masthead.editions.slugs), kept short.
SLUG_LENGTH = 60


def russian_slug(text: str, max_length: int = SLUG_LENGTH) -> str:
    """Return the admin's Latin slug, cut at a word: "Хлеб дорожает" -> "xleb-dorozhaet"."""
    slug = slugify_title(text)
    if len(slug) > max_length:
        slug = slug[: max_length + 1].rsplit("-", 1)[0]
    return slug.strip("-")


NO_BREAK_BEFORE_DASH = re.compile(r" (?=— )")
THOUSANDS_SPACE = re.compile(r"(?<=\d) (?=\d{3}\b)")


def russian_typography(value):
    """Return `value` with no-break spaces before dashes and between digit groups ("40 000").

    Walks the content module's nested lists, tuples and dicts; strings are the only leaves.
    """
    if isinstance(value, str):
        return THOUSANDS_SPACE.sub("\u00a0", NO_BREAK_BEFORE_DASH.sub("\u00a0", value))
    if isinstance(value, dict):
        return {key: russian_typography(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return type(value)(russian_typography(item) for item in value)
    return value


def translate_page(page: Page, locale: Locale, **fields) -> Page:
    """Return the live translation of `page` into `locale`, made with Wagtail's own API if missing.

    `copy_for_translation` links the copy to `page` by its translation_key; the fields given
    replace the copied (English) ones in the revision that is published.
    """
    existing = page.get_translation_or_none(locale)
    if existing is not None:
        return existing.specific
    translation = page.copy_for_translation(locale, copy_parents=True, alias=False)
    for name, value in fields.items():
        setattr(translation, name, value)
    translation.save_revision().publish()
    return translation


def publication_times(original: ArticlePage, hours_later: int, now) -> tuple:
    """Return when a translation went live and was updated: a few hours after its original."""
    published_at = original.first_published_at + datetime.timedelta(hours=hours_later)
    # A translation of this morning's story cannot be dated in the future.
    published_at = max(original.first_published_at, min(published_at, now))
    updated_at = None
    if original.updated_at:
        updated_at = min(original.updated_at + datetime.timedelta(hours=hours_later), now)
        if updated_at <= published_at:
            updated_at = None
    return published_at, updated_at


def translation_or_original(page: Page | None, locale: Locale) -> Page | None:
    """Return the translation of `page` into `locale`, or `page` itself if it has none.

    Sections, topics or authors an editor added since the demo loaded have no translation.
    """
    return page and (page.get_translation_or_none(locale) or page)


def translate_article(original, spec, locale, photos, now) -> ArticlePage:
    """Publish the Russian translation of `original`, filed in the Russian sections and topics."""
    published_at, updated_at = publication_times(original, spec["hours_later"], now)
    bylines = [
        ArticleByline(
            author=translation_or_original(byline.author, locale),
            agency=byline.agency,
            sort_order=order,
        )
        for order, byline in enumerate(
            ArticleByline.objects.filter(page=original)
            .select_related("author")
            .order_by("sort_order")
        )
    ]
    translation = translate_page(
        original,
        locale,
        slug=russian_slug(spec["headline"]),
        headline=spec["headline"],
        title=spec["headline"][:255],
        standfirst=spec["standfirst"],
        body=body_stream(spec["body"], photos),
        primary_section=translation_or_original(original.primary_section, locale),
        topics=[translation_or_original(topic, locale) for topic in original.topics.all()],
        bylines=bylines,
        updated_at=updated_at,
        lead_photo_caption=russian_caption(original.lead_photo, photos),
    )
    ArticlePage.objects.filter(pk=translation.pk).update(
        first_published_at=published_at,
        last_published_at=updated_at or published_at,
        permalink_date=timezone.localdate(published_at),
    )
    return translation


def russian_caption(photo, photos: dict) -> str:
    """The Russian caption of a lead photo, which the translated article gives as its own."""
    keys = {each.pk: key for key, each in photos.items()}
    return content_ru.PHOTO_CAPTIONS.get(keys.get(getattr(photo, "pk", None)), "")


def describe_photos_in_russian(photos: dict[str, Photo]) -> None:
    for key, photo in photos.items():
        if key in content_ru.PHOTO_ALT_TEXTS:
            texts = dict(photo.texts_in_other_languages)
            texts["ru"] = {
                "alt_text": russian_typography(content_ru.PHOTO_ALT_TEXTS[key]),
                "caption": russian_typography(content_ru.PHOTO_CAPTIONS.get(key, "")),
            }
            photo.texts_in_other_languages = texts
            photo.save(update_fields=["texts_in_other_languages"])


def build_russian_edition(home: HomePage, now) -> int:
    """Translate the demo into Russian and add the Russian-only articles; return how many.

    Runs while the Russian edition has no articles, so a demo loaded before it existed gains
    it, and one an editor has worked on is left alone.
    """
    locale, _ = Locale.objects.get_or_create(language_code="ru")
    if ArticlePage.objects.filter(locale=locale).exists():
        return 0
    english_archive = ArticleIndexPage.objects.child_of(home).first()
    if english_archive is None:
        return 0
    ru = russian_typography
    photos = demo_photos()
    describe_photos_in_russian(photos)
    ru_home = translate_page(home, locale, title=content_ru.HOME_TITLE, top_story=None)
    sections = {}
    for section in SectionPage.objects.descendant_of(home).order_by("path"):
        text = ru(content_ru.SECTIONS.get(section.slug))
        if text:
            sections[section.slug] = translate_page(section, locale, **text)
    for index in (TopicIndexPage, AuthorIndexPage):
        for page in index.objects.child_of(home):
            translate_page(page, locale, title=content_ru.INDEX_TITLES.get(page.slug, page.title))
    topics = {}
    for topic in TopicPage.objects.descendant_of(home):
        if topic.slug in content_ru.TOPICS:
            title, description = ru(content_ru.TOPICS[topic.slug])
            topics[topic.slug] = translate_page(topic, locale, title=title, description=description)
    authors = {}
    for author in AuthorPage.objects.descendant_of(home):
        if author.slug in content_ru.AUTHORS:
            name, role, bio = ru(content_ru.AUTHORS[author.slug])
            authors[author.slug] = translate_page(author, locale, title=name, role=role, bio=bio)
    for page in InfoPage.objects.child_of(home):
        if page.slug in content_ru.LEGAL_PAGES:
            translate_page(page, locale, **ru(content_ru.LEGAL_PAGES[page.slug]))
    archive = translate_page(
        english_archive, locale, title=content_ru.INDEX_TITLES.get("articles", "")
    )

    wanted = [spec["original"] for spec in content_ru.TRANSLATIONS]
    originals = {
        article.slug: article
        for article in ArticlePage.objects.child_of(english_archive).filter(slug__in=wanted)
    }
    created = 0
    for spec in content_ru.TRANSLATIONS:
        original = originals.get(spec["original"])
        # An article the editors renamed or deleted since the demo loaded is not translated.
        if original is not None and original.live:
            translate_article(original, ru(spec), locale, photos, now)
            created += 1
    for spec in content_ru.ARTICLES:
        spec = {**ru(spec), "slug": russian_slug(spec["headline"])}
        created += publish_article(archive, spec, sections, authors, topics, photos, now)

    top_story = home.top_story.get_translation_or_none(locale) if home.top_story else None
    if top_story is not None:
        # Fresh from the database: the copy in hand predates its children, and publishing it
        # would write back its stale count of them (treebeard's numchild), hiding them all.
        ru_home = HomePage.objects.get(pk=ru_home.pk)
        ru_home.top_story = top_story
        ru_home.save_revision().publish()
    return created
