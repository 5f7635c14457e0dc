"""URLs of the intake app."""

app_name = "intake"

urlpatterns: list = []
