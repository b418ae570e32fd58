"""Abstract pieces shared by Masthead's page types; no model here owns data."""

from django.conf import settings
from django.core.paginator import Paginator
from django.shortcuts import redirect
from wagtail.models import Page
from wagtail.url_routing import RouteResult

from masthead.core.pagination import paginate, parse_page_number


class MastheadPage(Page):
    """Base of every public page type."""

    class Meta:
        abstract = True

    def get_meta_description(self) -> str:
        """Return the plain-text description for meta tags and cards."""
        return self.search_description or ""

    @property
    def reader_title(self) -> str:
        return self.seo_title or self.title

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["canonical_url"] = self.get_canonical_url(request)
        return context

    def get_canonical_url(self, request=None) -> str:
        """Return the page's address on the main site, so a mirror's copy still names it."""
        url_parts = self.get_url_parts(request=request)
        path = url_parts[2] if url_parts and url_parts[2] else "/"
        return settings.MASTHEAD_SITE_URL + path


class ArticleListingPage(MastheadPage):
    """A page listing articles 20 at a time, at `<page>/`, `<page>/page/2/`, `<page>/page/3/`…"""

    articles_per_page = 20

    class Meta:
        abstract = True

    def get_listing_articles(self):
        """Return the queryset this page lists, newest first."""
        raise NotImplementedError

    def route(self, request, path_components):
        if len(path_components) == 2 and path_components[0] == "page":
            number = parse_page_number(path_components[1])
            if number == 1:
                return RouteResult(self, kwargs={"redirect_to": self.url})
            return RouteResult(self, kwargs={"page_number": number})
        return super().route(request, path_components)

    def listing_page_url(self, number: int, request=None) -> str:
        base = self.get_url(request=request)
        return base if number == 1 else f"{base}page/{number}/"

    def serve(self, request, *args, page_number=1, redirect_to=None, **kwargs):
        if redirect_to:
            return redirect(redirect_to, permanent=True)
        if "page" in request.GET:
            # Links from before path-based pagination, or typed by hand.
            number = parse_page_number(request.GET["page"])
            return redirect(self.listing_page_url(number, request), permanent=True)
        return super().serve(request, *args, page_number=page_number, **kwargs)

    def get_context(self, request, *args, page_number=1, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        articles_page = paginate(self.get_listing_articles(), page_number, self.articles_per_page)
        context["articles_page"] = articles_page
        if articles_page.number > 1:
            context["canonical_url"] += f"page/{articles_page.number}/"
        context["listing_urls"] = {
            "previous": self.listing_page_url(articles_page.number - 1, request)
            if articles_page.has_previous()
            else None,
            "next": self.listing_page_url(articles_page.number + 1, request)
            if articles_page.has_next()
            else None,
        }
        return context

    def get_cached_paths(self):
        pages = Paginator(self.get_listing_articles(), self.articles_per_page).num_pages
        return ["/", *(f"/page/{number}/" for number in range(2, pages + 1))]
