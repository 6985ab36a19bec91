"""Qt widgets, dialogs and table models. Talks only to services/."""
