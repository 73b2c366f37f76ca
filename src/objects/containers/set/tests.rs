//! Unit tests of sets against CPython's results: iteration order, operations, frozenset
//! hash and pop, construction, reprs and comparisons, mutation during iteration (cases
//! in `set_cases.rs`).

use super::cases::*;
use super::*;
use crate::objects::testutil::*;
use crate::operators::{BinOp, CompareKind};

fn build(vm: &mut Vm, adds: &[i64]) -> Value {
    let s = Value::Obj(SetObj::new_set());
    for &a in adds {
        this(&s).add(vm, Value::Int(a)).unwrap();
    }
    s
}

#[test]
fn iteration_order_matches_cpython() {
    let _gil = crate::gil::acquire();
    let mut vm = Vm::new();
    for (adds, removes, readds, want) in ORDER_CASES {
        let s = build(&mut vm, adds);
        for &r in *removes {
            method(&mut vm, &s, "discard", &[Value::Int(r)]).unwrap();
        }
        for &a in *readds {
            method(&mut vm, &s, "add", &[Value::Int(a)]).unwrap();
        }
        assert_eq!(
            &ints(&mut vm, &s),
            want,
            "adds {adds:?} removes {removes:?}"
        );
    }
}

#[test]
fn operations_match_cpython() {
    let _gil = crate::gil::acquire();
    let mut vm = Vm::new();
    for (a, b, op, want) in OP_CASES {
        let (sa, sb) = (build(&mut vm, a), build(&mut vm, b));
        let (bin, inplace) = match *op {
            "|" => (BinOp::BitOr, false),
            "&" => (BinOp::BitAnd, false),
            "-" => (BinOp::Sub, false),
            "^" => (BinOp::BitXor, false),
            "|=" => (BinOp::BitOr, true),
            "&=" => (BinOp::BitAnd, true),
            "-=" => (BinOp::Sub, true),
            _ => (BinOp::BitXor, true),
        };
        let r = vm.binary_op(bin, &sa, &sb, inplace).unwrap();
        assert_eq!(&ints(&mut vm, &r), want, "{a:?} {op} {b:?}");
        if inplace {
            assert!(r.is(&sa));
        }
    }
}

#[test]
fn frozenset_hash_and_pop_match_cpython() {
    let _gil = crate::gil::acquire();
    let mut vm = Vm::new();
    for (a, want) in HASH_CASES {
        let s = build(&mut vm, a);
        let f = new(&mut vm, &t().frozenset, &[s]).unwrap();
        assert_eq!(vm.hash(&f).unwrap(), *want, "{a:?}");
    }
    for (a, k, extra, want) in POP_CASES {
        let s = build(&mut vm, a);
        let mut got = vec![];
        for _ in 0..*k {
            got.push(method(&mut vm, &s, "pop", &[]).unwrap());
        }
        for &x in *extra {
            method(&mut vm, &s, "add", &[Value::Int(x)]).unwrap();
        }
        got.push(method(&mut vm, &s, "pop", &[]).unwrap_or(Value::Int(999999)));
        let got: Vec<i64> = got
            .into_iter()
            .map(|v| match v {
                Value::Int(i) => i,
                _ => panic!(),
            })
            .collect();
        assert_eq!(&got, want, "{a:?}");
    }
}

#[test]
fn construction_matches_cpython() {
    let _gil = crate::gil::acquire();
    let mut vm = Vm::new();
    for (kind, a, want) in BUILD_CASES {
        let src = match *kind {
            "range" => new(
                &mut vm,
                &t().range,
                &a.iter().map(|&x| Value::Int(x)).collect::<Vec<_>>(),
            )
            .unwrap(),
            "dict" => {
                let d = Value::Obj(DictObj::new_ref());
                for &x in *a {
                    vm.setitem(&d, &Value::Int(x), Value::None).unwrap();
                }
                d
            }
            "copy" => {
                let s = build(&mut vm, a);
                let c = method(&mut vm, &s, "copy", &[]).unwrap();
                assert_eq!(&ints(&mut vm, &c), want, "copy {a:?}");
                continue;
            }
            _ => int_list(a),
        };
        let s = new(&mut vm, &t().set, &[src]).unwrap();
        assert_eq!(&ints(&mut vm, &s), want, "{kind} {a:?}");
    }
}

