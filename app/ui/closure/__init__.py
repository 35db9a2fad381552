"""Closing a case: the close-case form (the checklist read from the record, each goal's
outcome, follow-up, the client's feedback, an exception) and the case's closure panel."""
