"""Abstract pieces shared by Masthead's page types; no model here owns data."""

from django.conf import settings
from django.db import DEFAULT_DB_ALIAS
from django.db.models import F, OrderBy, Q
from django.db.models.expressions import RawSQL
from django.http import Http404
from django.utils.translation import get_language
from wagtail.models import Page, PageViewRestriction
from wagtail.url_routing import RouteResult

from masthead.core.forms import MastheadPageForm
from masthead.core.memo import (
    bake_memo,
    fragment_key,
    is_remembered,
    per_bake,
    per_request,
    remembered,
)
from masthead.core.pagination import FRONT, ListingPage, StableLayout, parse_page_number

# Articles newest first, ties broken by the page table's own id. "-pk" names the article table's
# `page_ptr_id` (the same value), and SQLite then sorts every listed article instead of walking
# its first_published_at index and stopping at the limit: 7 ms against 0.03 for the newest 22 of
# an archive of 20,000. For a query evaluated on its own only: a raw column is not renamed when
# Django nests a query in another.
PAGES_NEWEST_FIRST = (
    F("first_published_at").desc(),
    OrderBy(RawSQL(f'"{Page._meta.db_table}"."id"', ()), descending=True),
)


class MastheadPage(Page):
    """Base of every public page type."""

    base_form_class = MastheadPageForm

    class Meta:
        abstract = True

    def get_meta_description(self) -> str:
        """Return the plain-text description for meta tags and cards."""
        return self.search_description or ""

    def permissions_for_user(self, user):
        # The desk's section scope and review rules narrow Wagtail's tree permissions.
        from masthead.editorial.permissions import DeskPermissionTester

        return DeskPermissionTester(user, self)

    @property
    def reader_title(self) -> str:
        return self.seo_title or self.title

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["canonical_url"] = self.get_canonical_url(request)
        return context

    def route(self, request, path_components):
        if not path_components:
            return super().route(request, path_components)
        # Within a bake every page of a section passes through the section: it is looked up
        # once, not once per page and feed (see masthead.core.memo).
        child = per_request(
            request,
            (MastheadPage.route, self.pk, path_components[0]),
            lambda: self.routed_child(path_components[0]),
        )
        return child.route(request, path_components[1:])

    # True where the children's own fields should load only when read (see HomePage).
    routed_children_deferred = False
    # False where a page type routes its children another way (ArticleIndexPage).
    routes_through_children = True

    def routed_child(self, slug: str) -> Page:
        """Return the child page at `slug` as its own type, as Wagtail's `route` finds it."""
        try:
            child = self.get_children().get(slug=slug)
        except Page.DoesNotExist as error:
            raise Http404 from error
        child._cached_parent_obj = self  # as Wagtail does: treebeard's get_parent() reads it
        return child.specific_deferred if self.routed_children_deferred else child.specific

    @property
    def localized(self):
        # Wagtail routes every request through the site root's `localized`: two queries a page
        # (the active locale, the translation), the same answer for a whole bake.
        wagtails = super()
        if bake_memo() is None:
            return wagtails.localized
        return per_bake(
            (MastheadPage.localized, self.pk, get_language()), lambda: wagtails.localized.specific
        )

    def get_view_restrictions(self):
        # Wagtail asks before serving any page: two queries a page (its ancestors, for aliases,
        # and their restrictions). A bake reads every restriction once and answers from that.
        if bake_memo() is None:
            return super().get_view_restrictions()
        restricted, alias_paths = per_bake(PageViewRestriction, restrictions_and_aliases)
        if any(self.path.startswith(path) for path in alias_paths):
            # An alias takes its original's restrictions: Wagtail knows how to find them.
            return super().get_view_restrictions()
        applying = [pk for path, _, pk in restricted if self.path.startswith(path)]
        if not applying:
            return PageViewRestriction.objects.none()
        return PageViewRestriction.objects.filter(pk__in=applying)

    def get_url_parts(self, request=None):
        # Wagtail reverses its serving URL for every link to a page, ~18 times for an article
        # page (breadcrumb, navigation, topics, related articles). A page's address does not
        # change within a bake: worked out once (subclasses such as ArticlePage build on it).
        memo = bake_memo()
        if memo is None or self.pk is None:
            return super().get_url_parts(request=request)
        key = (MastheadPage.get_url_parts, self.pk, get_language())
        if key not in memo:
            memo[key] = super().get_url_parts(request=request)
        return memo[key]

    def get_canonical_url(self, request=None) -> str:
        """Return the page's address on the main site, so a mirror's copy still names it."""
        url_parts = self.get_url_parts(request=request)
        path = url_parts[2] if url_parts and url_parts[2] else "/"
        return settings.MASTHEAD_SITE_URL + path


