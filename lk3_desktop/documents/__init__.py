"""Official PDF documents (ReportLab): referral letter, recovery card, summaries, reports."""
