"""Teasers, feed entries and sitemap entries one rebake hands to the next, in the long-lived
process that rebakes (the worker).

An article's teaser (photo, section, headline, standfirst, bylines, date) is the same on every
front that lists it, its feed entry the same in every feed, and a publication changes one
article: the next rebake need not render the twenty other teasers of each front again, nor the
twenty other entries of each feed, nor the month's hundreds of sitemap entries, nor read their
articles. What a bake records a version of (`record_version`: the teaser fragments named in
`CARRIED_FRAGMENTS`, the feed entries, the month files' entries) is carried to the next rebake:

- while its article's `last_published_at` and `url_path` are the ones it was rendered with: an
  edit reaches readers only by publishing, which sets the first; a move changes the second;
- for a feed entry, whose body links to other pages, while each linked page's path and its live
  translations are the ones it was rendered with (`page_link_versions`): a link shows them, and
  publishing, moving or deleting a page keeps the content generation; for a sitemap entry, whose
  alternates name the article's translations, while those are;
- while the site's content generation is the one it was rendered in. Any committed save or
  delete of another model (a section, an author, a photo, the settings, a view restriction...)
  gives the site a new generation, kept in the shared cache, and every carried fragment is
  dropped. Models that a teaser never shows (revisions, logs, task results, sessions...) are left
  out of that, or every publication would drop everything.

Changes made without Django's signals (`QuerySet.update()` on articles, raw SQL) are not seen: a
script that changes articles so must call `new_content_generation()`.
"""

import uuid
from collections import defaultdict

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save

GENERATION_CACHE_KEY = "masthead:content-generation"
CARRIED_FRAGMENTS = frozenset(
    {
        *("listing_teaser", "related_teaser", "article_teaser"),
        *("home_top_teaser", "home_latest_teaser", "home_block_teaser"),
    }
)
# How many of each kind (the first part of their memo key) a process carries at most, the oldest
# dropped first. A teaser is a few KB: a few hundred articles' worth, the fronts' share of a
# large archive. A feed entry holds the full text in three forms (HTML, RSS and Atom items), some
# 20-50 KB: the windows of the feeds of a few dozen listings. A month file's entry is a few
# hundred bytes: the busiest month of a large newsroom; a news sitemap entry too: as many as
# that sitemap lists.
MAX_CARRIED = {
    "remembered_fragment": 2000,
    "feed entry": 400,
    "sitemap entry": 5000,
    "news entry": 1000,
}
# In a rebake's memo: versions are recorded (see `record_version`), to be carried.
CARRYING = "carrying"
# Models whose rows no teaser shows (or, for articles and their bylines and topics, whose changes
# reach readers by publishing, which `last_published_at` tells): their saves keep the generation.
KEEPS_GENERATION = frozenset(
    {
        "account.emailaddress",
        "account.emailconfirmation",
        "admin.logentry",
        "articles.articlepage",
        "articles.articlebyline",
        "articles.articlepage_topics",
        "articles.articlenote",
        "auth.user",
        "auth.user_groups",
        "axes.accessattempt",
        "axes.accessfailurelog",
        "axes.accessattemptexpiration",
        "axes.accesslog",
        "baking.bakerun",
        "django_tasks_database.dbtaskresult",
        "editorial.deletedarticle",
        "editorial.deskassignment",
        "editorial.schedulerheartbeat",
        "editorial.previewlink",
        "mfa.authenticator",
        "photos.photorendition",
        "sessions.session",
        "wagtailadmin.editingsession",
        "wagtailcore.comment",
        "wagtailcore.commentreply",
        "wagtailcore.modellogentry",
        "wagtailcore.pagelogentry",
        "wagtailcore.pagesubscription",
        "wagtailcore.referenceindex",
        "wagtailcore.revision",
        "wagtailcore.taskstate",
        "wagtailcore.workflowstate",
        "wagtailadmin.formstate",
        "wagtailcore.uploadedfile",
        "wagtailsearch.indexentry",
        "wagtailsearch.sqliteftsindexentry",
        "usersessions.usersession",
        "wagtailusers.userprofile",
    }
)

_carried: dict = {"generation": None, "fragments": {}, "versions": {}}
VERSION_KEY = "carried fragment version"


def version_key(fragment_key: tuple) -> tuple:
    """The memo key under which a bake records the article version a fragment was rendered
    from (see `RememberedFragmentNode`)."""
    return (VERSION_KEY, fragment_key)


def is_carried(fragment_key: tuple) -> bool:
    return fragment_key[1] in CARRIED_FRAGMENTS


def article_version(article) -> tuple:
    return (article.last_published_at, article.url_path)


def carrying(memo: dict | None) -> bool:
    """True when `memo` is a rebake's, whose renders may be carried to the next rebake."""
    return memo is not None and CARRYING in memo


def record_version(memo: dict, key: tuple, article, links: tuple = ()) -> None:
    """Record in a rebake's `memo` which version of `article` (and of the pages it links to, as
    `page_link_versions` gave them before rendering) the value under `key` was made from."""
    if carrying(memo):
        memo[version_key(key)] = (article.pk, article_version(article), links)


