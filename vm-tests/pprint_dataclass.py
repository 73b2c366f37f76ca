import pprint, dataclasses
@dataclasses.dataclass
class P:
    name: str
    items: list
    nested: dict = dataclasses.field(default_factory=dict)
    hidden: int = dataclasses.field(default=0, repr=False)
p = P('x' * 30, list(range(30)), {'k': P('y', [1], {})})
pprint.pprint(p)
pprint.pprint([p], width=40)
class Q(P):
    def __repr__(self): return 'Q(...)'
pprint.pprint(Q('a', [], {}))
