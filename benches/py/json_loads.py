# Decoding with the json module: documents of three shapes (a wide flat object, a deep
# array of small records, a text-heavy list with escapes and \u sequences) parsed many
# times, plus object_hook decoding into tuples.
# Stresses the native scanner's string and number parsing and dict/list building.
import json

flat = json.dumps({f"key{i}": (i * 3.25 if i % 2 else i) for i in range(600)})
records = json.dumps([{"x": i, "y": -i, "z": [i, i + 1.5, "p%d" % i], "ok": i % 2 == 0}
                      for i in range(500)])
text = json.dumps([("line %d: caf\u00e9 \"quoted\"\n\ttabbed \\ slash " % i) * 3
                   for i in range(300)])

total = 0
for _ in range(25):
    total += len(json.loads(flat))
    total += len(json.loads(records))
    total += sum(len(s) for s in json.loads(text))
    total += len(json.loads(records, object_hook=lambda d: tuple(d.values())))
assert total == 25 * (600 + 500 + sum(len(s) for s in json.loads(text)) + 500), total
print("json_loads:", total)
