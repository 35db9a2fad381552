"""Help menu: the user guide inside the app (F1), the keyboard shortcuts and About Caseload."""
