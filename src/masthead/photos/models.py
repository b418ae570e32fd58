"""Photos: Wagtail's image model with caption, alt text and a structured agency credit."""

import functools
import hashlib
import io
import os

from django.core.files.base import ContentFile
from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from PIL import Image
from wagtail.images.models import AbstractImage, AbstractRendition, Filter
from wagtail.search import index

from masthead.core.sanitize import clean_plain_text, clean_plain_text_line
from masthead.editions.texts import clean_texts, text_in
from masthead.photos.metadata import read_credit_metadata, strip_private_metadata

CREDIT_SEPARATOR = " / "


# What a photo says in words in the other editions' languages, and how each is cleaned.
TEXT_CLEANERS = {"alt_text": clean_plain_text_line, "caption": clean_plain_text}


def split_agencies(value: str) -> list[str]:
    """Return the agencies of a comma-separated credit field, in credit order."""
    return [name.strip() for name in (value or "").split(",") if name.strip()]


class Photo(AbstractImage):
    # Wagtail's own `description` field is the alt text; here it is required and named so.
    description = models.CharField(
        max_length=255,
        verbose_name=_("alt text"),
        help_text=_("What the photo shows, for readers who cannot see it."),
    )
    caption = models.TextField(
        blank=True,
        max_length=1000,
        verbose_name=_("caption"),
        help_text=_("Plain text shown under the photo."),
    )
    credit_agencies = models.CharField(
        blank=True,
        max_length=255,
        verbose_name=_("agencies"),
        help_text=_("In credit order, separated by commas, e.g. “EPA-EFE” or “Reuters, AFP”."),
    )
    credit_photographer = models.CharField(
        blank=True, max_length=255, verbose_name=_("photographer")
    )
    credit_source = models.CharField(
        blank=True,
        max_length=255,
        verbose_name=_("source or pool"),
        help_text=_("For example “SPUTNIK / KREMLIN POOL”."),
    )
    licence_note = models.CharField(
        blank=True,
        max_length=500,
        verbose_name=_("licence and usage"),
        help_text=_(
            "Terms agreed with the agency, e.g. “Editorial use only”. Not shown to readers."
        ),
    )
    # Alt text and caption above are in the newsroom's main language (the first edition); the
    # other editions' are here, by language: {"ru": {"alt_text": "…", "caption": "…"}}. A photo
    # is shared by every edition, and a Russian page must not describe it in English.
    texts_in_other_languages = models.JSONField(default=dict, blank=True, editable=False)
    # Hash of the file as last cleaned, so a file stored by any path (the multiple uploader
    # stores it before our form sees it) is still cleaned of private metadata on save.
    cleaned_file_hash = models.CharField(max_length=40, blank=True, editable=False)

    admin_form_fields = (
        "title",
        "file",
        "description",
        "caption",
        "credit_agencies",
        "credit_photographer",
        "credit_source",
        "licence_note",
        "collection",
        "tags",
        "focal_point_x",
        "focal_point_y",
        "focal_point_width",
        "focal_point_height",
    )

    search_fields = [
        *AbstractImage.search_fields,
        index.SearchField("caption"),
        index.SearchField("credit_photographer"),
        index.SearchField("credit_agencies"),
    ]

    class Meta:
        verbose_name = _("photo")
        verbose_name_plural = _("photos")

    def text_in(self, field: str, language: str | None) -> str:
        """Return the photo's alt text or caption in this language, or the main language's."""
        main_text = self.description if field == "alt_text" else self.caption
        return text_in(main_text, self.texts_in_other_languages, field, language)

    @property
    def alt_text(self) -> str:
        """The alt text in the active language: pages, feeds and cards are rendered in theirs."""
        return self.text_in("alt_text", get_language())

    @property
    def caption_text(self) -> str:
        """The caption in the active language, shown when an article gives none of its own."""
        return self.text_in("caption", get_language())

    @property
    def default_alt_text(self) -> str:
        return self.alt_text or self.title

    @property
    def credit_line(self) -> str:
        """Return the credit as printed everywhere: “EPA-EFE / NAME / SPUTNIK / KREMLIN POOL”."""
        parts = [
            *split_agencies(self.credit_agencies),
            self.credit_photographer,
            self.credit_source,
        ]
        return CREDIT_SEPARATOR.join(part.strip() for part in parts if part and part.strip())

    def save(self, *args, **kwargs):
        for field in ("caption", "credit_agencies", "credit_photographer", "credit_source"):
            setattr(self, field, clean_plain_text(getattr(self, field)))
        self.texts_in_other_languages = clean_texts(self.texts_in_other_languages, TEXT_CLEANERS)
        if self.file:
            self.clean_uploaded_file()
        super().save(*args, **kwargs)

    def clean_uploaded_file(self) -> None:
        """Fill empty credit fields from IPTC/XMP, then drop EXIF, GPS and serials from the file."""
        if getattr(self.file, "_committed", True) and self.file_hash == self.cleaned_file_hash:
            return
        self.file.open("rb")
        self.file.seek(0)
        original = self.file.read()
        self.prefill_credit(io.BytesIO(original))
        cleaned = strip_private_metadata(io.BytesIO(original))
        if cleaned is None:
            cleaned = original
        stored_name = self.file.name if getattr(self.file, "_committed", True) else None
        self.file.save(os.path.basename(self.file.name), ContentFile(cleaned), save=False)
        if stored_name and stored_name != self.file.name:
            self.file.storage.delete(stored_name)
        self.file_size = len(cleaned)
        self.file_hash = hashlib.sha1(cleaned).hexdigest()  # noqa: S324 - Wagtail's own format
        self.cleaned_file_hash = self.file_hash
        # Orientation may have been applied, so the stored size can differ from the upload's.
        with Image.open(io.BytesIO(cleaned)) as image:
            self.width, self.height = image.size

    def prefill_credit(self, original) -> None:
        """Copy credit fields from the upload's metadata into those an editor left empty."""
        found = read_credit_metadata(original)
        prefills = {
            "credit_agencies": ", ".join(found.agencies),
            "credit_photographer": found.photographer,
            "credit_source": found.source,
            "caption": found.caption,
            "licence_note": found.licence_note,
        }
        for field, value in prefills.items():
            if value and not getattr(self, field):
                limit = self._meta.get_field(field).max_length
                setattr(self, field, clean_plain_text(value)[:limit])


class PhotoRendition(AbstractRendition):
    image = models.ForeignKey(Photo, on_delete=models.CASCADE, related_name="renditions")

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)


@functools.cache
def image_filter(spec: str) -> Filter:
    """Wagtail's Filter for `spec`, made once per process. Given a spec as a string, Wagtail
    makes a new Filter and parses its operations again (through `inspect`, ~0.2 ms a spec): a
    lead photo's nine renditions cost 2 ms a page that way."""
    return Filter(spec=spec)
