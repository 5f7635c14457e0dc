"""One error body for every API error: ``{"error": {"code", "message", "details"}}``, and the handlers that
produce it for each exception the API can meet."""

from __future__ import annotations

import logging

from django.core.exceptions import ObjectDoesNotExist, PermissionDenied
from django.core.exceptions import ValidationError as DjangoValidationError
from django.db import IntegrityError
from django.http import Http404
from ninja import NinjaAPI, Schema
from ninja.errors import AuthenticationError, AuthorizationError, HttpError, Throttled
from ninja.errors import ValidationError as NinjaValidationError

log = logging.getLogger(__name__)

CODES = {
    400: "bad_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    409: "conflict",
    412: "precondition_failed",
    422: "validation_error",
    429: "rate_limited",
    500: "server_error",
}


class ErrorBody(Schema):
    code: str
    message: str
    details: dict | list | None = None


class ErrorOut(Schema):
    """The shape of every error response."""

    error: ErrorBody


class ApiError(Exception):
    """An error the API reports as is (status, code, message, details); raised by API code, never by services."""

    def __init__(self, status: int, message: str, *, code: str | None = None, details=None):
        super().__init__(message)
        self.status, self.message, self.details = status, message, details
        self.code = code or CODES.get(status, "error")


def body(status: int, message: str, *, code: str | None = None, details=None) -> dict:
    return {"error": {"code": code or CODES.get(status, "error"), "message": message, "details": details}}


def _plain_details(errors):
    # Pydantic error entries may hold exceptions or bytes in "ctx"/"input": keep what JSON can carry.
    out = []
    for e in errors or []:
        if isinstance(e, dict):
            out.append(
                {
                    k: (v if isinstance(v, str | int | float | list | type(None)) else str(v))
                    for k, v in e.items()
                    if k in {"type", "loc", "msg"}
                }
            )
        else:
            out.append(str(e))
    return out


def install(api: NinjaAPI) -> None:
    """Register the handlers on ``api`` (most specific classes first is not needed: ninja walks the MRO)."""

    def respond(request, status, message, *, code=None, details=None):
        return api.create_response(request, body(status, message, code=code, details=details), status=status)

    from .services import VersionConflict

    @api.exception_handler(VersionConflict)
    def _conflict(request, exc: VersionConflict):
        return respond(
            request,
            409,
            str(exc),
            code="version_conflict",
            details={"expected": exc.expected, "current": exc.current},
        )

    @api.exception_handler(ApiError)
    def _api_error(request, exc: ApiError):
        return respond(request, exc.status, exc.message, code=exc.code, details=exc.details)

    @api.exception_handler(NinjaValidationError)
    def _validation(request, exc: NinjaValidationError):
        return respond(request, 422, "Request did not validate.", details=_plain_details(exc.errors))

    @api.exception_handler(DjangoValidationError)
    def _model_validation(request, exc: DjangoValidationError):
        details = exc.message_dict if hasattr(exc, "error_dict") else {"__all__": exc.messages}
        return respond(request, 422, "Record did not validate.", details=details)

    @api.exception_handler(Throttled)
    def _throttled(request, exc: Throttled):
        return respond(
            request,
            429,
            "Too many requests; retry after the delay in Retry-After.",
            details={"retry_after": exc.wait},
        )

    @api.exception_handler(AuthenticationError)
    def _unauthenticated(request, exc):
        return respond(request, 401, "A valid API token is required (Authorization: Bearer <token>).")

    @api.exception_handler(AuthorizationError)
    def _forbidden(request, exc):
        return respond(request, 403, str(exc) or "Forbidden.")

    @api.exception_handler(PermissionDenied)
    def _denied(request, exc):
        return respond(request, 403, str(exc) or "Forbidden.")

    @api.exception_handler(HttpError)
    def _http(request, exc: HttpError):
        status = exc.status_code
        return respond(request, status, str(exc))

    @api.exception_handler(Http404)
    def _404(request, exc):
        return respond(request, 404, "Not found.")

    @api.exception_handler(ObjectDoesNotExist)
    def _missing(request, exc):
        return respond(request, 404, "Not found.")

    @api.exception_handler(IntegrityError)
    def _integrity(request, exc):
        return respond(
            request, 409, "The change conflicts with another record.", details={"db": str(exc)[:300]}
        )

    @api.exception_handler(Exception)
    def _crash(request, exc):
        log.exception("API error on %s %s", request.method, request.path)
        return respond(request, 500, "Internal error; it has been logged.")
