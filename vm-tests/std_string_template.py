import string
from string import Template

t = Template("Hello $name, you owe $$${amount} (due ${day}day).")
print(t.template)
print(t.substitute(name="Ann", amount=12.5, day="Mon"))
print(t.substitute({"name": "Bob", "amount": 3, "day": "Tues"}, amount=99))
print(t.safe_substitute(name="Cy"))
print(t.get_identifiers(), t.is_valid())
print(Template("$a$b_c ${a}x $a1 $_").substitute(a=1, b_c=2, a1=3, _=4))
print(Template("no placeholders").substitute(), Template("$$").substitute())
for bad in ["cost: $5", "x ${ y}", "line1\nline2 $", "${unclosed"]:
    tb = Template(bad)
    print(repr(bad), tb.is_valid(), repr(tb.safe_substitute(y=1)))
    try:
        tb.substitute(y=1, unclosed=2)
    except ValueError as e:
        print("ValueError:", e)
try:
    t.substitute(name="x")
except KeyError as e:
    print("KeyError:", e)

class Percent(Template):
    delimiter = "%"
print(Percent("100%% of %who").substitute(who="us"))
print(type(t).__name__, Template.__module__, isinstance(t, Template), Template.delimiter)
rows = [("apple", 3, 0.5), ("pear", 10, 0.25)]
line = Template("$item: $qty @ $price")
for item, qty, price in rows:
    print(line.substitute(item=item.title(), qty=qty, price=f"{price:.2f}"))
print(string.capwords(" the quick  brown fox "), string.capwords("a-b-c", "-"))
print(string.hexdigits, string.octdigits, string.ascii_uppercase, len(string.printable), repr(string.whitespace))
