"""The Plan page: putting a day together that fits."""
