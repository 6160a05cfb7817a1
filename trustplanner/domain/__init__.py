"""The rules of trustplanner, in plain Python.

Nothing in this package imports Qt or touches the store or the clock: dates
and times are passed in, so the command line, the reports and the tests use
the same rules as the window.
"""
