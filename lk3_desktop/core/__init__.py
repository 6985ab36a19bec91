"""Pure domain logic: no Qt, no SQLAlchemy, no imports from the rest of the project."""
