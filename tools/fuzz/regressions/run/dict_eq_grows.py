class E:
    def __hash__(s): return 1
    def __eq__(s, o): D[len(D)+5] = 1; return False
D = {E(): 1}
print(E() in D)
