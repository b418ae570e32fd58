from django.http import Http404
from wagtail import hooks


@hooks.register("before_serve_page")
def only_articles_have_pdfs(page, request, serve_args, serve_kwargs):
    from masthead.articles.models import ArticlePage

    if getattr(request, "pdf_request", None) and not isinstance(page, ArticlePage):
        raise Http404
