"""The editors' report: articles still to translate, and translations behind their original."""

from functools import wraps

from django.http import HttpResponseForbidden
from django.utils.decorators import method_decorator
from django.utils.translation import gettext, gettext_lazy
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from masthead.editions.translation import (
    edition_locales,
    outdated_translations,
    untranslated_articles,
)

TRANSLATE_PERMISSION = "simple_translation.submit_translation"


def can_translate(user) -> bool:
    return user.is_active and user.has_perm(TRANSLATE_PERMISSION)


def translators_only(view):
    @wraps(view)
    def checked_view(request, *args, **kwargs):
        if not can_translate(request.user):
            return HttpResponseForbidden(
                gettext(
                    "Only those who may start translations (reporters, section editors and "
                    "the editor in chief) can see this report."
                )
            )
        return view(request, *args, **kwargs)

    return checked_view


@method_decorator(translators_only, name="dispatch")
class TranslationsReportView(WagtailAdminTemplateMixin, TemplateView):
    page_title = gettext_lazy("Translations")
    header_icon = "globe"
    template_name = "editions/admin/translations_report.html"
    http_method_names = ["get", "head"]

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.get_page_title()}]

    def get_context_data(self, **kwargs):
        user = self.request.user
        missing = [
            (locale, untranslated_articles(user, locale)) for locale in edition_locales()[1:]
        ]
        # An article written in another edition first may lack the default edition's version.
        default = edition_locales()[:1]
        missing += [(locale, untranslated_articles(user, locale)) for locale in default]
        return super().get_context_data(
            missing=missing, outdated=outdated_translations(user), **kwargs
        )
