# Uncaught exception raised as a bare class: no message after the name.
print('before')
raise LookupError
