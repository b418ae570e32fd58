from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from django.views.generic import RedirectView
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from masthead.editorial.preview_link_views import serve_preview_link
from masthead.printing.views import serve_pdf_path
from masthead.search import views as search_views
from masthead.syndication import sitemap_views
from masthead.syndication.views import serve_feed_path
from masthead.theme import views as theme_views

handler404 = theme_views.page_not_found
handler500 = theme_views.server_error

# Staff sign in, reset passwords and manage their second factors and sessions here; signing up
# is closed (masthead.staff.adapter) and there are no social accounts.
staff_account_urls = [
    path("", include("allauth.account.urls")),
    path("2fa/", include("allauth.mfa.urls")),
    path("sessions/", include("allauth.usersessions.urls")),
]

urlpatterns = [
    path("robots.txt", theme_views.robots_txt),
    # Sitemaps of every edition, outside the editions' prefixes: one index names them all.
    path("sitemap.xml", sitemap_views.sitemap_index),
    path("news-sitemap.xml", sitemap_views.news_sitemap),
    path("sitemaps/<str:language_code>/<str:name>.xml", sitemap_views.edition_sitemap),
    path("accounts/", include(staff_account_urls)),
    # Wagtail's own sign-in and password reset know nothing of the second factor.
    path(
        "admin/login/",
        RedirectView.as_view(pattern_name="account_login", query_string=True),
    ),
    re_path(
        r"^admin/password_reset/",
        RedirectView.as_view(pattern_name="account_reset_password", query_string=False),
    ),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    # Outside the editions' prefixes: a draft is shown in its own language. Every address under
    # /preview/ is answered here, so a malformed one gets the same "not valid" page.
    path("preview/<str:token>/", serve_preview_link, name="masthead_preview_link"),
    re_path(r"^preview/(?P<token>.*)$", serve_preview_link),
]

if settings.MASTHEAD_SERVE_MEDIA:
    urlpatterns += [re_path(r"^media/(?P<path>.+)$", theme_views.serve_media)]

# English at "/", other editions under their language prefix ("/ru/").
urlpatterns += i18n_patterns(
    re_path(r"^(?P<page_path>(?:[\w\-]+/)+)(?P<filename>[\w\-]+)\.pdf$", serve_pdf_path),
    re_path(
        r"^(?P<page_path>(?:[\w\-]+/)*)(?P<filename>feed\.xml|atom\.xml|feed\.json|feed\.xsl)$",
        serve_feed_path,
    ),
    # Before Wagtail's catch-all; `/search/` and `/ru/search/` are dynamic in the baking too.
    path("search/", search_views.search, name="masthead_search"),
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)
