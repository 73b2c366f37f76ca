def f(v):
    match v:
        case 1:
            return "one"
        case x:
            return "other"
        case 2:
            return "two"
