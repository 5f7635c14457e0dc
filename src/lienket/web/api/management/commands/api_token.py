"""``lienket manage api_token create USERNAME NAME`` (prints the secret once), ``list``, ``revoke ID``."""

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from lienket.web.api.models import ApiToken


class Command(BaseCommand):
    help = "Create, list or revoke API tokens (the secret is printed once, at creation)."

    def add_arguments(self, parser):
        sub = parser.add_subparsers(dest="action", required=True)
        create = sub.add_parser("create")
        create.add_argument("username")
        create.add_argument("name")
        sub.add_parser("list")
        revoke = sub.add_parser("revoke")
        revoke.add_argument("id", type=int)

    def handle(self, *args, **opts):
        if opts["action"] == "create":
            try:
                user = get_user_model().objects.get(username=opts["username"])
            except get_user_model().DoesNotExist:
                raise CommandError(f"No user named {opts['username']!r}") from None
            token, raw = ApiToken.issue(user, opts["name"])
            self.stderr.write(f"Token {token.pk} for {user.username} ({user.role}); shown once, keep it now:")
            self.stdout.write(raw)
        elif opts["action"] == "list":
            for t in ApiToken.objects.select_related("user"):
                state = "revoked" if t.revoked else "active"
                self.stdout.write(
                    f"{t.pk}\t{t.user.username}\t{t.name}\t{t.key_prefix}…\t{state}\t{t.last_used or '-'}"
                )
        else:
            n = ApiToken.objects.filter(pk=opts["id"]).update(revoked=True)
            if not n:
                raise CommandError(f"No token with id {opts['id']}")
            self.stdout.write(f"Token {opts['id']} revoked")
