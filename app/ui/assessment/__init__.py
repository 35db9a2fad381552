"""The Assessment tab of the client record and the structured assessment form."""
