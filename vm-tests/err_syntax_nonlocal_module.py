print("not printed")
nonlocal x
