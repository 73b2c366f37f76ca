class E:
    def __hash__(s): return 1
    def __eq__(s, o): S.add(len(S)+5); return False
S = {E()}
print(E() in S)