#[test]
fn reprs_and_comparisons() {
    let _gil = crate::gil::acquire();
    let mut vm = Vm::new();
    let s = build(&mut vm, &[3, 1, 2]);
    assert_eq!(repr(&mut vm, &s), "{1, 2, 3}");
    let empty = new(&mut vm, &t().set, &[]).unwrap();
    assert_eq!(repr(&mut vm, &empty), "set()");
    let f = new(&mut vm, &t().frozenset, std::slice::from_ref(&s)).unwrap();
    assert_eq!(repr(&mut vm, &f), "frozenset({1, 2, 3})");
    let fe = new(&mut vm, &t().frozenset, &[]).unwrap();
    assert_eq!(repr(&mut vm, &fe), "frozenset()");
    // frozenset(frozenset) is the same object; frozenset | set is a frozenset.
    let f2 = new(&mut vm, &t().frozenset, std::slice::from_ref(&f)).unwrap();
    assert!(f2.is(&f));
    let u = vm.binary_op(BinOp::BitOr, &f, &empty, false).unwrap();
    assert_eq!(repr(&mut vm, &u), "frozenset({1, 2, 3})");
    let u = vm.binary_op(BinOp::BitOr, &empty, &f, false).unwrap();
    assert_eq!(repr(&mut vm, &u), "{1, 2, 3}");
    // Comparisons.
    let sub = build(&mut vm, &[1, 2]);
    let cmp = |vm: &mut Vm, a: &Value, b: &Value, op| {
        let r = vm.compare(a, b, op).unwrap();
        vm.truthy(&r).unwrap()
    };
    assert!(cmp(&mut vm, &sub, &s, CompareKind::Lt));
    assert!(cmp(&mut vm, &sub, &s, CompareKind::Le));
    assert!(!cmp(&mut vm, &s, &s, CompareKind::Lt));
    assert!(cmp(&mut vm, &s, &f, CompareKind::Eq));
    assert!(cmp(&mut vm, &s, &sub, CompareKind::Gt));
    assert!(cmp(&mut vm, &s, &sub, CompareKind::Ne));
    assert_eq!(
        err(vm.compare(&s, &Value::Int(3), CompareKind::Lt)),
        "TypeError: '<' not supported between instances of 'set' and 'int'"
    );
    // Unhashable keys; a set key is looked up as a frozenset.
    let l = int_list(&[1]);
    assert_eq!(
        err(method(&mut vm, &s, "add", std::slice::from_ref(&l))),
        "TypeError: unhashable type: 'list'"
    );
    assert_eq!(
        err(vm.contains(&s, &l).map(Value::Bool)),
        "TypeError: unhashable type: 'list'"
    );
    let outer = new(&mut vm, &t().set, &[int_list(&[])]).unwrap();
    method(&mut vm, &outer, "add", std::slice::from_ref(&f)).unwrap();
    assert!(vm.contains(&outer, &s).unwrap());
    method(&mut vm, &outer, "remove", std::slice::from_ref(&s)).unwrap();
    assert_eq!(repr(&mut vm, &outer), "set()");
    // Errors.
    assert_eq!(
        err(method(&mut vm, &s, "remove", &[Value::Int(9)])),
        "KeyError: 9"
    );
    assert_eq!(
        err(method(&mut vm, &empty, "pop", &[])),
        "KeyError: pop from an empty set"
    );
    assert_eq!(
        err(vm.binary_op(BinOp::BitOr, &s, &l, false)),
        "TypeError: unsupported operand type(s) for |: 'set' and 'list'"
    );
    assert_eq!(
        err(vm.hash(&s).map(Value::Int)),
        "TypeError: unhashable type: 'set'"
    );
}

