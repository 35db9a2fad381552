"""Settings menu: the worker's own vault settings (Change passphrase…)."""
