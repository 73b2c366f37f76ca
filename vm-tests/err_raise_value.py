# raise ValueError("msg") uncaught inside a function.
def validate(age):
    if age < 0:
        raise ValueError("age must be non-negative")
    return age

print(validate(30))
print(validate(-1))
