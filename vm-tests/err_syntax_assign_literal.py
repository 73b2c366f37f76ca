print("not printed")
1 = x
