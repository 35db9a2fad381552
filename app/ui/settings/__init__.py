"""Settings menu: the worker's own vault settings (Preferences…, Change passphrase…), and the
text zoom of the View menu."""
