from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as BaseUserAdmin
from django.utils.translation import gettext_lazy as _

from .models import User


@admin.register(User)
class UserAdmin(BaseUserAdmin):
    list_display = ("username", "email", "role", "enterprise", "is_active", "last_login")
    list_filter = ("role", "is_active", "is_staff")
    search_fields = ("username", "email", "first_name", "last_name", "enterprise__name_vi")
    autocomplete_fields = ("enterprise",)
    fieldsets = BaseUserAdmin.fieldsets + ((_("lienket"), {"fields": ("role", "enterprise", "phone")}),)
