"""The concurrent package (pyvm): holds concurrent.futures."""