#[test]
fn methods_with_iterables() {
    let _gil = crate::gil::acquire();
    let mut vm = Vm::new();
    let s = build(&mut vm, &[1, 2, 3, 4]);
    let r = method(&mut vm, &s, "union", &[int_list(&[9, 8]), int_tuple(&[7])]).unwrap();
    assert_eq!(repr(&mut vm, &r), "{1, 2, 3, 4, 7, 8, 9}");
    let r = method(&mut vm, &s, "intersection", &[int_list(&[4, 2, 7])]).unwrap();
    assert_eq!(repr(&mut vm, &r), "{2, 4}");
    let r = method(&mut vm, &s, "difference", &[int_list(&[1]), int_list(&[2])]).unwrap();
    assert_eq!(repr(&mut vm, &r), "{3, 4}");
    let r = method(&mut vm, &s, "symmetric_difference", &[int_list(&[4, 5])]).unwrap();
    assert_eq!(repr(&mut vm, &r), "{1, 2, 3, 5}");
    let b = |vm: &mut Vm, name: &str, arg: Value| {
        let r = method(vm, &s, name, &[arg]).unwrap();
        vm.truthy(&r).unwrap()
    };
    assert!(b(&mut vm, "issubset", int_list(&[1, 2, 3, 4, 5])));
    assert!(!b(&mut vm, "issubset", int_list(&[1, 2])));
    assert!(b(&mut vm, "issuperset", int_list(&[1, 2])));
    assert!(b(&mut vm, "isdisjoint", int_list(&[5, 6])));
    assert!(!b(&mut vm, "isdisjoint", int_list(&[4])));
    method(&mut vm, &s, "intersection_update", &[int_list(&[1, 2, 3])]).unwrap();
    method(&mut vm, &s, "difference_update", &[int_list(&[1])]).unwrap();
    method(
        &mut vm,
        &s,
        "symmetric_difference_update",
        &[int_list(&[3, 10])],
    )
    .unwrap();
    method(&mut vm, &s, "update", &[int_list(&[20]), int_list(&[30])]).unwrap();
    assert_eq!(repr(&mut vm, &s), "{2, 20, 10, 30}");
    // The early exit of intersection with an iterator (CPython 3.11).
    let one = build(&mut vm, &[1]);
    let it = vm.iter(&int_list(&[1, 2, 3])).unwrap();
    method(&mut vm, &one, "intersection", std::slice::from_ref(&it)).unwrap();
    assert_eq!(ints(&mut vm, &it), vec![2, 3]);
}

#[test]
fn mutation_during_iteration_raises() {
    let _gil = crate::gil::acquire();
    let mut vm = Vm::new();
    let s = build(&mut vm, &[1, 2, 3]);
    let it = vm.iter(&s).unwrap();
    assert!(matches!(vm.next(&it), Ok(Some(Value::Int(1)))));
    method(&mut vm, &s, "add", &[Value::Int(4)]).unwrap();
    assert_eq!(
        err(vm.next(&it).map(|_| Value::None)),
        "RuntimeError: Set changed size during iteration"
    );
    // Sticky, as CPython.
    method(&mut vm, &s, "discard", &[Value::Int(4)]).unwrap();
    assert!(vm.next(&it).is_err());
}

/// A set display of constants as CPython 3.11 compiles it: with three or more items,
/// `BUILD_SET 0` + `SET_UPDATE` of a constant frozenset (built item by item).
fn literal(vm: &mut Vm, items: &[i64]) -> Value {
    if items.len() < 3 {
        return build(vm, items);
    }
    let f = SetObj::new_with_class(&t().frozenset);
    for &x in items {
        f.downcast::<SetObj>()
            .unwrap()
            .add(vm, Value::Int(x))
            .unwrap();
    }
    let s = Value::Obj(SetObj::new_set());
    this(&s).update(vm, &Value::Obj(f)).unwrap();
    s
}

