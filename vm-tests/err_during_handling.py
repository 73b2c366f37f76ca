# An exception inside an except handler: implicit chaining in the traceback.
def lookup(d, key):
    try:
        return d[key]
    except KeyError:
        print('handling missing key', key)
        return d[key.upper()] / 0

print(lookup({'a': 1}, 'a'))
print(lookup({'B': 2}, 'b'))
