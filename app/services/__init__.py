"""Use cases: `verb_noun(session, ...) -> plain result`. The only API ui, cli and sync call.

Results are frozen dataclasses, never live ORM objects, so nothing outside a unit of work can
lazy-load from (or keep open) the encrypted database.
"""
