"""The tests' name for server/launch.py (a real server in a subprocess over HTTPS)."""

from server.launch import ROOT, LiveServer, free_port, live_server, prepare, restart

__all__ = ["ROOT", "LiveServer", "free_port", "live_server", "prepare", "restart"]
