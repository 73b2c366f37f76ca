print("not printed")
print "hello"
