//! Unit tests of `list`.

use super::*;
use crate::objects::testutil::*;

fn l(vm: &mut Vm, xs: &[i64]) -> Value {
    let _ = vm;
    int_list(xs)
}

#[test]
fn repr_is_recursion_safe() {
    let _gil = crate::gil::acquire();
    let mut vm = Vm::new();
    let a = l(&mut vm, &[1, 2]);
    method(&mut vm, &a, "append", std::slice::from_ref(&a)).unwrap();
    assert_eq!(repr(&mut vm, &a), "[1, 2, [...]]");
    let b = list_value(vec![
        a.clone(),
        int_tuple(&[4]),
        int_tuple(&[]),
        Value::None,
    ]);
    assert_eq!(repr(&mut vm, &b), "[[1, 2, [...]], (4,), (), None]");
    // Break the cycle so the test does not leak.
    this(&a).clear();
    assert_eq!(repr(&mut vm, &list_value(vec![])), "[]");
}

#[test]
fn indexing_and_slicing() {
    let _gil = crate::gil::acquire();
    let mut vm = Vm::new();
    let a = l(&mut vm, &[0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    assert!(matches!(vm.getitem(&a, &Value::Int(-1)), Ok(Value::Int(9))));
    assert_eq!(
        err(vm.getitem(&a, &Value::Int(10))),
        "IndexError: list index out of range"
    );
    assert_eq!(
        err(vm.getitem(&a, &str_value("x"))),
        "TypeError: list indices must be integers or slices, not str"
    );
    let s = |a: Value, b: Value, c: Value| Value::Obj(SliceObj::new_ref(a, b, c));
    let (n, i) = (Value::None, Value::Int);
    let r = vm.getitem(&a, &s(i(8), i(1), i(-3))).unwrap();
    assert_eq!(repr(&mut vm, &r), "[8, 5, 2]");
    let r = vm.getitem(&a, &s(n.clone(), n.clone(), i(-1))).unwrap();
    assert_eq!(ints(&mut vm, &r), vec![9, 8, 7, 6, 5, 4, 3, 2, 1, 0]);
    assert_eq!(
        err(vm.getitem(&a, &s(n.clone(), n.clone(), i(0)))),
        "ValueError: slice step cannot be zero"
    );
    // Slice assignment: any length for step 1, exact length for extended slices.
    vm.setitem(&a, &s(i(2), i(5), n.clone()), int_tuple(&[20, 21]))
        .unwrap();
    assert_eq!(repr(&mut vm, &a), "[0, 1, 20, 21, 5, 6, 7, 8, 9]");
    vm.setitem(&a, &s(i(7), i(2), n.clone()), int_list(&[-1]))
        .unwrap();
    assert_eq!(repr(&mut vm, &a), "[0, 1, 20, 21, 5, 6, 7, -1, 8, 9]");
    vm.setitem(
        &a,
        &s(n.clone(), n.clone(), i(3)),
        int_list(&[100, 101, 102, 103]),
    )
    .unwrap();
    assert_eq!(
        repr(&mut vm, &a),
        "[100, 1, 20, 101, 5, 6, 102, -1, 8, 103]"
    );
    assert_eq!(
        err(vm
            .setitem(&a, &s(n.clone(), n.clone(), i(2)), int_list(&[1, 2, 3]))
            .map(|_| Value::None)),
        "ValueError: attempt to assign sequence of size 3 to extended slice of size 5"
    );
    assert_eq!(
        err(vm
            .setitem(&a, &s(n.clone(), n.clone(), i(2)), Value::Int(1))
            .map(|_| Value::None)),
        "TypeError: must assign iterable to extended slice"
    );
    assert_eq!(
        err(vm
            .setitem(&a, &s(n.clone(), n.clone(), n.clone()), Value::Int(1))
            .map(|_| Value::None)),
        "TypeError: can only assign an iterable"
    );
    vm.delitem(&a, &s(n.clone(), n.clone(), i(-3))).unwrap();
    assert_eq!(repr(&mut vm, &a), "[1, 20, 5, 6, -1, 8]");
    vm.delitem(&a, &s(i(1), i(3), n.clone())).unwrap();
    vm.delitem(&a, &i(-1)).unwrap();
    assert_eq!(repr(&mut vm, &a), "[1, 6, -1]");
    assert_eq!(
        err(vm.delitem(&a, &i(3)).map(|_| Value::None)),
        "IndexError: list assignment index out of range"
    );
    vm.setitem(&a, &i(-3), Value::None).unwrap();
    assert_eq!(repr(&mut vm, &a), "[None, 6, -1]");
    // a[:] = a
    vm.setitem(&a, &s(n.clone(), n.clone(), n.clone()), a.clone())
        .unwrap();
    assert_eq!(repr(&mut vm, &a), "[None, 6, -1]");
    vm.setitem(&a, &s(i(1), i(1), n.clone()), a.clone())
        .unwrap();
    assert_eq!(repr(&mut vm, &a), "[None, None, 6, -1, 6, -1]");
}

#[test]
fn methods_and_errors() {
    let _gil = crate::gil::acquire();
    let mut vm = Vm::new();
    let a = l(&mut vm, &[3, 1, 2]);
    let i = Value::Int;
    method(&mut vm, &a, "append", &[i(5)]).unwrap();
    method(&mut vm, &a, "extend", &[int_tuple(&[6, 7])]).unwrap();
    method(&mut vm, &a, "insert", &[i(-100), i(0)]).unwrap();
    method(&mut vm, &a, "insert", &[i(100), i(8)]).unwrap();
    method(&mut vm, &a, "insert", &[i(-1), i(9)]).unwrap();
    assert_eq!(repr(&mut vm, &a), "[0, 3, 1, 2, 5, 6, 7, 9, 8]");
    assert!(matches!(method(&mut vm, &a, "pop", &[]), Ok(Value::Int(8))));
    assert!(matches!(
        method(&mut vm, &a, "pop", &[i(1)]),
        Ok(Value::Int(3))
    ));
    method(&mut vm, &a, "remove", &[i(9)]).unwrap();
    assert!(matches!(
        method(&mut vm, &a, "index", &[i(5)]),
        Ok(Value::Int(3))
    ));
    assert!(matches!(
        method(&mut vm, &a, "index", &[i(5), i(-3)]),
        Ok(Value::Int(3))
    ));
    assert_eq!(
        err(method(&mut vm, &a, "index", &[i(5), i(0), i(3)])),
        "ValueError: 5 is not in list"
    );
    assert!(matches!(
        method(&mut vm, &a, "count", &[i(1)]),
        Ok(Value::Int(1))
    ));
    method(&mut vm, &a, "reverse", &[]).unwrap();
    assert_eq!(repr(&mut vm, &a), "[7, 6, 5, 2, 1, 0]");
    let c = method(&mut vm, &a, "copy", &[]).unwrap();
    method(&mut vm, &a, "clear", &[]).unwrap();
    assert_eq!(repr(&mut vm, &c), "[7, 6, 5, 2, 1, 0]");
    assert_eq!(repr(&mut vm, &a), "[]");
    // (the arity errors, checked by the method table, are in vm-tests/containers_sig_arity)
    let cases: Vec<(&str, Vec<Value>, &str)> = vec![
        ("pop", vec![], "IndexError: pop from empty list"),
        (
            "pop",
            vec![str_value("a")],
            "TypeError: 'str' object cannot be interpreted as an integer",
        ),
        (
            "remove",
            vec![i(1)],
            "ValueError: list.remove(x): x not in list",
        ),
        (
            "sort",
            vec![i(1)],
            "TypeError: sort() takes no positional arguments",
        ),
    ];
    for (name, args, want) in cases {
        assert_eq!(err(method(&mut vm, &a, name, &args)), want, "{name}");
    }
    method(&mut vm, &a, "append", &[i(1)]).unwrap();
    assert_eq!(
        err(method(&mut vm, &a, "pop", &[i(5)])),
        "IndexError: pop index out of range"
    );
    assert_eq!(
        err(method_kw(&mut vm, &a, "sort", &[], &[("foo", i(1))])),
        "TypeError: 'foo' is an invalid keyword argument for sort()"
    );
}

#[test]
fn operators() {
    let _gil = crate::gil::acquire();
    let mut vm = Vm::new();
    let a = l(&mut vm, &[1, 2]);
    let b = l(&mut vm, &[3]);
    let r = vm.binary_op(BinOp::Add, &a, &b, false).unwrap();
    assert_eq!(repr(&mut vm, &r), "[1, 2, 3]");
    let r = vm
        .binary_op(BinOp::Mult, &Value::Int(2), &a, false)
        .unwrap();
    assert_eq!(repr(&mut vm, &r), "[1, 2, 1, 2]");
    let r = vm
        .binary_op(BinOp::Mult, &a, &Value::Int(-1), false)
        .unwrap();
    assert_eq!(repr(&mut vm, &r), "[]");
    assert_eq!(
        err(vm.binary_op(BinOp::Add, &a, &Value::Int(1), false)),
        "TypeError: can only concatenate list (not \"int\") to list"
    );
    assert_eq!(
        err(vm.binary_op(BinOp::Mult, &a, &str_value("x"), false)),
        "TypeError: can't multiply sequence by non-int of type 'str'"
    );
    assert_eq!(
        err(vm.binary_op(BinOp::Mult, &a, &Value::Int(1 << 62), false)),
        "MemoryError"
    );
    let r = vm
        .binary_op(BinOp::Add, &a, &int_tuple(&[7]), true)
        .unwrap();
    assert!(r.is(&a));
    let r = vm.binary_op(BinOp::Mult, &a, &Value::Int(2), true).unwrap();
    assert!(r.is(&a));
    assert_eq!(repr(&mut vm, &a), "[1, 2, 7, 1, 2, 7]");
    let cmp = |vm: &mut Vm, x: &[i64], y: &[i64], op| {
        let r = vm.compare(&int_list(x), &int_list(y), op).unwrap();
        vm.truthy(&r).unwrap()
    };
    assert!(cmp(&mut vm, &[1, 2], &[1, 3], CompareKind::Lt));
    assert!(cmp(&mut vm, &[1], &[1, 0], CompareKind::Lt));
    assert!(cmp(&mut vm, &[1, 2], &[1, 2], CompareKind::Eq));
    assert!(cmp(&mut vm, &[2], &[1, 5], CompareKind::Ge));
    assert!(!cmp(&mut vm, &[1, 2], &[1, 2], CompareKind::Ne));
    assert_eq!(
        err(vm.hash(&a).map(Value::Int)),
        "TypeError: unhashable type: 'list'"
    );
    assert!(vm.contains(&a, &Value::Int(7)).unwrap());
    assert!(!vm.contains(&a, &Value::Int(8)).unwrap());
}

#[test]
fn sort_is_stable_and_detects_mutation() {
    let _gil = crate::gil::acquire();
    let mut vm = Vm::new();
    let words: Vec<Value> = [&[1, 2][..], &[3], &[4, 5, 6], &[7], &[8, 9], &[]]
        .iter()
        .map(|x| int_list(x))
        .collect();
    let a = list_value(words);
    let len = builtin(&vm, "len");
    method_kw(&mut vm, &a, "sort", &[], &[("key", len.clone())]).unwrap();
    assert_eq!(
        repr(&mut vm, &a),
        "[[], [3], [7], [1, 2], [8, 9], [4, 5, 6]]"
    );
    method_kw(
        &mut vm,
        &a,
        "sort",
        &[],
        &[("key", len), ("reverse", Value::Bool(true))],
    )
    .unwrap();
    assert_eq!(
        repr(&mut vm, &a),
        "[[4, 5, 6], [1, 2], [8, 9], [3], [7], []]"
    );
    // Plain sort of ints, then reverse.
    let b = l(&mut vm, &[5, 3, 9, 1, 3, 7]);
    method(&mut vm, &b, "sort", &[]).unwrap();
    assert_eq!(repr(&mut vm, &b), "[1, 3, 3, 5, 7, 9]");
    method_kw(&mut vm, &b, "sort", &[], &[("reverse", Value::Int(1))]).unwrap();
    assert_eq!(repr(&mut vm, &b), "[9, 7, 5, 3, 3, 1]");
    // A key function that appends to the list being sorted.
    let c = l(&mut vm, &[5]);
    assert_eq!(
        err(method_kw(
            &mut vm,
            &c,
            "sort",
            &[],
            &[("key", bound(&c, "append"))]
        )),
        "ValueError: list modified during sort"
    );
    assert_eq!(repr(&mut vm, &c), "[5]");
    // Errors from comparisons propagate.
    let d = list_value(vec![Value::Int(1), str_value("a")]);
    assert_eq!(
        err(method(&mut vm, &d, "sort", &[])),
        "TypeError: '<' not supported between instances of 'str' and 'int'"
    );
    assert_eq!(
        err(method_kw(
            &mut vm,
            &b,
            "sort",
            &[],
            &[("reverse", Value::None)]
        )),
        "TypeError: 'NoneType' object cannot be interpreted as an integer"
    );
    let sorted = builtin(&vm, "sorted");
    let r = call_kw(
        &mut vm,
        &sorted,
        &[int_tuple(&[3, 1, 2])],
        &[("reverse", Value::Bool(true))],
    )
    .unwrap();
    assert_eq!(repr(&mut vm, &r), "[3, 2, 1]");
}

#[test]
fn iteration_sees_appends() {
    let _gil = crate::gil::acquire();
    let mut vm = Vm::new();
    let a = l(&mut vm, &[1]);
    let it = vm.iter(&a).unwrap();
    let mut seen = vec![];
    while let Some(v) = vm.next(&it).unwrap() {
        if let Value::Int(x) = v {
            seen.push(x);
            if x < 4 {
                this(&a).push(Value::Int(x + 1));
            }
        }
    }
    assert_eq!(seen, vec![1, 2, 3, 4]);
    // Once exhausted, it stays exhausted.
    this(&a).push(Value::Int(99));
    assert!(vm.next(&it).unwrap().is_none());
    let r = call(
        &mut vm,
        &Value::Obj(t().reversed.clone()),
        std::slice::from_ref(&a),
    )
    .unwrap();
    assert_eq!(r.type_name(), "list_reverseiterator");
    assert_eq!(ints(&mut vm, &r), vec![99, 4, 3, 2, 1]);
    let n = new(&mut vm, &t().list, &[int_tuple(&[1, 2])]).unwrap();
    assert_eq!(repr(&mut vm, &n), "[1, 2]");
    assert_eq!(
        err(new(&mut vm, &t().list, &[Value::Int(1)])),
        "TypeError: 'int' object is not iterable"
    );
}
