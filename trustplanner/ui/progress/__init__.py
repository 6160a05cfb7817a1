"""The Progress page: the self-trust index and the charts behind it (matplotlib, loaded lazily)."""
