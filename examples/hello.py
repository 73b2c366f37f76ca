# The quick-start example: `cargo run --release -- examples/hello.py`
def greet(name, punctuation="!"):
    return f"Hello, {name}{punctuation}"

for who in ["world", "pyvm"]:
    print(greet(who))
print(2 ** 100, 7 // -2, -7 % 3, 0.1 + 0.2)
