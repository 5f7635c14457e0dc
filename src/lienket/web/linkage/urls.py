"""URLs of the linkage app."""

app_name = "linkage"

urlpatterns: list = []
