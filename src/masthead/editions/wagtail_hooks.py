"""Admin hooks of the editions: the translations report under Reports."""

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from masthead.editions import views


@hooks.register("register_admin_urls")
def register_translation_report_urls():
    urls = [path("", views.TranslationsReportView.as_view(), name="index")]
    return [path("reports/translations/", include((urls, "masthead_translations")))]


class TranslationsMenuItem(MenuItem):
    def is_shown(self, request):
        return views.can_translate(request.user)


@hooks.register("register_reports_menu_item")
def register_translations_menu_item():
    return TranslationsMenuItem(
        _("Translations"),
        reverse("masthead_translations:index"),
        name="translations",
        icon_name="globe",
        order=700,
    )
