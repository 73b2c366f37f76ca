class ValidationError(Exception):
    def __init__(self, field, problem):
        self.field = field
        self.problem = problem
        super().__init__(field, problem)
    def __str__(self):
        return f"{self.field}: {self.problem}"

class EmptyError(ValidationError):
    pass

def validate(rec):
    for k, v in rec.items():
        if v == "":
            raise EmptyError(k, "must not be empty")
    return True

print(validate({"a": "1"}))
try:
    validate({"b": ""})
except ValidationError as e:
    print(repr(e), str(e), e.args)
validate({"name": "x", "email": ""})
