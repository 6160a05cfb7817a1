"""trustplanner: small agreements with yourself, kept."""

__version__ = "0.1.0"
APP_NAME = "trustplanner"
APP_DISPLAY_NAME = "Trust Planner"
