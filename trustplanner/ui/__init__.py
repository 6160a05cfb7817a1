"""The window: views lay out widgets, controllers call the domain and the store."""
