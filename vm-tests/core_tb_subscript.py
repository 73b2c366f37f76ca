# Traceback carets under subscripts (load, store, delete, augmented) and around them.
def load(a):
    return a[5]

def store(a):
    a[ 5 ] = 1

def delete(d):
    del d['missing']

def aug(d):
    d['k'] += 1

def nested(a):
    return 1 + a[0][3] + 2


try:
    load([1])
except IndexError:
    try:
        store([])
    except IndexError:
        try:
            delete({})
        except KeyError:
            try:
                aug({})
            except KeyError:
                try:
                    nested([[1]])
                except IndexError:
                    x = {}[1, 2]
