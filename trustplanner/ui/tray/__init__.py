"""The tray icon and the morning and evening nudges."""
