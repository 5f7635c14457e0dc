from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "lienket.web.accounts"
    label = "accounts"
    verbose_name = "Tài khoản / Accounts"
