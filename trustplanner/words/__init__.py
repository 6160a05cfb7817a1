"""The app's words: how dates, durations, numbers, endings, fears and problems are
written, in the person's language. Shared by the window, the report and the command
line; below all three, and above only the domain."""
