"""Translations of articles (Wagtail's simple translation): what a new translation points to,
which article of a group is the original, and which articles the desk still has to translate.

A translation starts as a copy of its original in the other edition's archive, sharing its
`translation_key`. The copy keeps the same lead photo (the same Photo, so the same structured
credit everywhere); its section, topics and authors are the pages of its own edition:

- the section and each topic become their translation in the new language, or are left out
  when they have none yet (an English section front must not list a Russian article);
- each author becomes their translated author page, or stays the same person's page in the
  other edition when there is none (a byline is never dropped; the link says its language).
"""

from django.db.models import Exists, F, OuterRef, Q, Subquery
from wagtail.models import Locale, Page

from masthead.editorial.scope import desk_scope

REPORT_LIMIT = 200


def translation_in(page, locale):
    """Return the page's translation in `locale` (a draft too), or None."""
    if page is None:
        return None
    if page.locale_id == locale.pk:
        return page
    return page.get_translation_or_none(locale)


def point_to_own_edition(source, target) -> None:
    """After `source` was copied as `target` in another language: file the copy in the pages of
    its own edition (see the module's rule), in the page and in its draft revision."""
    from masthead.articles.models import ArticleByline, ArticlePage

    if not isinstance(source.specific, ArticlePage):
        return
    article = ArticlePage.objects.get(pk=target.pk)
    locale = article.locale
    article.primary_section = translation_in(article.primary_section, locale)
    article.topics = [
        found for topic in article.topics.all() if (found := translation_in(topic, locale))
    ]
    article.bylines = [
        ArticleByline(
            author=translation_in(byline.author, locale) or byline.author,
            agency=byline.agency,
            sort_order=byline.sort_order,
        )
        for byline in article.bylines.all()
    ]
    article.save(clean=False)
    # The editor opens the copy's latest revision: it must say the same.
    revision = article.latest_revision
    if revision is not None:
        revision.content = article.serializable_data()
        revision.save(update_fields=["content"])


def _earlier_sibling():
    return Page.objects.filter(translation_key=OuterRef("translation_key"), pk__lt=OuterRef("pk"))


def _original_of():
    return Page.objects.filter(translation_key=OuterRef("translation_key")).order_by("pk")


def is_original(page) -> bool:
    """The original of a group of translations is the one created first."""
    return not Page.objects.filter(translation_key=page.translation_key, pk__lt=page.pk).exists()


def untranslated_articles(user, locale) -> list:
    """Return live original articles with no translation (even a draft) in `locale`, newest
    first, within the user's sections."""
    from masthead.articles.models import ArticlePage

    translated_keys = Page.objects.filter(locale=locale).values("translation_key")
    return list(
        ArticlePage.objects.live()
        .exclude(locale=locale)
        .exclude(translation_key__in=translated_keys)
        .exclude(Exists(_earlier_sibling()))
        .filter(desk_scope(user).section_q())
        .select_related("locale", "primary_section")
        .order_by("-first_published_at", "-pk")[:REPORT_LIMIT]
    )


def outdated_translations(user) -> list:
    """Return live translations last published before their original's last published change,
    the longest-waiting first, where the original or the translation is in the user's sections.

    Each has `original_id` and `original_published_at`.
    """
    from masthead.articles.models import ArticlePage

    originals = _original_of()
    scope = desk_scope(user)
    section_of_original = ArticlePage.objects.filter(
        translation_key=OuterRef("translation_key")
    ).order_by("pk")
    in_scope = scope.section_q() | scope.section_q("original_section_id")
    return list(
        ArticlePage.objects.live()
        .filter(Exists(_earlier_sibling()))
        .annotate(
            original_id=Subquery(originals.values("pk")[:1]),
            original_published_at=Subquery(originals.values("last_published_at")[:1]),
            original_section_id=Subquery(section_of_original.values("primary_section_id")[:1]),
        )
        .filter(original_published_at__gt=F("last_published_at"))
        .filter(in_scope if not scope.all_sections else Q())
        .select_related("locale")
        .order_by("last_published_at", "pk")[:REPORT_LIMIT]
    )


def edition_locales() -> list:
    """Return the locales of the configured editions, in their order."""
    from django.conf import settings

    order = [code for code, _name in settings.LANGUAGES]
    found = Locale.objects.filter(language_code__in=order)
    return sorted(found, key=lambda locale: order.index(locale.language_code))