def remember_routes(memo: dict, pages) -> None:
    """Give a bake's memo the pages it will route through, from `pages` (their own types, in
    tree order) already at hand: every front and feed of a section passes through its parents,
    and each of a bake's processes would otherwise look each one up again (two queries)."""
    by_path = {page.path: page for page in pages}
    for page in pages:
        parent = by_path.get(page.path[: -page.steplen])
        if isinstance(parent, MastheadPage) and parent.routes_through_children:
            page._cached_parent_obj = parent
            memo[(MastheadPage.route, parent.pk, page.slug)] = page


def remember_listing_sizes(memo: dict, pages) -> None:
    """Give a bake's memo the size of every listing among `pages`, counted a few queries per
    type of listing (see `ArticleListingPage.listing_sizes`) instead of one per listing: each
    listing's pages and their addresses depend on it. Call it within the bake (`within_bake`)."""
    by_type = {}
    for page in pages:
        if isinstance(page, ArticleListingPage):
            by_type.setdefault(type(page), []).append(page)
    for model, listings in by_type.items():
        sizes = model.listing_sizes(listings)
        for page in listings:
            memo[(ArticleListingPage.listing_layout, page.pk)] = sizes.get(page.pk, 0)


def restrictions_and_aliases() -> tuple[list[tuple[str, int, int]], list[str]]:
    """Return every view restriction as (its page's tree path and depth, its id), and the tree
    paths of the pages that are aliases: what a bake needs to tell which pages are private."""
    restricted = list(PageViewRestriction.objects.values_list("page__path", "page__depth", "pk"))
    # `> 0` rather than "is not null", unordered: SQLite then reads the few aliases through
    # their index instead of every page (3 ms in a site of 20,000 articles).
    alias_paths = list(
        Page.objects.filter(alias_of_id__gt=0).order_by().values_list("path", flat=True)
    )
    return restricted, alias_paths


def baked_private_q() -> Q | None:
    """Within a bake, return Wagtail's `PageQuerySet.private_q()` built from what the bake read
    once (Wagtail reads every restriction each time a query asks for public pages); else None.
    """
    if bake_memo() is None:
        return None
    restricted, _ = per_bake(PageViewRestriction, restrictions_and_aliases)
    q = Q()
    for path, depth, _ in restricted:
        q |= Q(path__startswith=path) & Q(depth__gte=depth)
    return q if q else Q(pk__in=[])


# The fragment under which listing.html remembers each article's teaser.
LISTING_TEASER = "listing_teaser"


def teaser_stand_in(model, pk: int, first_published_at=None):
    """Return an article of `model` holding its id and publication time (if given); other
    fields load from the database if read (Django's deferred fields)."""
    known = {"id": pk, "page_ptr_id": pk}
    if first_published_at is not None:
        known["first_published_at"] = first_published_at
    names = [f.attname for f in model._meta.concrete_fields if f.attname in known]
    stand_in = model.from_db(DEFAULT_DB_ALIAS, names, [known[name] for name in names])
    stand_in.is_stand_in = True
    return stand_in


def remembered_or_fetched(request, model, listed, fragment: str, fetch) -> list:
    """Return the articles `listed` as (id, publication time), in that order: a stand-in for each
    whose `{% remembered_fragment fragment article.pk %}` this bake has rendered already, the
    others as `fetch(ids)` returns them (with what their fragment shows)."""
    missing = [pk for pk, _ in listed if not is_remembered(request, fragment_key(fragment, pk))]
    fetched = {article.pk: article for article in fetch(missing)} if missing else {}
    return [
        fetched.get(pk) or teaser_stand_in(model, pk, first_published_at)
        for pk, first_published_at in listed
    ]


def listing_ids_key(listing_id: int) -> tuple:
    """The memo key under which a rebake hands a listing's article ids to its pages."""
    return ("listing article ids", listing_id)


