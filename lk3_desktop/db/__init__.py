"""Storage: SQLCipher engine, key slots, ORM models, migrations, audit chain."""
