# Descriptors (__set_name__, __get__/__set__/__delete__ patched after warm-up), __init_subclass__,
# __class_getitem__, properties, classmethod/staticmethod and slot members.
def t(label, f):
    try: print(label, "->", f())
    except BaseException as e: print(label, "!!", type(e).__name__, e)
class Field:
    def __init__(self, default=None): self.default = default
    def __set_name__(self, owner, name):
        self.name = name; self.owner = owner.__name__
        print("set_name", owner.__name__, name)
    def __get__(self, obj, objtype=None):
        if obj is None: return self
        return obj.__dict__.get(self.name, self.default)
    def __set__(self, obj, value):
        if not isinstance(value, int): raise TypeError(f"{self.name} must be int")
        obj.__dict__[self.name] = value
    def __delete__(self, obj):
        obj.__dict__.pop(self.name, None)
class Registry:
    classes = []
    def __init_subclass__(cls, /, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
        Registry.classes.append(cls.__name__)
class Model(Registry, tag="model"):
    x = Field(1)
    y = Field(2)
class Sub(Model, tag="sub"):
    z = Field(3)
print(Registry.classes, Model.tag, Sub.tag)
m = Sub()
t("defaults", lambda: (m.x, m.y, m.z))
m.x = 10
t("set", lambda: m.x)
t("bad set", lambda: setattr(m, "y", "s"))
del m.x
t("deleted", lambda: m.x)
t("class access", lambda: type(Sub.x).__name__)
t("init_subclass bad kw", lambda: type("Bad", (Registry,), {}, bogus=1))
t("set_name later", lambda: setattr(Sub, "w", Field()) or hasattr(Sub.w, "name"))
def getx(o): return o.x
for i in range(300): getx(m)
Field.__get__ = lambda self, obj, objtype=None: "patched get"
t("patched __get__", lambda: getx(m))
del Field.__get__
t("no __get__ (data descr without get)", lambda: type(getx(m)).__name__)
m.__dict__["x"] = "in dict"
t("dict vs set-only descr", lambda: getx(m))
del Field.__set__
del Field.__delete__
t("plain object now", lambda: getx(m))
# __set_name__ error
class BadName:
    def __set_name__(self, owner, name): raise ValueError("nope")
t("set_name raises", lambda: type("C", (), {"a": BadName()}))
# __class_getitem__
class G:
    def __class_getitem__(cls, item): return f"G[{item}]"
t("class_getitem", lambda: G[int])
t("list[int]", lambda: list[int])
t("dict[str, int]", lambda: dict[str, int])
t("instance getitem", lambda: G()[1])
# property features
class P:
    def __init__(self): self._v = 0
    @property
    def v(self):
        "the v"
        return self._v
    @v.setter
    def v(self, val): self._v = val * 2
    @v.deleter
    def v(self): self._v = -1
p = P()
p.v = 5
t("prop", lambda: p.v)
del p.v
t("prop del", lambda: p.v)
t("prop doc", lambda: P.v.__doc__)
class RO:
    @property
    def r(self): return 1
t("ro set", lambda: setattr(RO(), "r", 2))
t("ro del", lambda: delattr(RO(), "r"))
# classmethod/staticmethod descriptors
class CS:
    @classmethod
    def c(cls): return cls.__name__
    @staticmethod
    def s(): return "static"
class CS2(CS): pass
t("classmethod", lambda: (CS.c(), CS2.c(), CS2().c()))
t("staticmethod", lambda: (CS.s(), CS().s()))
t("cm __func__", lambda: CS.__dict__["c"].__func__.__name__)
t("sm callable", lambda: CS.__dict__["s"]())
# __getattribute__ + descriptors
class GA:
    x = Field(5)
    def __getattribute__(self, n):
        if n == "x": return "GA intercept"
        return super().__getattribute__(n)
t("getattribute beats descr", lambda: GA().x)
# slots are descriptors
class SL:
    __slots__ = ("a",)
t("slot descr type", lambda: type(SL.a).__name__)
s = SL()
t("slot unset", lambda: s.a)
SL.a.__set__(s, 5)
t("slot via descr", lambda: (s.a, SL.a.__get__(s, SL)))
t("slot delete unset twice", lambda: (delattr(s, "a"), delattr(s, "a")))
try:
    type("D", (), {"b": BadName()})
except RuntimeError as e:
    print(type(e.__cause__).__name__, e.__cause__, e.__context__ is e.__cause__, e.__suppress_context__)
