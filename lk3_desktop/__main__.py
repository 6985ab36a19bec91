"""`python -m lk3_desktop` is the same as the `lk3-desktop` command."""

from lk3_desktop.cli import main

raise SystemExit(main())
