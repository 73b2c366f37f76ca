import atexit
atexit.register(atexit._run_exitfuncs)
