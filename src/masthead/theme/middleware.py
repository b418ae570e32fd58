"""Headers for readers' pages: cache policy, a strict content security policy, no cookies."""

from django.conf import settings
from django.middleware.gzip import GZipMiddleware

from masthead.theme.headers import (
    READER_CACHE_CONTROL,
    READER_CONTENT_SECURITY_POLICY,
    READER_PERMISSIONS_POLICY,
)

STAFF_PATH_PREFIXES = ("/admin/", "/documents/")


class ReaderPageHeadersMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if request.path.startswith(STAFF_PATH_PREFIXES) or getattr(request, "is_preview", False):
            return response
        response.headers.setdefault("Content-Security-Policy", READER_CONTENT_SECURITY_POLICY)
        response.headers.setdefault("Permissions-Policy", READER_PERMISSIONS_POLICY)
        if (
            request.method in ("GET", "HEAD")
            and response.status_code in (200, 301, 404)
            and "Cache-Control" not in response.headers
            and not request.path.startswith(settings.STATIC_URL)
        ):
            response.headers["Cache-Control"] = READER_CACHE_CONTROL
        return response


class ReaderGZipMiddleware(GZipMiddleware):
    """Compress readers' pages (a quarter of the bytes on slow links), never staff pages.

    Staff pages carry CSRF tokens; compressing secrets next to attacker-chosen text is what
    BREACH exploits, and readers' pages hold no secrets.
    """

    def process_response(self, request, response):
        if request.path.startswith(STAFF_PATH_PREFIXES):
            return response
        return super().process_response(request, response)
