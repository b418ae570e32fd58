"""The renditions cache keeps objects, not pickles: what a caller changes stays its own."""

from django.core.cache import caches

from masthead.photos.models import Photo
from tests.factories import PhotoFactory


def test_a_rendition_changed_by_its_reader_stays_unchanged_in_the_cache(db):
    photo = PhotoFactory()
    rendition = photo.get_rendition("fill-320x200")
    cache = caches["renditions"]
    cache.set("rendition", rendition)

    first = cache.get("rendition")
    first.image = Photo(title="Someone else's")
    first.width = 1

    again = cache.get("rendition")
    assert again.width == 320
    assert again.image.pk == photo.pk
    assert again is not first


def test_the_cache_still_adds_expires_counts_and_deletes(db):
    cache = caches["renditions"]
    assert cache.add("count", 1)
    assert not cache.add("count", 5)
    assert cache.incr("count", 2) == 3
    assert cache.get_many(["count", "missing"]) == {"count": 3}
    cache.set("short", "gone", timeout=-1)
    assert cache.get("short", "default") == "default"
    cache.delete("count")
    assert cache.get("count") is None
