# A typed generic repository, as a user script would write one: entities as NamedTuples,
# records as TypedDicts, a Protocol for what can be stored, Generic repositories over a
# TypeVar bound to it, validation driven by get_type_hints, and runtime isinstance checks.
from __future__ import annotations

import inspect
from abc import ABC, abstractmethod
from typing import (Any, Callable, ClassVar, Dict, Generic, Iterator, List, Literal,
                    NamedTuple, Optional, Protocol, TypedDict, TypeVar, Union, cast,
                    get_args, get_origin, get_type_hints, overload, runtime_checkable)


@runtime_checkable
class Identified(Protocol):
    def key(self) -> int: ...


@runtime_checkable
class Named(Protocol):
    name: str


class User(NamedTuple):
    id: int
    name: str
    email: Optional[str] = None
    role: Literal['admin', 'user'] = 'user'

    def key(self) -> int:
        return self.id


class Product(NamedTuple):
    id: int
    name: str
    price: float
    tags: List[str] = []

    def key(self) -> int:
        return self.id


class UserRecord(TypedDict):
    id: int
    name: str


class UserRecordFull(UserRecord, total=False):
    email: Optional[str]
    role: str


E = TypeVar('E', bound=Identified)
R = TypeVar('R')


class ValidationError(Exception):
    pass


def check_value(name: str, value: Any, hint: Any) -> None:
    """Checks a value against a hint, as far as runtime types allow."""
    origin = get_origin(hint)
    if hint is Any:
        return
    if origin is Union:
        for option in get_args(hint):
            try:
                check_value(name, value, option)
                return
            except ValidationError:
                pass
        raise ValidationError(f'{name}: {value!r} matches none of {get_args(hint)}')
    if origin is Literal:
        if value not in get_args(hint):
            raise ValidationError(f'{name}: {value!r} is not one of {get_args(hint)}')
        return
    if origin in (list, List):
        if not isinstance(value, list):
            raise ValidationError(f'{name}: expected a list, got {type(value).__name__}')
        (item,) = get_args(hint)
        for i, v in enumerate(value):
            check_value(f'{name}[{i}]', v, item)
        return
    if isinstance(hint, type):
        if hint is float and isinstance(value, int):
            return
        if not isinstance(value, hint):
            raise ValidationError(f'{name}: expected {hint.__name__}, got {type(value).__name__}')


def validate(entity: Any) -> None:
    for field, hint in get_type_hints(type(entity)).items():
        check_value(f'{type(entity).__name__}.{field}', getattr(entity, field), hint)


class Repository(ABC, Generic[E]):
    """Stores entities by key; subclasses say how to build one from a record."""
    instances: ClassVar[int] = 0

    def __init__(self) -> None:
        self._items: Dict[int, E] = {}
        self._listeners: List[Callable[[str, E], None]] = []
        Repository.instances += 1

    @abstractmethod
    def from_record(self, record: Dict[str, Any]) -> E: ...

    def subscribe(self, listener: Callable[[str, E], None]) -> None:
        self._listeners.append(listener)

    def add(self, entity: E) -> E:
        if not isinstance(entity, Identified):
            raise TypeError(f'{entity!r} has no key()')
        validate(entity)
        self._items[entity.key()] = entity
        for listener in self._listeners:
            listener('add', entity)
        return entity

    @overload
    def get(self, key: int) -> E: ...

    @overload
    def get(self, key: int, default: R) -> Union[E, R]: ...

    def get(self, key, default=None):
        return self._items.get(key, default)

    def __iter__(self) -> Iterator[E]:
        return iter(sorted(self._items.values(), key=lambda e: e.key()))

    def __len__(self) -> int:
        return len(self._items)

    def find(self, pred: Callable[[E], bool]) -> List[E]:
        return [e for e in self if pred(e)]


class UserRepository(Repository[User]):
    def from_record(self, record: Dict[str, Any]) -> User:
        data = cast(UserRecordFull, record)
        return User(data['id'], data['name'], data.get('email'), data.get('role', 'user'))


class ProductRepository(Repository[Product]):
    def from_record(self, record: Dict[str, Any]) -> Product:
        return Product(**record)


events: List[str] = []


def log(kind: str, entity: Identified) -> None:
    events.append(f'{kind}:{type(entity).__name__}:{entity.key()}')


users = UserRepository()
products = ProductRepository()
users.subscribe(log)
products.subscribe(log)

records: List[UserRecordFull] = [
    UserRecordFull(id=1, name='ada', email='ada@example.org', role='admin'),
    {'id': 2, 'name': 'bob'},
    {'id': 3, 'name': 'cy', 'role': 'user'},
]
for rec in records:
    users.add(users.from_record(rec))
products.add(products.from_record({'id': 10, 'name': 'lamp', 'price': 19.5, 'tags': ['home']}))
products.add(Product(11, 'desk', 120))

print('users:', [u.name for u in users], len(users))
print('products:', list(products))
print('events:', events)
print('admins:', users.find(lambda u: u.role == 'admin'))
print('get:', users.get(2), users.get(99), users.get(99, 'missing'))

bad = [User(4, 'dee', role='root'), User('5', 'eve'), Product(12, 'pen', 'cheap'),
       Product(13, 'cup', 2.0, ['a', 3]), User(6, 'fay', email=7)]
for entity in bad:
    try:
        users.add(entity) if isinstance(entity, User) else products.add(entity)
    except ValidationError as e:
        print('invalid:', e)
try:
    users.add(cast(User, 'not an entity'))
except TypeError as e:
    print('TypeError:', e)

print('hints User:', get_type_hints(User))
print('hints record:', get_type_hints(UserRecordFull))
print('required:', sorted(UserRecordFull.__required_keys__), sorted(UserRecordFull.__optional_keys__))
print('hints add:', get_type_hints(Repository.add))
print('signature:', inspect.signature(Repository.add), inspect.signature(users.subscribe))
print('orig bases:', UserRepository.__orig_bases__, Repository.__parameters__, UserRepository.__parameters__)
print('protocols:', isinstance(users.get(1), Named), isinstance(users.get(1), Identified),
      isinstance(3, Identified), issubclass(Product, Identified))
print('instances:', Repository.instances, User._field_defaults, Product._fields)
print('generic alias:', Repository[User], get_origin(Repository[User]), get_args(Repository[User]))
try:
    Repository()
except TypeError as e:
    print('TypeError:', e)
try:
    Repository[int, str]
except TypeError as e:
    print('TypeError:', e)


# The hot paths after warm-up: many adds and lookups, then a class changes under them.
def churn(n: int) -> int:
    total = 0
    for i in range(n):
        p = Product(100 + i % 50, f'item{i % 50}', float(i % 7))
        products.add(p)
        total += int(products.get(p.id).price)
    return total


print('churn:', churn(300), len(products))
Product.key = lambda self: -self.id
print('rekeyed:', churn(10), len(products), products.get(-100).name)
del Identified.key
print('protocol now:', isinstance(3, Identified), isinstance(users.get(1), Identified))
