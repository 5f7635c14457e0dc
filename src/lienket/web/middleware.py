"""Small request middlewares."""

from django.conf import settings


class VietnameseFirstMiddleware:
    """Vietnamese is the default language whatever the browser asks for; the visitor's own choice (the language
    cookie set by the VI/EN switch) still wins. Set LIENKET_HONOUR_ACCEPT_LANGUAGE=true to follow browsers."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not settings.HONOUR_ACCEPT_LANGUAGE:
            request.META.pop("HTTP_ACCEPT_LANGUAGE", None)
        return self.get_response(request)
