"""The safety plan and mandated reports of a client, shown in the Assessment tab."""
