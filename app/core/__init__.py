"""Pure domain rules and value types. Imports nothing else of ours, no SQLAlchemy, no Qt."""
