"""The one table of who may do what (security matrix). Every named URL of the site and every write operation of
the API must appear here: a new endpoint fails ``test_security`` until someone classifies it.

Outcomes: "ok" (served, or redirected elsewhere than the login page), "login" (sent to the login page),
"deny" (403, or 404 when the object is out of the persona's reach), "reach" (ok, or 404 because the test database
holds no sample object for that page: the role check passed).
Personas: anon, enterprise (owns ``supplier``), buyer (owns ``buyer_enterprise``), officer.
"""

OK, LOGIN, DENY, REACH = "ok", "login", "deny", "reach"  # reach: ok, or 404 when the sample object is absent
PUBLIC = {"anon": OK, "enterprise": OK, "buyer": OK, "officer": OK}
SIGNED_IN = {"anon": LOGIN, "enterprise": OK, "buyer": OK, "officer": OK}
OFFICER_ONLY = {"anon": LOGIN, "enterprise": DENY, "buyer": DENY, "officer": OK}
LINKED_USER = {"anon": LOGIN, "enterprise": OK, "buyer": OK, "officer": DENY}  # officers own no enterprise
OFFICER_OBJECT = {"anon": LOGIN, "enterprise": DENY, "buyer": DENY, "officer": REACH}
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
    # Other apps (classified 2026-11-24 from their decorators and a probe of every persona; owners' finer rules,
    # e.g. a buyer's own demand, are in those apps' tests).
    "analytics:index": ("GET", PUBLIC),
    "analytics:localization": ("GET", PUBLIC),
    "analytics:promotion": ("GET", PUBLIC),
    "analytics:sites": ("GET", PUBLIC),
    "analytics:scenario_list": ("GET", OFFICER_ONLY),
    "analytics:scenario_compare": ("GET", OFFICER_ONLY),
    "analytics:scenario_detail": ("GET", OFFICER_OBJECT),
    "analytics:scenario_delete": ("POST", OFFICER_OBJECT),
    "analytics:weights": ("GET", OFFICER_ONLY),
    "intake:upload": ("GET", OFFICER_ONLY),
    "intake:template": ("GET", OFFICER_ONLY),
    "intake:batch": ("GET", OFFICER_OBJECT),
    "intake:status": ("GET", OFFICER_OBJECT),
    "intake:errors": ("GET", OFFICER_OBJECT),
    "intake:confirm": ("POST", OFFICER_OBJECT),
    "intake:cancel": ("POST", OFFICER_OBJECT),
    "linkage:search": ("GET", PUBLIC),
    "linkage:match": ("GET", PUBLIC),
    "linkage:product_lookup": ("GET", PUBLIC),
    "linkage:demand_list": ("GET", SIGNED_IN),
    "linkage:demand_create": ("GET", {"anon": LOGIN, "enterprise": DENY, "buyer": OK, "officer": DENY}),
    "linkage:demand_detail": ("GET", {"anon": LOGIN, "enterprise": DENY, "buyer": DENY, "officer": REACH}),
    "linkage:demand_edit": ("GET", {"anon": LOGIN, "enterprise": DENY, "buyer": DENY, "officer": REACH}),
    "linkage:introduce": ("POST", OFFICER_OBJECT),
    "linkage:opportunities": ("GET", SIGNED_IN),
    "linkage:board": ("GET", OFFICER_ONLY),
    "linkage:introduction_list": ("GET", SIGNED_IN),
    "linkage:introduction_detail": (
        "GET",
        {"anon": LOGIN, "enterprise": DENY, "buyer": DENY, "officer": REACH},
    ),
    "linkage:kpis": ("GET", OFFICER_ONLY),
    "opendata:index": ("GET", PUBLIC),
    "opendata:catalog": ("GET", PUBLIC),
    "opendata:download": ("GET", PUBLIC),
    "programmes:programme_list": ("GET", PUBLIC),
    "programmes:programme_detail": ("GET", {p: REACH for p in ("anon", "enterprise", "buyer", "officer")}),
    "programmes:indicator_list": ("GET", PUBLIC),
    "programmes:annual_report": ("GET", OFFICER_ONLY),
    "programmes:activity_list": ("GET", OFFICER_ONLY),
    "programmes:activity_create": ("GET", OFFICER_ONLY),
    "programmes:activity_detail": ("GET", OFFICER_OBJECT),
    "programmes:expert_list": ("GET", OFFICER_ONLY),
    "programmes:readiness": ("GET", OFFICER_OBJECT),
    "programmes:filing_overview": ("GET", OFFICER_ONLY),
    "programmes:filing_action": ("POST", OFFICER_ONLY),
    "programmes:filing_xlsx": ("GET", OFFICER_ONLY),
    "programmes:file_report": ("GET", LINKED_USER),
    "programmes:news_list": ("GET", PUBLIC),
    "programmes:news_feed": ("GET", PUBLIC),
    "programmes:news_detail": ("GET", {p: REACH for p in ("anon", "enterprise", "buyer", "officer")}),
    "programmes:announcement_create": ("GET", OFFICER_ONLY),
    "programmes:announcement_edit": ("GET", OFFICER_OBJECT),
    "programmes:event_register": (
        "POST",
        {"anon": LOGIN, "enterprise": REACH, "buyer": REACH, "officer": REACH},
    ),
    "programmes:inquiry": ("GET", PUBLIC),
    "programmes:inbox": ("GET", OFFICER_ONLY),
    "programmes:inquiry_detail": ("GET", OFFICER_OBJECT),
    "programmes:view_stats": ("GET", OFFICER_ONLY),
    "programmes:count_view": ("POST", PUBLIC),
    "resolution:queue": ("GET", OFFICER_ONLY),
    "resolution:pair": ("GET", OFFICER_OBJECT),
    "resolution:confirm": ("POST", OFFICER_OBJECT),
    "resolution:reject": ("POST", OFFICER_OBJECT),
    "resolution:skip": ("POST", OFFICER_OBJECT),
    "resolution:merges": ("GET", OFFICER_ONLY),
    "resolution:undo": ("POST", OFFICER_OBJECT),
    "resolution:source_values": ("GET", OFFICER_OBJECT),
    "resolution:run": ("GET", OFFICER_ONLY),
    "resolution:run_detail": ("GET", OFFICER_ONLY),
    "resolution:run_status": ("GET", OFFICER_ONLY),
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
# Path arguments for one URL name where the shared sample does not fit.
ARGS_OF = {
    "intake:template": {"kind": "enterprises"},
    "intake:errors": {"fmt": "csv"},
    "opendata:download": {"slug": lambda o: o["dataset"], "fmt": "csv"},
    "programmes:count_view": {"kind": "enterprise", "key": lambda o: o["supplier"].pk},
}
# Which object a ``pk`` means, per URL name (default: the supplier).
PK_OF = {
    "accounts:claim_decide": "claim",
    "accounts:my_child": "offering",
    "accounts:my_child_delete": "offering",
    "portal:enterprise_detail": "supplier",
    "resolution:run_detail": "run",
    "resolution:run_status": "run",
}
