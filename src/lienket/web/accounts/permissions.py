"""View guards shared by the apps: officer-only pages and enterprise owners."""

from __future__ import annotations

from functools import wraps

from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied


def officer_required(view):
    """Anonymous visitors go to the login page; signed-in users who are not officers get 403."""

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        if not request.user.is_officer:
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return wrapped


def enterprise_user_required(view):
    """A signed-in user linked to an enterprise (after an approved claim), or 403."""

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        if not request.user.enterprise_id:
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return wrapped
