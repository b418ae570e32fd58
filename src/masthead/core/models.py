"""Abstract pieces shared by Masthead's page types; no model here owns data."""

from django.conf import settings
from django.http import Http404
from wagtail.models import Page
from wagtail.url_routing import RouteResult

from masthead.core.forms import MastheadPageForm
from masthead.core.memo import per_request
from masthead.core.pagination import FRONT, ListingPage, StableLayout, parse_page_number


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

    def routed_child(self, slug: str) -> Page:
        """Return the child page at `slug` as its own type, as Wagtail's `route` finds it."""
        try:
            child = self.get_children().get(slug=slug)
        except Page.DoesNotExist as error:
            raise Http404 from error
        child._cached_parent_obj = self  # as Wagtail does: treebeard's get_parent() reads it
        return child.specific_deferred if self.routed_children_deferred else child.specific

    def get_canonical_url(self, request=None) -> str:
        """Return the page's address on the main site, so a mirror's copy still names it."""
        url_parts = self.get_url_parts(request=request)
        path = url_parts[2] if url_parts and url_parts[2] else "/"
        return settings.MASTHEAD_SITE_URL + path


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

    def listing_layout(self) -> StableLayout:
        return StableLayout(self.get_listing_articles().count(), self.articles_per_page)

    def listing_page_url(self, number: int, request=None) -> str:
        base = self.get_url(request=request)
        return base if number == FRONT else f"{base}page/{number}/"

    def listing_article_ids(self, limit: int | None = None) -> list[int]:
        """Return the ids of the listed articles, newest first (the `limit` newest if given):
        what the baker compares."""
        ids = self.get_listing_articles().prefetch_related(None).values_list("pk", flat=True)
        return list(ids if limit is None else ids[:limit])

    def lists_article(self, article_id: int) -> bool:
        return self.get_listing_articles().filter(pk=article_id).exists()

    def get_context(self, request, *args, page_number=FRONT, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        layout = self.listing_layout()
        articles = list(self.get_listing_articles()[layout.page_slice(page_number)])
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
