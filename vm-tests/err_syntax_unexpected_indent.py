print("not printed")
    x = 1
