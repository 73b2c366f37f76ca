# Encoding with the json module: a catalogue of nested records (dicts, lists, strings with
# escapes and non-ASCII text, ints, floats, booleans, None) serialised compactly, with
# sort_keys, with indentation and with ensure_ascii off, many times over.
# Stresses the native encoder's dict/list walk, string escaping and float repr.
import json


def catalogue(n):
    tags = ["red", "green", "blue", "naïve", "quote\"d", "tab\there", "emoji \U0001F600"]
    out = []
    for i in range(n):
        out.append({
            "id": i,
            "name": f"item-{i:05d}",
            "price": round(i * 1.37 % 97, 2),
            "ratio": i / 7,
            "active": i % 3 != 0,
            "owner": None if i % 5 == 0 else {"user": f"u{i % 17}", "level": i % 4},
            "tags": tags[i % 7: i % 7 + 3],
            "history": [i * k for k in range(6)],
        })
    return {"version": 3, "generated": "2026-12-07", "items": out}


doc = catalogue(400)
sizes = []
for _ in range(12):
    sizes.append(len(json.dumps(doc)))
    sizes.append(len(json.dumps(doc, sort_keys=True)))
    sizes.append(len(json.dumps(doc, indent=2)))
    sizes.append(len(json.dumps(doc, ensure_ascii=False, separators=(",", ":"))))
assert len(set(sizes[0::4])) == 1 and len(set(sizes[2::4])) == 1, sizes
assert json.loads(json.dumps(doc)) == doc
print("json_dumps:", sizes[:4])
