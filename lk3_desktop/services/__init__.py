"""Use cases. Each call takes the acting user, checks permission, runs in one transaction
and writes its audit entry. No Qt here."""
