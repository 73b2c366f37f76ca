# Start-up and shutdown only: what every run pays before the first instruction.
pass
