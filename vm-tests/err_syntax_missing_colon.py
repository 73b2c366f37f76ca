print("this line is not run")
x = 1
if x
    print(x)
