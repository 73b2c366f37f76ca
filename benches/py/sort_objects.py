# Sorting 150,000 records: by an attribute through key=lambda and by the objects' own
# __lt__; then a stable multi-pass sort and a binary search in the result.
# Stresses sort with Python-level keys and comparisons, and memory for many instances.
import bisect


class Employee:
    def __init__(self, ident, dept, salary, name):
        self.ident = ident
        self.dept = dept
        self.salary = salary
        self.name = name

    def __lt__(self, other):
        if self.salary != other.salary:
            return self.salary < other.salary
        return self.ident < other.ident


DEPTS = ["eng", "ops", "sales", "legal", "hr", "design", "support"]


def make_staff(count):
    staff = []
    state = 12345
    for i in range(count):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        salary = 30_000 + state % 90_000
        staff.append(Employee(i, DEPTS[state % 7], salary, "emp%06d" % (state % 1_000_000)))
    return staff


staff = make_staff(150_000)
by_salary = sorted(staff, key=lambda e: e.salary)
natural = sorted(staff)
assert [e.salary for e in natural] == [e.salary for e in by_salary]
# stable passes: by department, then by salary descending within it
multi = sorted(staff, key=lambda e: e.salary, reverse=True)
multi.sort(key=lambda e: e.dept)
salaries = [e.salary for e in by_salary]
median = salaries[len(salaries) // 2]
rank = bisect.bisect_left(salaries, 75_000)
result = (by_salary[0].ident, by_salary[-1].ident, natural[1000].ident,
          multi[0].dept, multi[0].salary, multi[-1].dept, median, rank)
print("sort_objects:", result)
assert result == (36814, 121825, 126614, 'design', 119999, 'support', 74995, 75006), result
