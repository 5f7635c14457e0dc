"""Account pages beyond Django's login/logout (sign-up, claims, profile): see the trust issue."""

app_name = "accounts"

urlpatterns: list = []
