print("not printed")
x = "unterminated