class ArticleListingPage(MastheadPage):
    """A page listing articles: newest at `<page>/`, older ones at `<page>/page/<n>/`.

    See `masthead.core.pagination` for why archive pages count from the oldest article.
    """

    articles_per_page = 20

    class Meta:
        abstract = True

    def get_listing_articles(self):
        """Return the queryset this page lists, newest first."""
        raise NotImplementedError

    def route(self, request, path_components):
        if len(path_components) == 2 and path_components[0] == "page":
            return RouteResult(self, kwargs={"page_number": parse_page_number(path_components[1])})
        return super().route(request, path_components)

    @classmethod
    def listing_sizes(cls, listings) -> dict[int, int]:
        """Return {id: how many articles it lists} for `listings` of this type; a type whose
        listings can be counted together overrides it (see `remember_listing_sizes`)."""
        return {page.pk: page.get_listing_articles().count() for page in listings}

    def listing_layout(self) -> StableLayout:
        # Each of a listing's pages needs its size: within a bake, counted once.
        total = per_bake(
            (ArticleListingPage.listing_layout, self.pk),
            lambda: self.get_listing_articles().count(),
        )
        return StableLayout(total, self.articles_per_page)

    def listing_page_url(self, number: int, request=None) -> str:
        base = self.get_url(request=request)
        return base if number == FRONT else f"{base}page/{number}/"

    def listing_article_ids(self, limit: int | None = None, dense: bool = False) -> list[int]:
        """Return the ids of the listed articles, newest first (the `limit` newest if given):
        what the baker compares. `dense` when the listing holds many (see `dense_listing`)."""
        listing = (self.dense_listing() if dense else self.get_listing_articles()).prefetch_related(
            None
        )
        ids = listing.order_by(*PAGES_NEWEST_FIRST).values_list("pk", flat=True)
        return list(ids if limit is None else ids[:limit])

    def dense_listing(self):
        """`get_listing_articles()` asked so that its newest few come fast when the listing
        holds many articles; by default the same.

        A listing defined through another table (a topic's, an author's) is read through that
        table's index, then sorted whole: 4-6 ms for a topic of 4,000 articles. With the
        condition in a subquery instead, SQLite walks the publication-time index from the
        newest and stops at the limit (0.02 ms), which is slow only for a listing of few
        articles among many: a walk of the whole archive.
        """
        return self.get_listing_articles()

    def lists_article(self, article_id: int) -> bool:
        return self.get_listing_articles().filter(pk=article_id).exists()

    def get_context(self, request, *args, page_number=FRONT, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # A rebake has just read the listing's ids (see ArticleRebakePlan): the page then
        # neither counts the listing nor sorts it, which costs in proportion to the archive.
        known_ids = remembered(request, listing_ids_key(self.pk))
        if known_ids is None:
            layout = self.listing_layout()
            articles = self.listing_page_articles(request, layout.page_slice(page_number))
        else:
            layout = StableLayout(len(known_ids), self.articles_per_page)
            shown = known_ids[layout.page_slice(page_number)]
            articles = self.known_page_articles(request, shown)
        newer, older = layout.newer(page_number), layout.older(page_number)
        context["articles_page"] = ListingPage(
            number=page_number,
            object_list=articles,
            newer_url=None if newer is None else self.listing_page_url(newer, request),
            older_url=None if older is None else self.listing_page_url(older, request),
        )
        context["listing_total"] = layout.total
        if page_number != FRONT:
            context["canonical_url"] += f"page/{page_number}/"
        return context

    def get_cached_paths(self):
        return ["/", *(f"/page/{n}/" for n in self.listing_layout().page_numbers()[1:])]

    def known_page_articles(self, request, shown: list[int]) -> list:
        """Return the articles `shown` on a page, whose ids a rebake has just read: as stand-ins
        those whose teaser is remembered (a rebake may carry them over from the previous one,
        see masthead.baking.carry), the others fetched with everything their teaser shows."""
        listing = self.get_listing_articles().order_by()
        listed = listing.select_related(None).prefetch_related(None).filter(pk__in=shown)
        published = dict(listed.values_list("pk", "first_published_at"))
        in_order = [(pk, published[pk]) for pk in shown if pk in published]
        return remembered_or_fetched(
            request, listing.model, in_order, LISTING_TEASER, lambda ids: listing.filter(pk__in=ids)
        )

    def listing_page_articles(self, request, page_slice: slice) -> list:
        """Return the articles on one page of the listing, newest first.

        Within a bake most of them already have their teaser rendered (listing.html remembers
        each): those come as stand-ins that hold only what the page itself reads, their id and
        publication time (any other field would load when read); only the others are fetched
        with everything their teaser shows. Outside a bake nothing is remembered yet.
        """
        listing = self.get_listing_articles()
        if bake_memo() is None:
            return list(listing[page_slice])
        listed = list(
            listing.select_related(None)
            .prefetch_related(None)
            .order_by(*PAGES_NEWEST_FIRST)
            .values_list("pk", "first_published_at")[page_slice]
        )
        return remembered_or_fetched(
            request,
            listing.model,
            listed,
            LISTING_TEASER,
            lambda ids: listing.filter(pk__in=ids).order_by(),
        )
