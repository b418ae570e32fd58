"""The search form: query words and filters, all from the GET parameters of a plain form."""

import datetime

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext_lazy, pgettext_lazy

from masthead.core.sanitize import clean_plain_text_line
from masthead.search.text import words

MAX_QUERY_LENGTH = 200
MAX_QUERY_WORDS = 10
# Dates outside these years name no article, and would overflow date arithmetic near year 1.
EARLIEST_DATE = datetime.date(1900, 1, 1)
LATEST_DATE = datetime.date(2999, 12, 31)
DATE_INPUT_FORMATS = ["%Y-%m-%d", "%d.%m.%Y"]


def date_field(label) -> forms.DateField:
    """A date filter typed as year-month-day, with the browser's date picker where there is one."""
    return forms.DateField(
        label=label,
        required=False,
        input_formats=DATE_INPUT_FORMATS,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        error_messages={"invalid": _("Enter the date as year-month-day, e.g. 2024-06-19.")},
    )


class PageChoiceField(forms.ModelChoiceField):
    """A section or author, chosen by page id; subsections are indented under their parents."""

    def __init__(self, *args, base_depth=None, **kwargs):
        self.base_depth = base_depth
        super().__init__(*args, **kwargs)

    def label_from_instance(self, obj):
        if self.base_depth is None:
            return obj.title
        return "\u2003" * max(obj.depth - self.base_depth, 0) + obj.title


class SearchForm(forms.Form):
    q = forms.CharField(label=_("Search for"), required=False, strip=True)
    section = PageChoiceField(
        label=_("Section"),
        queryset=None,
        required=False,
        empty_label=_("All sections"),
        error_messages={"invalid_choice": _("Choose a section from the list.")},
    )
    author = PageChoiceField(
        label=_("Author"),
        queryset=None,
        required=False,
        empty_label=_("All authors"),
        error_messages={"invalid_choice": _("Choose an author from the list.")},
    )
    date_from = date_field(pgettext_lazy("search: published on or after", "From"))
    date_to = date_field(pgettext_lazy("search: published on or before", "To"))

    def __init__(self, *args, sections, authors, section_depth=0, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["section"].queryset = sections
        self.fields["section"].base_depth = section_depth
        self.fields["author"].queryset = authors
        self.words_dropped = 0

    def clean_q(self):
        query = clean_plain_text_line(self.cleaned_data["q"])
        if len(query) > MAX_QUERY_LENGTH:
            raise ValidationError(
                ngettext_lazy(
                    "Your search is longer than %(limit)d character; shorten it and search again.",
                    "Your search is longer than %(limit)d characters; shorten it and search again.",
                    MAX_QUERY_LENGTH,
                ),
                code="too_long",
                params={"limit": MAX_QUERY_LENGTH},
            )
        return query

    def _clean_date(self, name):
        value = self.cleaned_data[name]
        if value is not None and not EARLIEST_DATE <= value <= LATEST_DATE:
            raise ValidationError(
                _("Choose a date between %(earliest)s and %(latest)s."),
                code="out_of_range",
                params={"earliest": EARLIEST_DATE.year, "latest": LATEST_DATE.year},
            )
        return value

    def clean_date_from(self):
        return self._clean_date("date_from")

    def clean_date_to(self):
        return self._clean_date("date_to")

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("date_from"), cleaned.get("date_to")
        if start and end and start > end:
            raise ValidationError(
                _("The “from” date is after the “to” date; swap them and search again."),
                code="dates_reversed",
            )
        return cleaned

    @property
    def search_words(self) -> list[str]:
        """Return the words searched for: at most `MAX_QUERY_WORDS`, each once."""
        unique = list(dict.fromkeys(w.lower() for w in words(self.cleaned_data.get("q") or "")))
        self.words_dropped = max(len(unique) - MAX_QUERY_WORDS, 0)
        return unique[:MAX_QUERY_WORDS]

    @property
    def has_filters(self) -> bool:
        names = ("section", "author", "date_from", "date_to")
        return any(self.cleaned_data.get(name) for name in names)
