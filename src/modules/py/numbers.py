"""The numeric abstract base classes: Number > Complex > Real > Rational > Integral.

Each level declares the operations a number of that kind must provide as abstract methods
(their bodies raise NotImplementedError) and supplies the few that follow from the rest."""

from abc import ABCMeta, abstractmethod

__all__ = ["Number", "Complex", "Real", "Rational", "Integral"]


def _declare(ns, names):
    # Fill a class namespace with abstract methods named by `names`.
    qual = ns['__qualname__']
    for name in names.split():
        def method(self, *args):
            raise NotImplementedError
        method.__name__ = name
        method.__qualname__ = qual + '.' + name
        ns[name] = abstractmethod(method)


def _abstract_property(qual, name):
    def getter(self):
        raise NotImplementedError
    getter.__name__ = name
    getter.__qualname__ = qual + '.' + name
    return property(abstractmethod(getter))


class Number(metaclass=ABCMeta):
    """All numbers inherit from this class."""
    __slots__ = ()
    __hash__ = None


class Complex(Number):
    """Complex defines the operations that work on the builtin complex type."""
    __slots__ = ()
    _declare(locals(), '__complex__ __add__ __radd__ __neg__ __pos__ __mul__ '
             '__rmul__ __truediv__ __rtruediv__ __pow__ __rpow__ __abs__ '
             'conjugate __eq__')
    real = _abstract_property('Complex', 'real')
    imag = _abstract_property('Complex', 'imag')

    def __bool__(self):
        return self != 0

    def __sub__(self, other):
        return self + -other

    def __rsub__(self, other):
        return -self + other


Complex.register(complex)


class Real(Complex):
    """Real numbers: Complex plus ordering and the operations of float."""
    __slots__ = ()
    _declare(locals(), '__float__ __trunc__ __floor__ __ceil__ __round__ '
             '__floordiv__ __rfloordiv__ __mod__ __rmod__ __lt__ __le__')

    def __divmod__(self, other):
        return (self // other, self % other)

    def __rdivmod__(self, other):
        return (other // self, other % self)

    def __complex__(self):
        return complex(float(self))

    @property
    def real(self):
        return +self

    @property
    def imag(self):
        return 0

    def conjugate(self):
        return +self


Real.register(float)


class Rational(Real):
    """Numbers with a numerator and a denominator."""
    __slots__ = ()
    numerator = _abstract_property('Rational', 'numerator')
    denominator = _abstract_property('Rational', 'denominator')

    def __float__(self):
        return int(self.numerator) / int(self.denominator)


class Integral(Rational):
    """Integers: Rational plus the bitwise operations and __int__."""
    __slots__ = ()
    _declare(locals(), '__int__ __pow__ __lshift__ __rlshift__ __rshift__ '
             '__rrshift__ __and__ __rand__ __xor__ __rxor__ __or__ __ror__ '
             '__invert__')

    def __index__(self):
        return int(self)

    def __float__(self):
        return float(int(self))

    @property
    def numerator(self):
        return +self

    @property
    def denominator(self):
        return 1


Integral.register(int)
