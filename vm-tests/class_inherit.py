# Inheritance, super(), MRO, diamonds, isinstance/issubclass
class Animal:
    sound = '...'
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f'{self.name} says {self.sound}'
    def kind(self):
        return 'animal'

class Dog(Animal):
    sound = 'woof'
    def __init__(self, name, breed):
        super().__init__(name)
        self.breed = breed
    def kind(self):
        return 'dog/' + super().kind()

class Puppy(Dog):
    def speak(self):
        return super().speak() + '!'

p = Puppy('Rex', 'lab')
print(p.speak(), p.kind(), p.breed)
print(Puppy.__mro__)
print([c.__name__ for c in Puppy.mro()])
print(isinstance(p, Animal), isinstance(p, (int, Dog)), issubclass(Puppy, Animal), issubclass(Animal, Dog))
print(issubclass(Dog, (int, Animal)), isinstance(3, (str, int)))

# diamond
class A:
    def who(self):
        return ['A']
class B(A):
    def who(self):
        return ['B'] + super().who()
class C(A):
    def who(self):
        return ['C'] + super().who()
class D(B, C):
    def who(self):
        return ['D'] + super().who()
print(D().who(), [k.__name__ for k in D.__mro__])

# explicit two-argument super and super in classmethods
class Base:
    @classmethod
    def create(cls):
        return cls.__name__
    def greet(self):
        return 'base'
class Child(Base):
    @classmethod
    def create(cls):
        return 'child of ' + super().create()
    def greet(self):
        return 'child+' + super(Child, self).greet()
print(Child.create(), Child().greet())

# impossible MRO
class X: pass
class Y(X): pass
try:
    class Z(X, Y): pass
except TypeError as e:
    print(e)
try:
    class W(X, X): pass
except TypeError as e:
    print(e)
try:
    class V(bool): pass
except TypeError as e:
    print(e)

# attributes resolved along the MRO, overriding
class M1:
    attr = 'm1'
class M2(M1):
    pass
class M3(M2):
    attr = 'm3'
print(M2.attr, M3.attr, M2().attr)

# __init_subclass__ and __set_name__
class Registry:
    classes = []
    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        Registry.classes.append((cls.__name__, tag))
class R1(Registry, tag='one'): pass
class R2(Registry): pass
print(Registry.classes)

class Named:
    def __set_name__(self, owner, name):
        self.name = owner.__name__ + '.' + name
class Holder:
    field = Named()
print(Holder.field.name)

# super() outside a method
try:
    super()
except RuntimeError as e:
    print(e)
