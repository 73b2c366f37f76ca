# abc: abstract properties/classmethods/staticmethods, the instantiation error, register,
# __subclasshook__, get_cache_token, update_abstractmethods.
import abc
from abc import ABC, ABCMeta, abstractmethod
class Base(ABC):
    @property
    @abstractmethod
    def name(self): ...
    @classmethod
    @abstractmethod
    def make(cls): ...
    @staticmethod
    @abstractmethod
    def util(): ...
    @abstractmethod
    def run(self): ...
print(sorted(Base.__abstractmethods__))
try: Base()
except TypeError as e: print(e)
class Half(Base):
    def run(self): return 1
    @property
    def name(self): return 'h'
try: Half()
except TypeError as e: print(e)
class Full(Half):
    @classmethod
    def make(cls): return cls()
    @staticmethod
    def util(): return 'u'
f = Full.make(); print(f.name, f.run(), f.util(), Full.__abstractmethods__)
class One(ABC):
    @abstractmethod
    def only(self): ...
try: One()
except TypeError as e: print(e)
print(abc.abstractproperty, isinstance(Base.__dict__['name'], property), Base.__dict__['run'].__isabstractmethod__, Base.__dict__['name'].__isabstractmethod__, Base.__dict__['make'].__isabstractmethod__)
class Iface(metaclass=ABCMeta):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Iface:
            return hasattr(C, 'quack') or NotImplemented
        return NotImplemented
class Duck:
    def quack(self): pass
print(issubclass(Duck, Iface), isinstance(Duck(), Iface), issubclass(int, Iface))
tok = abc.get_cache_token()
@Iface.register
class Reg: pass
print(issubclass(Reg, Iface), abc.get_cache_token() != tok, Iface.register(int) is int, isinstance(3, Iface))
try: Iface.register(3)
except TypeError as e: print(e)
class Later(ABC):
    @abstractmethod
    def x(self): ...
class Impl(Later): pass
Impl.x = lambda self: 1
try: Impl()
except TypeError as e: print(e)
abc.update_abstractmethods(Impl)
print(Impl().x(), Impl.__abstractmethods__)
class Cyc(ABC): pass
class Sub(Cyc): pass
try: Sub.register(Cyc)
except RuntimeError as e: print(e)
print(type(ABC), ABC.__slots__, isinstance(ABC, ABCMeta), abc.ABCMeta.__name__)
class NoAbs(ABC): pass
print(NoAbs(), NoAbs.__abstractmethods__) if False else print(type(NoAbs()).__name__, NoAbs.__abstractmethods__)
class WithInit(ABC):
    @abstractmethod
    def a(self): ...
    @abstractmethod
    def b(self): ...
    @abstractmethod
    def c(self): ...
try: WithInit()
except TypeError as e: print(e)
class Meta2(ABCMeta): pass
class X(metaclass=Meta2):
    @abstractmethod
    def q(self): pass
try: X()
except TypeError as e: print(e)
print(issubclass(bool, Iface), Iface._abc_registry if False else '')