def page_link_versions(page_ids) -> dict[int, tuple]:
    """Return {page id: what a link to it shows} for existing pages: its path, and the paths of
    its live translations (a link leads to the one in the reader's language)."""
    from wagtail.models import Page

    pages = list(
        Page.objects.filter(pk__in=page_ids).values_list("pk", "url_path", "translation_key")
    )
    translations = defaultdict(list)
    for key, locale_id, url_path in (
        Page.objects.filter(translation_key__in={key for _pk, _path, key in pages}, live=True)
        .order_by("locale_id")
        .values_list("translation_key", "locale_id", "url_path")
    ):
        translations[key].append((locale_id, url_path))
    return {pk: (url_path, tuple(translations[key])) for pk, url_path, key in pages}


def new_content_generation() -> None:
    """Make every carried fragment stale (the next rebake renders each teaser again)."""
    cache.set(GENERATION_CACHE_KEY, uuid.uuid4().hex, timeout=None)


def content_generation() -> str:
    generation = cache.get(GENERATION_CACHE_KEY)
    if generation is None:
        # Never set, or evicted: a new one, as nobody can tell what changed meanwhile.
        cache.add(GENERATION_CACHE_KEY, uuid.uuid4().hex, timeout=None)
        generation = cache.get(GENERATION_CACHE_KEY)
    return generation


def content_changed(sender, **kwargs) -> None:
    if sender._meta.label_lower in KEEPS_GENERATION:
        return
    if kwargs.get("action", "post_add").startswith("pre_"):
        return  # m2m_changed: the post_ signal follows
    new_content_generation()
    # Again after the commit: a rebake that read the first new generation before the commit
    # could render the old content under it.
    transaction.on_commit(new_content_generation, using=kwargs.get("using"))


def connect_signals() -> None:
    for signal in (post_save, post_delete, m2m_changed):
        signal.connect(content_changed, dispatch_uid="masthead.baking.carry")


def carried_fragments(generation: str | None = None, check: bool = True) -> tuple[str, dict]:
    """Return the content generation now and a rebake's memo to start with: what is carried and
    still valid in it, and the mark that has the rebake record versions (none when off).

    A render helper (helper.py) is given the generation its parent read: it follows the parent's
    view of the content, whatever cache each process reads. For a second share of the same
    rebake it need not `check` the articles' versions again: the rebake's view is the one of
    its start."""
    from masthead.articles.models import ArticlePage

    generation = generation or content_generation()
    if generation != _carried["generation"] or not settings.MASTHEAD_CARRY_FRAGMENTS:
        _carried.update(generation=generation, fragments={}, versions={})
        return generation, {CARRYING: True} if settings.MASTHEAD_CARRY_FRAGMENTS else {}
    versions = _carried["versions"]
    if not check:
        return generation, {**_carried["fragments"], CARRYING: True}
    current = {
        pk: (last_published_at, url_path)
        for pk, last_published_at, url_path in ArticlePage.objects.filter(
            pk__in={article_id for article_id, _version, _links in versions.values()}, live=True
        ).values_list("pk", "last_published_at", "url_path")
    }
    linked = {page_id for _id, _version, links in versions.values() for page_id, _seen in links}
    links_now = page_link_versions(linked) if linked else {}
    stale = [
        key
        for key, (article_id, version, links) in versions.items()
        if current.get(article_id) != version
        or any(links_now.get(page_id) != seen for page_id, seen in links)
    ]
    for key in stale:
        del versions[key], _carried["fragments"][key]
    return generation, {**_carried["fragments"], CARRYING: True}


def carried_part(memo: dict) -> dict:
    """Return what `keep_fragments` would keep of `memo`: for a forked renderer to hand back."""
    versions = {
        key: value
        for key, value in memo.items()
        if isinstance(key, tuple) and key[:1] == (VERSION_KEY,)
    }
    return {**versions, **{key[1]: memo[key[1]] for key in versions if key[1] in memo}}


def fragments_only(carried: dict) -> dict:
    """Return the fragments of what `carried_part` returned, without their versions: a memo's
    entries."""
    return {key: value for key, value in carried.items() if key[:1] != (VERSION_KEY,)}


def forget_carried_fragments() -> None:
    """Drop what this process carries (a test's rows do not outlive it, their ids come back)."""
    _carried.update(generation=None, fragments={}, versions={})


def keep_fragments(memo: dict, generation: str) -> None:
    """After a rebake that started in `generation`: carry the fragments it rendered, unless the
    content changed meanwhile."""
    if not settings.MASTHEAD_CARRY_FRAGMENTS:
        return
    if content_generation() != generation:
        _carried.update(generation=None, fragments={}, versions={})
        return
    keep_rendered(memo, generation)


def keep_rendered(memo: dict, generation: str) -> None:
    """Carry the fragments a rebake rendered in `generation` without asking whether the content
    has changed since: for a render helper, whose parent asks, and whose next request then comes
    with the new generation, which drops them (see `carried_fragments`)."""
    if _carried["generation"] != generation:
        _carried.update(generation=None, fragments={}, versions={})
        return
    fragments, versions = _carried["fragments"], _carried["versions"]
    for key, value in carried_part(memo).items():
        if key[:1] == (VERSION_KEY,):
            fragment = key[1]
            fragments.pop(fragment, None)  # newest last: the first ones go first
            fragments[fragment], versions[fragment] = memo[fragment], value
    for kind, most in MAX_CARRIED.items():
        of_kind = [key for key in fragments if key[0] == kind]
        for oldest in of_kind[: max(0, len(of_kind) - most)]:
            del fragments[oldest], versions[oldest]
