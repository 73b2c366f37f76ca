# An uncaught NameError in a nested call.
def outer():
    return inner()

def inner():
    return undefined_thing + 1

print('calling outer')
outer()
