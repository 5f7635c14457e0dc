"""URLs of the resolution app."""

app_name = "resolution"

urlpatterns: list = []