/// The reprs of `set_ops.py` in vm-tests-containers (CPython 3.11 output).
#[test]
fn script_reprs_match_cpython() {
    let _gil = crate::gil::acquire();
    let mut vm = Vm::new();
    let a = literal(&mut vm, &[1, 2, 3, 4, 40, 80]);
    assert_eq!(repr(&mut vm, &a), "{80, 1, 2, 3, 4, 40}");
    let b = literal(&mut vm, &[3, 4, 5, 6, 48]);
    let fa = new(&mut vm, &t().frozenset, std::slice::from_ref(&a)).unwrap();
    let cases = [
        (&a, BinOp::BitOr, &b, "{1, 2, 3, 4, 5, 6, 40, 80, 48}"),
        (&a, BinOp::BitAnd, &b, "{3, 4}"),
        (&a, BinOp::Sub, &b, "{80, 1, 2, 40}"),
        (&b, BinOp::Sub, &a, "{48, 5, 6}"),
        (&a, BinOp::BitXor, &b, "{1, 2, 5, 6, 40, 48, 80}"),
        (&b, BinOp::BitXor, &a, "{1, 2, 5, 6, 40, 80, 48}"),
        (
            &fa,
            BinOp::BitOr,
            &b,
            "frozenset({1, 2, 3, 4, 5, 6, 40, 80, 48})",
        ),
        (&b, BinOp::BitOr, &fa, "{1, 2, 3, 4, 5, 6, 40, 48, 80}"),
    ];
    for (x, op, y, want) in cases {
        let r = vm.binary_op(op, x, y, false).unwrap();
        assert_eq!(repr(&mut vm, &r), want, "{op:?}");
    }
    let r = method(&mut vm, &a, "union", &[int_list(&[9, 8]), int_tuple(&[7])]).unwrap();
    assert_eq!(repr(&mut vm, &r), "{1, 2, 3, 4, 7, 8, 9, 80, 40}");
    let r = method(&mut vm, &a, "difference", &[int_list(&[1]), int_list(&[2])]).unwrap();
    assert_eq!(repr(&mut vm, &r), "{80, 3, 4, 40}");
    let r = method(&mut vm, &a, "symmetric_difference", &[int_list(&[4, 5])]).unwrap();
    assert_eq!(repr(&mut vm, &r), "{1, 2, 3, 5, 40, 80}");
    let big = literal(&mut vm, &[0, 8, 16, 24, 32]);
    assert_eq!(repr(&mut vm, &big), "{0, 32, 16, 8, 24}");
    let l = literal(&mut vm, &[10, 100, 1000]);
    assert_eq!(repr(&mut vm, &l), "{1000, 10, 100}");
}

/// Operations whose operands are the same object must not double-borrow.
#[test]
fn self_operands() {
    let _gil = crate::gil::acquire();
    let mut vm = Vm::new();
    for (op, want) in [
        (BinOp::BitOr, "{1, 2, 3}"),
        (BinOp::BitAnd, "{1, 2, 3}"),
        (BinOp::Sub, "set()"),
        (BinOp::BitXor, "set()"),
    ] {
        let s = build(&mut vm, &[1, 2, 3]);
        let r = vm.binary_op(op, &s, &s, true).unwrap();
        assert_eq!(repr(&mut vm, &r), want, "{op:?}=");
        let s = build(&mut vm, &[1, 2, 3]);
        let r = vm.binary_op(op, &s, &s, false).unwrap();
        assert_eq!(repr(&mut vm, &r), want, "{op:?}");
    }
    let s = build(&mut vm, &[1, 2, 3]);
    for name in [
        "update",
        "intersection_update",
        "issubset",
        "isdisjoint",
        "union",
    ] {
        method(&mut vm, &s, name, std::slice::from_ref(&s)).unwrap();
    }
    method(
        &mut vm,
        &s,
        "symmetric_difference_update",
        std::slice::from_ref(&s),
    )
    .unwrap();
    assert_eq!(repr(&mut vm, &s), "set()");
    let d = Value::Obj(DictObj::new_ref());
    vm.setitem(&d, &Value::Int(1), Value::Int(2)).unwrap();
    vm.binary_op(BinOp::BitOr, &d, &d, true).unwrap();
    method(&mut vm, &d, "update", std::slice::from_ref(&d)).unwrap();
    let k = method(&mut vm, &d, "keys", &[]).unwrap();
    let r = vm.binary_op(BinOp::BitAnd, &k, &k, false).unwrap();
    assert_eq!(repr(&mut vm, &r), "{1}");
    let eq = vm.compare(&d, &d, CompareKind::Eq).unwrap();
    assert!(vm.truthy(&eq).unwrap());
    let l = int_list(&[1, 2]);
    vm.binary_op(BinOp::Add, &l, &l, true).unwrap();
    method(&mut vm, &l, "extend", std::slice::from_ref(&l)).unwrap();
    let r = vm.binary_op(BinOp::Add, &l, &l, false).unwrap();
    assert_eq!(vm.len(&r).unwrap(), 16);
    let eq = vm.compare(&l, &l, CompareKind::Lt).unwrap();
    assert!(!vm.truthy(&eq).unwrap());
}
