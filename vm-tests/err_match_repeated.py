match [1, 2]:
    case [x, x]:
        print(x)
