"""Walks the admin's URLs and fills their arguments: the machinery of the permission matrix."""

from dataclasses import dataclass

from django.urls import URLPattern, URLResolver, get_resolver, reverse
from django.urls.resolvers import RoutePattern

# Arguments naming the object a URL is about; the rule for the URL says which objects to try.
SUBJECT_ARGS = (
    "page_id",
    "parent_page_id",
    "page_to_move_id",
    "page_pk",
    "pk",
    "image_id",
    "document_id",
    "doc_id",
    "redirect_id",
    "collection_id",
    "uploaded_file_id",
    "object_id",
    "session_id",
    "user_id",
)


@dataclass(frozen=True)
class AdminPattern:
    key: str  # "namespace:name", or the route of an unnamed pattern
    route: str
    name: str | None
    args: tuple[str, ...]

    @property
    def subject_arg(self) -> str | None:
        return next((arg for arg in SUBJECT_ARGS if arg in self.args), None)


def admin_patterns(prefix: str = "admin/") -> list[AdminPattern]:
    """Every URL pattern whose full route starts with `prefix`, keyed by its qualified name."""
    found = []

    def walk(resolver, route, namespace, args):
        for entry in resolver.url_patterns:
            entry_args = args + _argument_names(entry.pattern)
            entry_route = route + str(entry.pattern)
            if isinstance(entry, URLResolver):
                inner = namespace
                if entry.namespace:
                    inner = f"{namespace}:{entry.namespace}" if namespace else entry.namespace
                walk(entry, entry_route, inner, entry_args)
            elif isinstance(entry, URLPattern) and entry_route.startswith(prefix):
                name = entry.name and (f"{namespace}:{entry.name}" if namespace else entry.name)
                found.append(AdminPattern(name or entry_route, entry_route, name, entry_args))

    walk(get_resolver(), "", None, ())
    return found


def _argument_names(pattern) -> tuple[str, ...]:
    if isinstance(pattern, RoutePattern):  # path(): <int:page_id>
        return tuple(pattern.converters)
    return tuple(pattern.regex.groupindex)  # re_path(): (?P<pk>\d+)


def build_url(pattern: AdminPattern, values: dict) -> str:
    """The URL of the pattern with its arguments filled from `values`."""
    if pattern.name is None:
        # Unnamed: the test 404 page and the admin's catch-all, which takes any path.
        return "/" + pattern.route.replace("^.*/$", "no-such-admin-page/")
    return reverse(pattern.name, kwargs={arg: values[arg] for arg in pattern.args})
