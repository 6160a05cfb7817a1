"""trustplanner: small agreements with yourself, kept."""

__version__ = "0.1.0"
APP_NAME = "trustplanner"
APP_DISPLAY_NAME = "Trust Planner"
# The reverse-DNS name desktops know the app by: its menu entry, icon and windows.
APP_ID = "io.github.trustplanner.TrustPlanner"
