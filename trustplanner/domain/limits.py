"""Limits and defaults that the settings share with the rules they tune.

It imports nothing of the app, so that light commands (`trustplanner status`) can read the
settings without loading the rules of fears, nudges and agreements.
"""

import datetime as dt

RATING_RANGE = (0, 100)  # anxiety and belief, from none to the most there is
DEFAULT_MASTERY_EXPOSURES = 2
DEFAULT_MASTERY_ANXIETY = 30
ALL_WEEKDAYS = (0, 1, 2, 3, 4, 5, 6)  # Monday first
LANGUAGES = ("en", "nl")  # the languages Trust Planner speaks
APPEARANCES = ("light", "dark")  # the looks to choose from, besides the computer's own

# The days anything may be planned, imported or reported on: any day a person planned,
# never a typing slip of ages.
FIRST_DAY, LAST_DAY = dt.date(1970, 1, 1), dt.date(2200, 12, 31)
