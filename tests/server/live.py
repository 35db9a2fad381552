"""The tests' name for server/launch.py (a real server in a subprocess over HTTPS)."""

from server.launch import ROOT, LiveServer, _spawn, _wait_ready, free_port, live_server, prepare

__all__ = ["ROOT", "LiveServer", "_spawn", "_wait_ready", "free_port", "live_server", "prepare"]
