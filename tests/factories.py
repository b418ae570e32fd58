"""Factories that build the page tree through parents (wagtail-factories)."""

import io

import factory
import wagtail_factories
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.images import ImageFile
from PIL import Image
from wagtail.models import Collection

from masthead.articles.models import ArticleByline, ArticleIndexPage, ArticlePage
from masthead.editorial.models import DeskAssignment
from masthead.newsroom.models import InfoPage
from masthead.people.models import AuthorIndexPage, AuthorPage
from masthead.photos.models import Photo
from masthead.sections.models import HomePage, SectionPage, TopicIndexPage, TopicPage


def jpeg_bytes(width=640, height=400, color=(40, 90, 140), **save_options) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (width, height), color).save(buffer, "JPEG", **save_options)
    return buffer.getvalue()


class PhotoFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Photo

    title = factory.Sequence(lambda n: f"Photo {n}")
    description = "A street in the capital at dusk"
    caption = "Evening traffic on the embankment, 19 June 2026."
    credit_agencies = "EPA-EFE"
    credit_photographer = "Ilse Marten"
    credit_source = "SPUTNIK / KREMLIN POOL"
    file = factory.LazyFunction(lambda: ImageFile(io.BytesIO(jpeg_bytes()), name="photo.jpg"))
    collection = factory.LazyFunction(lambda: Collection.get_first_root_node())


class HomePageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = HomePage

    title = "Home"
    slug = "home"


class SectionPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = SectionPage

    title = factory.Sequence(lambda n: f"Section {n}")
    intro = "What happens, and why it matters."


class TopicIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = TopicIndexPage

    title = "Topics"
    slug = "topics"


class TopicPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = TopicPage

    title = factory.Sequence(lambda n: f"Topic {n}")
    description = "Everything we publish on this topic."


class AuthorIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = AuthorIndexPage

    title = "Authors"
    slug = "authors"


class AuthorPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = AuthorPage

    title = factory.Sequence(lambda n: f"Author {n}")
    role = "Correspondent"
    bio = "Covers politics and the courts."


class ArticleIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = ArticleIndexPage

    title = "Articles"
    slug = "articles"


class ArticlePageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = ArticlePage

    headline = factory.Sequence(lambda n: f"Parliament passes budget after night session {n}")
    title = factory.LazyAttribute(lambda obj: obj.headline[:255])
    slug = factory.Sequence(lambda n: f"budget-night-session-{n}")
    standfirst = "Deputies approved the spending plan by a narrow margin."
    body = factory.LazyFunction(
        lambda: [
            ("paragraph", "<p>The vote came shortly after three in the morning.</p>"),
            ("subheading", "What changes"),
            ("paragraph", "<p>Spending on schools rises for the first time in years.</p>"),
        ]
    )


class InfoPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = InfoPage

    title = "Terms of use"
    slug = "terms"
    body = "<p>Our content may be quoted with a link to the original.</p>"


class ArticleBylineFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ArticleByline


ROLE_GROUPS = {
    "contributor": "Contributors",
    "reporter": "Reporters",
    "section_editor": "Section editors",
    "photo_editor": "Photo editors",
    "chief": "Editors in chief",
    "administrator": "Administrators",
}


def make_staff(username: str, role: str, sections=()):
    """A member of staff in one role (the groups the roles migration made), in some sections."""
    user = get_user_model().objects.create_user(
        username, f"{username}@example.org", "a long and unguessable passphrase"
    )
    user.groups.add(Group.objects.get(name=ROLE_GROUPS[role]))
    if sections:
        DeskAssignment.objects.create(user=user).sections.set(sections)
    return user
