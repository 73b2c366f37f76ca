# global and nonlocal declarations, nested functions.
counter = 0
def incr():
    global counter
    counter += 1
    return counter
incr()
incr()
print(counter)
def set_new_global():
    global brand_new
    brand_new = 'created'
set_new_global()
print(brand_new)
x = 'global x'
def shadow():
    x = 'local x'
    return x
print(shadow(), x)
def read_global():
    return x
print(read_global())
def outer():
    n = 0
    def inner():
        nonlocal n
        n += 10
        return n
    inner()
    inner()
    return n
print(outer())
def level1():
    v = 1
    def level2():
        def level3():
            nonlocal v
            v = 3
        level3()
        return v
    r = level2()
    return r, v
print(level1())
def make():
    items = []
    def add(item):
        items.append(item)
        return len(items)
    def get():
        return items
    return add, get
add, get = make()
add('a')
add('b')
print(get())
def uses_enclosing():
    msg = 'enclosing'
    def show():
        return msg
    msg = 'changed'
    return show()
print(uses_enclosing())
def g():
    global x
    x = 'modified global'
g()
print(x)
def h():
    def unused():
        return undefined_name
    return 'nested def ok'
print(h())
y = 1
def k():
    y = 2
    def m():
        global y
        return y
    return m()
print(k())
