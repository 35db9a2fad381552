"""How the app locks: one sequence, one epoch, the signals that start it."""
