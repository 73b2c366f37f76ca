import math
import string

values = [1.5, 2.25, 9.0]
print([math.floor(v) for v in values])
print(string.ascii_letters[:3])
print([math.sqroot(v) for v in values])
