print("circ_b starts")
import circ_a

print("circ_b sees circ_a.A?", hasattr(circ_a, "A"))
B = "b"
