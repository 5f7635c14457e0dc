"""Pure domain core: no Django, no database. Dataclasses in, dataclasses out."""
