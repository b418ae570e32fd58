"""Fragments rendered once per request, or once per bake, for each set of values."""

from itertools import count

from django.template import Context, Template
from django.utils.translation import override

from masthead.core.memo import SHARED_MEMO_KEY

FRAGMENT = Template(
    "{% load masthead_theme_tags %}{% remembered_fragment 'numbered' value %}"
    "{{ value }}:{{ renders }}{% endremembered_fragment %}"
)


def render(request, value, renders) -> str:
    """Render the fragment; `renders` counts how often it was rendered, not taken from memory."""
    context = {"request": request, "value": value, "renders": renders.__next__}
    return FRAGMENT.render(Context(context))


def test_a_bake_renders_a_fragment_once_for_each_value_and_language(rf):
    bake = {}
    first, second = (rf.get("/", **{SHARED_MEMO_KEY: bake}) for _ in range(2))
    renders = count(1)
    assert render(first, "a", renders) == "a:1"
    assert render(second, "a", renders) == "a:1"
    assert render(second, "b", renders) == "b:2"
    with override("ru"):
        assert render(second, "a", renders) == "a:3"


def test_readers_requests_render_their_own_fragments(rf):
    renders = count(1)
    reader, other_reader = rf.get("/"), rf.get("/")
    assert render(reader, "a", renders) == "a:1"
    assert render(reader, "a", renders) == "a:1"
    assert render(other_reader, "a", renders) == "a:2"
