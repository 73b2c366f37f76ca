# An inventory and order state machine: IntEnum priorities, a Flag of item attributes,
# an Enum of order states with a transition table, frozen ordered dataclasses for SKUs and
# events, mutable dataclasses for stock, and reports; the main loop runs many orders,
# then the tables change (a new transition, a new flag alias) and it runs again.
from dataclasses import dataclass, field, replace, astuple, asdict
from enum import Enum, IntEnum, Flag, IntFlag, auto, unique
import functools


class Priority(IntEnum):
    LOW = 1
    NORMAL = 2
    URGENT = 3


class Attr(Flag):
    FRAGILE = auto()
    COLD = auto()
    HEAVY = auto()
    HAZMAT = auto()
    SPECIAL = FRAGILE | HAZMAT


class Perm(IntFlag):
    READ = 4
    WRITE = 2
    SHIP = 1


@unique
class State(Enum):
    NEW = 'new'
    PAID = 'paid'
    PACKED = 'packed'
    SHIPPED = 'shipped'
    CANCELLED = 'cancelled'

    @property
    def final(self):
        return self in (State.SHIPPED, State.CANCELLED)


TRANSITIONS = {
    State.NEW: {State.PAID, State.CANCELLED},
    State.PAID: {State.PACKED, State.CANCELLED},
    State.PACKED: {State.SHIPPED},
}


class TransitionError(Exception):
    pass


@dataclass(frozen=True, order=True)
class Sku:
    code: str
    size: int = 0
    attrs: Attr = field(default=Attr(0), compare=False)

    @property
    def label(self):
        flags = '+'.join(a.name for a in self.attrs) or '-'
        return f'{self.code}/{self.size}[{flags}]'


@dataclass(order=True, frozen=True)
class Event:
    seq: int
    order_id: int = field(compare=False)
    old: State = field(compare=False)
    new: State = field(compare=False)


@dataclass
class Stock:
    sku: Sku
    qty: int = 0
    reserved: int = 0

    @property
    def free(self):
        return self.qty - self.reserved


@dataclass
class Order:
    id: int
    lines: dict
    priority: Priority = Priority.NORMAL
    state: State = State.NEW
    history: list = field(default_factory=list, repr=False)


class Warehouse:
    def __init__(self):
        self.stock = {}
        self.events = []
        self.seq = 0

    def add(self, sku, qty):
        entry = self.stock.setdefault(sku.code, Stock(sku))
        entry.qty += qty

    def move(self, order, new, perms):
        if not perms & Perm.WRITE:
            raise PermissionError(f'order {order.id}: no write permission ({perms!r})')
        if new not in TRANSITIONS.get(order.state, ()):
            raise TransitionError(f'order {order.id}: {order.state.name} -> {new.name} not allowed')
        if new is State.PAID:
            for code, qty in order.lines.items():
                entry = self.stock[code]
                if entry.free < qty:
                    raise TransitionError(f'order {order.id}: only {entry.free} of {code} free')
            for code, qty in order.lines.items():
                self.stock[code].reserved += qty
        if new is State.SHIPPED:
            if Perm.SHIP not in perms:
                raise PermissionError(f'order {order.id}: cannot ship with {perms}')
            for code, qty in order.lines.items():
                self.stock[code].qty -= qty
                self.stock[code].reserved -= qty
        if new is State.CANCELLED and order.state is State.PAID:
            for code, qty in order.lines.items():
                self.stock[code].reserved -= qty
        self.seq += 1
        event = Event(self.seq, order.id, order.state, new)
        self.events.append(event)
        order.history.append(event)
        order.state = new


skus = [Sku('apple', 1, Attr.COLD), Sku('glass', 2, Attr.FRAGILE | Attr.HEAVY), Sku('acid', 1, Attr.SPECIAL),
        Sku('box', 3)]
wh = Warehouse()
for i, sku in enumerate(skus):
    wh.add(sku, 5 * (i + 1))
print(sorted(skus), [s.label for s in skus])
print(Attr.SPECIAL, repr(Attr.SPECIAL), list(Attr.SPECIAL), Attr.HAZMAT in skus[2].attrs, repr(~Attr.COLD))
print([s.code for s in skus if s.attrs & (Attr.FRAGILE | Attr.COLD)], bool(skus[3].attrs))

orders = [Order(1, {'apple': 3}), Order(2, {'glass': 20}, Priority.URGENT), Order(3, {'acid': 2, 'box': 1}, Priority.LOW),
          Order(4, {'box': 4}, Priority.URGENT)]
full = Perm.READ | Perm.WRITE | Perm.SHIP
plan = [(1, State.PAID, full), (2, State.PAID, full), (3, State.PACKED, full), (3, State.PAID, Perm.READ),
        (3, State.PAID, Perm.WRITE), (1, State.PACKED, full), (1, State.SHIPPED, Perm.WRITE),
        (1, State.SHIPPED, full), (4, State.PAID, full), (4, State.CANCELLED, full), (1, State.CANCELLED, full)]
by_id = {o.id: o for o in orders}
for oid, new, perms in plan:
    try:
        wh.move(by_id[oid], new, perms)
        print('ok', oid, new.value, str(perms), repr(perms))
    except (TransitionError, PermissionError) as e:
        print(type(e).__name__, e)

for o in sorted(orders, key=lambda o: (-o.priority, o.id)):
    print(o, o.state.final, [e.new.name for e in o.history])
print([astuple(s) for s in wh.stock.values()][:2])
print(asdict(wh.stock['acid']))
print(max(wh.events), sorted(wh.events, reverse=True)[:2], Event(1, 99, State.NEW, State.NEW) == wh.events[0])
print(replace(skus[0], size=9), skus[0] < replace(skus[0], size=9), hash(skus[0]) == hash(Sku('apple', 1)))
print(Priority.URGENT > Priority.LOW, sum(Priority), [p.name for p in sorted(Priority, reverse=True)])

counts = {s: 0 for s in State}
for o in orders:
    counts[o.state] += 1
print({s.name: n for s, n in counts.items() if n})


@functools.lru_cache(maxsize=None)
def route(state):
    return tuple(sorted(s.name for s in TRANSITIONS.get(state, ())))


def simulate(n):
    w = Warehouse()
    w.add(Sku('x', 1, Attr.COLD | Attr.HEAVY), 10 ** 6)
    final = None
    for i in range(n):
        o = Order(i, {'x': 1}, Priority((i % 3) + 1))
        try:
            for step in (State.PAID, State.PACKED, State.SHIPPED):
                w.move(o, step, full if i % 7 else Perm.READ | Perm.WRITE)
        except PermissionError:
            w.move(o, State.CANCELLED, full) if o.state is not State.PACKED else None
        final = (o.state, route(o.state), w.stock['x'].free, len(w.events))
    return final, {s.name: sum(1 for e in w.events if e.new is s) for s in State}


print(simulate(200))
TRANSITIONS[State.PACKED] = {State.SHIPPED, State.CANCELLED}
TRANSITIONS[State.SHIPPED] = {State.NEW}
route.cache_clear()
print(simulate(8), route(State.PACKED), route(State.SHIPPED))
Attr._missing_ = classmethod(lambda cls, v: cls.HEAVY)
print(Attr(1000), Attr(3))
