if True:
print("no indented block")
