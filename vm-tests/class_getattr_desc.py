class Typed:
    def __init__(self, kind, default=None):
        self.kind = kind
        self.default = default
    def __set_name__(self, owner, name):
        self.name = name
        self.attr = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.attr, self.default)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}, got {type(value).__name__}")
        setattr(obj, self.attr, value)
    def __delete__(self, obj):
        print("deleting", self.name)
        delattr(obj, self.attr)

class Person:
    name = Typed(str, "?")
    age = Typed(int, 0)
    def __init__(self, name, age):
        self.name = name
        self.age = age
    def __repr__(self):
        return f"Person({self.name}, {self.age})"

p = Person("Bo", 31)
print(p, Person.name.name, type(Person.__dict__["age"]).__name__)
try:
    p.age = "old"
except TypeError as e:
    print(e)
del p.age
print(p.age, sorted(vars(p)))

class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
        object.__setattr__(self, "log", [])
    def __getattr__(self, name):
        self.log.append(name)
        return getattr(self._target, name)
    def __setattr__(self, name, value):
        self.log.append("set " + name)
        setattr(self._target, name, value)
    def __delattr__(self, name):
        self.log.append("del " + name)
        delattr(self._target, name)

class Target:
    def __init__(self):
        self.v = 1
    def hello(self):
        return "hello from target"

t = Target()
px = Proxy(t)
print(px.v, px.hello())
px.v = 10
print(t.v)
px.w = 2
del px.w
print(px.log)
try:
    px.missing
except AttributeError as e:
    print(e)

class Lazy:
    calls = 0
    def __getattribute__(self, name):
        type(self).calls += 1
        if name.startswith("secret"):
            raise AttributeError(f"no access to {name}")
        return super().__getattribute__(name)
    def __getattr__(self, name):
        return f"<default {name}>"

lz = Lazy()
lz.a = 5
print(lz.a, lz.b, lz.secret_key, Lazy.calls)
print(getattr(lz, "zzz"), getattr(Target(), "nope", "dflt"), hasattr(Target(), "nope"))

class cached_prop:
    def __init__(self, fn):
        self.fn = fn
        self.__doc__ = fn.__doc__
    def __get__(self, obj, cls):
        if obj is None:
            return self
        v = self.fn(obj)
        obj.__dict__[self.fn.__name__] = v
        return v

class Data:
    def __init__(self, n):
        self.n = n
    @cached_prop
    def total(self):
        "Sum of range"
        print("computing")
        return sum(range(self.n))

d = Data(100)
print(d.total, d.total, Data.total.__doc__)

class Const:
    def __get__(self, obj, cls):
        return 42
class HasConst:
    c = Const()
h = HasConst()
h.c = 7
print(h.c, HasConst.c)

class Meta(type):
    def __getattr__(cls, name):
        return f"meta:{name}"
class WithMeta(metaclass=Meta):
    real = 1
print(WithMeta.real, WithMeta.fake, type(WithMeta).__name__)

class Ro:
    @property
    def x(self):
        return 1
try:
    Ro().x = 2
except AttributeError as e:
    print(e)
try:
    object().foo = 1
except AttributeError as e:
    print(e)
try:
    Target().hello.attr = 1
except AttributeError as e:
    print(e)
print(type(Target.hello).__name__, type(t.hello).__name__, t.hello.__self__ is t, t.hello.__func__ is Target.hello)
print(Typed.__get__.__name__, Person.__init__.__qualname__)
