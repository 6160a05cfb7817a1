"""The `trustplanner` command and its subcommands, one module per command or family.

`main` reads the command line and hands over; the window starts from `window`.
"""
