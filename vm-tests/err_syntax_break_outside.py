print("not printed")
x = 1
break
