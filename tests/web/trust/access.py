"""The one table of who may do what (security matrix). Every named URL of the site and every write operation of
the API must appear here: a new endpoint fails ``test_security`` until someone classifies it.

Outcomes: "ok" (served, or redirected elsewhere than the login page), "login" (sent to the login page),
"deny" (403, or 404 when the object is out of the persona's reach).
Personas: anon, enterprise (owns ``supplier``), buyer (owns ``buyer_enterprise``), officer.
"""

OK, LOGIN, DENY = "ok", "login", "deny"
PUBLIC = {"anon": OK, "enterprise": OK, "buyer": OK, "officer": OK}
SIGNED_IN = {"anon": LOGIN, "enterprise": OK, "buyer": OK, "officer": OK}
OFFICER_ONLY = {"anon": LOGIN, "enterprise": DENY, "buyer": DENY, "officer": OK}
LINKED_USER = {"anon": LOGIN, "enterprise": OK, "buyer": OK, "officer": DENY}  # officers own no enterprise
HISTORY = {"anon": DENY, "enterprise": OK, "buyer": DENY, "officer": OK}  # sample: the supplier's history

# url name -> (method, {persona: outcome}). Admin URLs are Django's (staff only, tested in test_admin).
PAGES = {
    "set_language": ("POST", PUBLIC),
    "login": ("GET", PUBLIC),
    "logout": ("POST", PUBLIC),
    "password_change": ("GET", SIGNED_IN),
    "password_change_done": ("GET", SIGNED_IN),
    "password_reset": ("GET", PUBLIC),
    "password_reset_done": ("GET", PUBLIC),
    "password_reset_confirm": ("GET", PUBLIC),
    "password_reset_complete": ("GET", PUBLIC),
    "accounts:home": ("GET", SIGNED_IN),
    "accounts:login": ("GET", PUBLIC),
    "accounts:signup": ("GET", PUBLIC),
    "accounts:claim": ("GET", SIGNED_IN),
    "accounts:claim_queue": ("GET", OFFICER_ONLY),
    "accounts:claim_decide": ("POST", OFFICER_ONLY),
    "accounts:my_enterprise": ("GET", LINKED_USER),
    "accounts:my_child_add": ("GET", LINKED_USER),
    "accounts:my_child": ("GET", {"anon": LOGIN, "enterprise": OK, "buyer": DENY, "officer": DENY}),
    "accounts:my_child_delete": ("POST", {"anon": LOGIN, "enterprise": OK, "buyer": DENY, "officer": DENY}),
    "accounts:totp": ("GET", OFFICER_ONLY),
    "audit:stale": ("GET", OFFICER_ONLY),
    "audit:verify": ("POST", OFFICER_ONLY),
    "audit:trash_index": ("GET", OFFICER_ONLY),
    "audit:trash": ("GET", OFFICER_ONLY),
    "audit:revert": ("POST", OFFICER_ONLY),
    "audit:history": ("GET", HISTORY),
    "portal:home": ("GET", PUBLIC),
    "portal:zone_list": ("GET", PUBLIC),
    "portal:zone_detail": ("GET", PUBLIC),
    "portal:enterprise_list": ("GET", PUBLIC),
    "portal:enterprise_detail": ("GET", PUBLIC),
    "portal:taxonomy": ("GET", PUBLIC),
    "portal:taxonomy_version": ("GET", PUBLIC),
}

# API write operations (view function name) -> personas allowed to change an object that is not their own.
# Owners' rights over their own records are tested by the API engineer's suite.
API_WRITES = {
    "create_zone": {"officer"},
    "update_zone": {"officer"},
    "delete_zone": {"officer"},
    "create_enterprise": {"officer"},
    "update_enterprise": {"officer"},
    "delete_enterprise": {"officer"},
    "create_offering": {"officer"},
    "update_offering": {"officer"},
    "delete_offering": {"officer"},
    "create_demand": {"officer"},
    "update_demand": {"officer"},
    "delete_demand": {"officer"},
    "create_introduction": {"officer"},
    "move_introduction_stage": {"officer"},
    "run_scenario": {"officer"},
}

# Sample path arguments by argument name (callables take the test's objects dict).
SAMPLE_ARGS = {
    "enterprise_id": lambda o: o["supplier"].pk,
    "pk": lambda o: o["pk"],
    "entry_id": lambda o: o["entry"].pk,
    "model_name": lambda o: "enterprise",
    "app_label": lambda o: "registry",
    "kind": lambda o: "san-pham",
    "code": lambda o: o["zone"].code,
    "version": lambda o: o["version"],
    "uidb64": lambda o: "MQ",
    "token": lambda o: "set-password",
}
# Which object a ``pk`` means, per URL name (default: the supplier).
PK_OF = {
    "accounts:claim_decide": "claim",
    "accounts:my_child": "offering",
    "accounts:my_child_delete": "offering",
    "portal:enterprise_detail": "supplier",
}

# Landed while this table was written (2026-11-24), not yet classified: the matrix skips them and the
# classification test tolerates exactly these names. Move each into PAGES with its expectations; never add
# new names here.
PENDING = {
    "analytics:index",
    "analytics:localization",
    "analytics:promotion",
    "analytics:scenario_compare",
    "analytics:scenario_delete",
    "analytics:scenario_detail",
    "analytics:scenario_list",
    "analytics:sites",
    "analytics:weights",
    "intake:batch",
    "intake:cancel",
    "intake:confirm",
    "intake:errors",
    "intake:status",
    "intake:template",
    "intake:upload",
    "linkage:board",
    "linkage:demand_create",
    "linkage:demand_detail",
    "linkage:demand_edit",
    "linkage:demand_list",
    "linkage:introduce",
    "linkage:introduction_detail",
    "linkage:introduction_list",
    "linkage:kpis",
    "linkage:match",
    "linkage:opportunities",
    "linkage:product_lookup",
    "linkage:search",
    "opendata:catalog",
    "opendata:download",
    "opendata:index",
    "programmes:activity_create",
    "programmes:activity_detail",
    "programmes:activity_list",
    "programmes:announcement_create",
    "programmes:announcement_edit",
    "programmes:annual_report",
    "programmes:count_view",
    "programmes:event_register",
    "programmes:expert_list",
    "programmes:file_report",
    "programmes:filing_action",
    "programmes:filing_overview",
    "programmes:filing_xlsx",
    "programmes:inbox",
    "programmes:indicator_list",
    "programmes:inquiry",
    "programmes:inquiry_detail",
    "programmes:news_detail",
    "programmes:news_feed",
    "programmes:news_list",
    "programmes:programme_detail",
    "programmes:programme_list",
    "programmes:readiness",
    "programmes:view_stats",
}
