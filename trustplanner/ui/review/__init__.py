"""The Review page: how each agreement with yourself ended."""
