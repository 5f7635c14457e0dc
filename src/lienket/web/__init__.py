"""The Django project: settings, urls and one app per bounded area."""
