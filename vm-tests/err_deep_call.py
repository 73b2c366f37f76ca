# An uncaught exception raised three calls deep: full traceback, status 1.
def level3(d):
    print('level3 looking up', 'missing')
    return d['missing']

def level2(d):
    return level3(d) + 1

def level1():
    data = {'present': 1}
    return level2(data)

print('start')
level1()
print('never printed')
