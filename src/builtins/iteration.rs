//! Builtins that consume iterables: `len`, `min`, `max`, `sum`, `sorted`, `any`, `all`,
//! `iter`, `next`. (`enumerate`, `zip`, `map`, `filter` and `reversed` are types, with `new`
//! slots in `objects::containers::iter`; `list`, `tuple`, `dict`, `set`, `frozenset` and `range` are
//! types too.)

use crate::exc;
use crate::objects::callables::function::is_callable;
use crate::objects::classes::typeobj::MethodDef;
use crate::objects::containers::iter::next_item;
use crate::objects::containers::list::{list_value, sort_kwargs, sort_list};
use crate::objects::containers::seq::{self, compare_bool};
use crate::objects::strings::str::StrObj;
use crate::objects::{types, Value};
use crate::operators::CompareKind;
use crate::vm::{Args, PyErr, PyResult, Vm};

fn builtin_len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let n = vm.len(&args.pos()[0])?;
    Ok(Value::Int(n as i64))
}

/// `min`/`max`: `op` is `Lt` for min, `Gt` for max (CPython compares `item op best`).
fn min_max(vm: &mut Vm, args: Args, op: CompareKind) -> PyResult<Value> {
    let name = if op == CompareKind::Lt { "min" } else { "max" };
    let pos = args.pos();
    if pos.is_empty() {
        return Err(crate::vm::sig::count_error(name, 1, usize::MAX, 0));
    }
    let nkw = args.kwnames.len();
    if nkw > 2 {
        return Err(exc!(
            type_error,
            "{}() takes at most 2 keyword arguments ({} given)",
            name,
            nkw
        ));
    }
    let mut key = None;
    let mut default = None;
    for (k, v) in args.kwargs() {
        match k {
            "key" => key = (!v.is_none()).then(|| v.clone()),
            "default" => default = Some(v.clone()),
            _ => {
                return Err(exc!(
                    type_error,
                    "'{}' is an invalid keyword argument for {}()",
                    k,
                    name
                ))
            }
        }
    }
    let several = pos.len() > 1;
    if several && default.is_some() {
        return Err(exc!(
            type_error,
            "Cannot specify a default for {}() with multiple positional arguments",
            name
        ));
    }
    if key.is_none() {
        // Items compared as they are: no keys to keep.
        if several {
            let mut best = &pos[0];
            for item in &pos[1..] {
                if compare_bool(vm, item, best, op)? {
                    best = item;
                }
            }
            return Ok(best.clone());
        }
        let it = vm.iter(&pos[0])?;
        let Some(mut best) = next_item(vm, &it)? else {
            return default.ok_or_else(|| exc!(value_error, "{}() arg is an empty sequence", name));
        };
        while let Some(item) = next_item(vm, &it)? {
            if compare_bool(vm, &item, &best, op)? {
                best = item;
            }
        }
        return Ok(best);
    }
    let mut best: Option<(Value, Value)> = None; // (item, its key)
    let mut consider = |vm: &mut Vm, item: Value| -> PyResult<()> {
        let k = match &key {
            Some(f) => vm.call(f, Args::positional(std::slice::from_ref(&item)))?,
            None => item.clone(),
        };
        let better = match &best {
            None => true,
            Some((_, best_key)) => compare_bool(vm, &k, best_key, op)?,
        };
        if better {
            best = Some((item, k));
        }
        Ok(())
    };
    if several {
        for item in pos {
            consider(vm, item.clone())?;
        }
    } else {
        let it = vm.iter(&pos[0])?;
        while let Some(item) = next_item(vm, &it)? {
            consider(vm, item)?;
        }
    }
    match best {
        Some((item, _)) => Ok(item),
        None => default.ok_or_else(|| exc!(value_error, "{}() arg is an empty sequence", name)),
    }
}

fn builtin_min(vm: &mut Vm, args: Args) -> PyResult<Value> {
    min_max(vm, args, CompareKind::Lt)
}

fn builtin_max(vm: &mut Vm, args: Args) -> PyResult<Value> {
    min_max(vm, args, CompareKind::Gt)
}

/// `sum(iterable, /, start=0)` with CPython's int and float fast paths (3.11: plain float
/// addition, no compensated summation).
fn builtin_sum(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = args.pos();
    let mut start = pos.get(1).cloned();
    for (k, v) in args.kwargs() {
        if k != "start" {
            return Err(exc!(
                type_error,
                "sum() got an unexpected keyword argument '{}'",
                k
            ));
        }
        start = Some(v.clone());
    }
    if pos.is_empty() {
        return Err(exc!(
            type_error,
            "sum() takes at least 1 positional argument (0 given)"
        ));
    }
    if pos.len() > 2 {
        return Err(exc!(
            type_error,
            "sum() takes at most 2 arguments ({} given)",
            pos.len()
        ));
    }
    let mut result = start.unwrap_or(Value::Int(0));
    if result.downcast::<StrObj>().is_some() {
        return Err(exc!(
            type_error,
            "sum() can't sum strings [use ''.join(seq) instead]"
        ));
    }
    // Subclasses too (CPython's `PyBytes_Check`/`PyByteArray_Check`).
    let kind = result.as_obj().map(|o| o.kind());
    match kind {
        Some(crate::objects::Kind::Bytes) => {
            return Err(exc!(
                type_error,
                "sum() can't sum bytes [use b''.join(seq) instead]"
            ))
        }
        Some(crate::objects::Kind::ByteArray) => {
            return Err(exc!(
                type_error,
                "sum() can't sum bytearray [use b''.join(seq) instead]"
            ))
        }
        _ => {}
    }
    let it = vm.iter(&pos[0])?;
    // The int loop: exact ints accumulate in an i64 until one overflows or a non-int comes.
    if let Value::Int(mut acc) = result {
        loop {
            let Some(item) = next_item(vm, &it)? else {
                return Ok(Value::Int(acc));
            };
            let b = match item {
                Value::Int(b) => Some(b),
                Value::Bool(b) => Some(b as i64),
                _ => None,
            };
            if let Some(s) = b.and_then(|b| acc.checked_add(b)) {
                acc = s;
                continue;
            }
            result = vm.binary_op(crate::operators::BinOp::Add, &Value::Int(acc), &item, false)?;
            break;
        }
    }
    // The float loop.
    if let Value::Float(mut acc) = result {
        loop {
            let Some(item) = next_item(vm, &it)? else {
                return Ok(Value::float(acc));
            };
            match item {
                Value::Float(x) => acc += x,
                Value::Int(i) => acc += i as f64,
                Value::Bool(b) => acc += b as i64 as f64,
                _ => {
                    result = vm.binary_op(
                        crate::operators::BinOp::Add,
                        &Value::float(acc),
                        &item,
                        false,
                    )?;
                    break;
                }
            }
        }
    }
    while let Some(item) = next_item(vm, &it)? {
        result = vm.binary_op(crate::operators::BinOp::Add, &result, &item, false)?;
    }
    Ok(result)
}

fn builtin_sorted(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = args.pos();
    if pos.len() != 1 {
        return Err(exc!(
            type_error,
            "sorted expected 1 argument, got {}",
            pos.len()
        ));
    }
    let items = seq::collect_fast(vm, &pos[0])?;
    let (key, reverse) = sort_kwargs(vm, &args, "sort")?;
    let list = list_value(items);
    sort_list(vm, &list, key.as_ref(), reverse)?;
    Ok(list)
}

fn any_all(vm: &mut Vm, args: Args, want: bool) -> PyResult<Value> {
    let it = vm.iter(&args.pos()[0])?;
    while let Some(item) = next_item(vm, &it)? {
        if vm.truthy(&item)? == want {
            return Ok(Value::Bool(want));
        }
    }
    Ok(Value::Bool(!want))
}

fn builtin_any(vm: &mut Vm, args: Args) -> PyResult<Value> {
    any_all(vm, args, true)
}

fn builtin_all(vm: &mut Vm, args: Args) -> PyResult<Value> {
    any_all(vm, args, false)
}

fn builtin_iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    match args.pos() {
        [v] => vm.iter(v),
        [f, sentinel] => {
            if !is_callable(f) {
                return Err(exc!(type_error, "iter(v, w): v must be callable"));
            }
            Ok(crate::objects::containers::iter::new_callable_iter(
                f.clone(),
                sentinel.clone(),
            ))
        }
        _ => unreachable!("count checked"),
    }
}

fn builtin_next(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = args.pos();
    use crate::objects::callables::generator::{awaitables, GenKind, GenObj};
    if let Some(a) = pos[0].downcast::<awaitables::AwaitObj>() {
        // (keeping the value of the StopIteration that ends an awaitable)
        return match (awaitables::await_send(vm, a, Value::None), pos.get(1)) {
            (Err(e), Some(d)) if e.matches(&types().exc.stop_iteration) => Ok(d.clone()),
            (r, _) => r,
        };
    }
    if pos[0]
        .downcast::<GenObj>()
        .is_some_and(|g| g.kind == GenKind::Generator)
    {
        // Through `send`, so a returned value reaches the StopIteration (`next(g)`).
        return match (
            crate::objects::callables::generator::send(vm, &pos[0], Value::None),
            pos.get(1),
        ) {
            (Err(e), Some(d)) if e.matches(&types().exc.stop_iteration) => Ok(d.clone()),
            (r, _) => r,
        };
    }
    match vm.next(&pos[0]) {
        Ok(Some(v)) => Ok(v),
        Ok(None) => match pos.get(1) {
            Some(default) => Ok(default.clone()),
            None => Err(PyErr::with_args(&types().exc.stop_iteration, vec![])),
        },
        Err(e) if pos.len() == 2 && e.matches(&types().exc.stop_iteration) => Ok(pos[1].clone()),
        Err(e) => Err(e),
    }
}

pub const FUNCTIONS: &[MethodDef] = &[
    crate::method!("len", builtin_len, One),
    crate::method!("min", builtin_min),
    crate::method!("max", builtin_max),
    crate::method!("sum", builtin_sum),
    crate::method!("sorted", builtin_sorted),
    crate::method!("any", builtin_any, One),
    crate::method!("all", builtin_all, One),
    crate::method!("iter", builtin_iter, Pos(1, 2)),
    crate::method!("next", builtin_next, Pos(1, 2)),
];

#[cfg(test)]
mod tests {
    use crate::objects::callables::function::BuiltinFunctionObj;
    use crate::objects::containers::list::list_value;
    use crate::objects::containers::range::RangeObj;
    use crate::objects::testutil::*;
    use crate::objects::Value;
    use crate::vm::Vm;

    fn range(a: i64, b: i64, c: i64) -> Value {
        Value::Obj(RangeObj::new_ref(a, b, c))
    }

    /// A builtin function by name, made from its table entry (no interpreter needed).
    fn builtin(name: &str) -> Value {
        let def = crate::builtins::all_functions()
            .find(|d| d.name == name)
            .expect("no such builtin");
        // (with the table's convention, checked as in `builtins`)
        Value::Obj(BuiltinFunctionObj::function_ref(def, None))
    }

    #[test]
    fn ranges() {
        let _gil = crate::gil::acquire();
        let mut vm = Vm::new();
        let r = range(0, 10, 2);
        assert_eq!(repr(&mut vm, &r), "range(0, 10, 2)");
        let five = new(&mut vm, &t().range, &[Value::Int(5)]).unwrap();
        assert_eq!(repr(&mut vm, &five), "range(0, 5)");
        assert_eq!(vm.len(&r).unwrap(), 5);
        assert!(matches!(vm.getitem(&r, &Value::Int(-1)), Ok(Value::Int(8))));
        let s = |a, b, c| {
            Value::Obj(crate::objects::containers::slice::SliceObj::new_ref(
                a, b, c,
            ))
        };
        let sub = vm
            .getitem(&r, &s(Value::Int(1), Value::Int(3), Value::None))
            .unwrap();
        assert_eq!(repr(&mut vm, &sub), "range(2, 6, 2)");
        let rev = vm
            .getitem(&r, &s(Value::None, Value::None, Value::Int(-1)))
            .unwrap();
        assert_eq!(repr(&mut vm, &rev), "range(8, -2, -2)");
        let r10 = range(0, 10, 1);
        let rev = vm
            .getitem(&r10, &s(Value::None, Value::None, Value::Int(-3)))
            .unwrap();
        assert_eq!(repr(&mut vm, &rev), "range(9, -1, -3)");
        assert!(vm.contains(&r, &Value::Int(4)).unwrap());
        assert!(!vm.contains(&r, &Value::Int(5)).unwrap());
        assert!(matches!(
            method(&mut vm, &r, "index", &[Value::Int(6)]),
            Ok(Value::Int(3))
        ));
        assert_eq!(
            err(method(&mut vm, &r, "index", &[Value::Int(11)])),
            "ValueError: 11 is not in range"
        );
        assert!(matches!(
            method(&mut vm, &r, "count", &[Value::Int(4)]),
            Ok(Value::Int(1))
        ));
        let rv = call(
            &mut vm,
            &Value::Obj(t().reversed.clone()),
            &[range(1, 10, 3)],
        )
        .unwrap();
        assert_eq!(rv.type_name(), "range_iterator");
        assert_eq!(ints(&mut vm, &rv), vec![7, 4, 1]);
        assert_eq!(ints(&mut vm, &range(-5, 5, 3)), vec![-5, -2, 1, 4]);
        assert_eq!(ints(&mut vm, &range(5, -5, -3)), vec![5, 2, -1, -4]);
        let big = range(i64::MAX - 2, i64::MAX, 1);
        assert_eq!(ints(&mut vm, &big), vec![i64::MAX - 2, i64::MAX - 1]);
        let down = range(i64::MIN + 2, i64::MIN, -1);
        assert_eq!(ints(&mut vm, &down), vec![i64::MIN + 2, i64::MIN + 1]);
        let rv = call(
            &mut vm,
            &Value::Obj(t().reversed.clone()),
            &[range(i64::MIN, i64::MAX, i64::MAX)],
        )
        .unwrap();
        assert_eq!(ints(&mut vm, &rv), vec![i64::MAX - 1, -1, i64::MIN]);
        let eq = |vm: &mut Vm, a: Value, b: Value| {
            let r = vm
                .compare(&a, &b, crate::operators::CompareKind::Eq)
                .unwrap();
            vm.truthy(&r).unwrap()
        };
        assert!(eq(&mut vm, range(0, 0, 1), range(5, 5, 1)));
        assert!(eq(&mut vm, range(0, 3, 2), range(0, 4, 2)));
        assert_eq!(
            vm.hash(&range(0, 3, 2)).unwrap(),
            vm.hash(&range(0, 4, 2)).unwrap()
        );
        let errors: Vec<(Vec<Value>, &str)> = vec![
            (
                vec![],
                "TypeError: range expected at least 1 argument, got 0",
            ),
            (
                vec![Value::float(1.5)],
                "TypeError: 'float' object cannot be interpreted as an integer",
            ),
            (
                vec![Value::Int(1), Value::Int(2), Value::Int(0)],
                "ValueError: range() arg 3 must not be zero",
            ),
        ];
        for (args, want) in errors {
            assert_eq!(err(new(&mut vm, &t().range, &args)), want);
        }
        assert_eq!(
            err(vm.getitem(&r, &Value::Int(5))),
            "IndexError: range object index out of range"
        );
    }

    #[test]
    fn iterator_types() {
        let _gil = crate::gil::acquire();
        let mut vm = Vm::new();
        let e = call_kw(
            &mut vm,
            &Value::Obj(t().enumerate.clone()),
            &[int_list(&[5, 6])],
            &[("start", Value::Int(10))],
        )
        .unwrap();
        assert_eq!(e.type_name(), "enumerate");
        let l = new(&mut vm, &t().list, &[e]).unwrap();
        assert_eq!(repr(&mut vm, &l), "[(10, 5), (11, 6)]");
        let z = call(
            &mut vm,
            &Value::Obj(t().zip.clone()),
            &[int_list(&[1, 2]), int_list(&[3, 4, 5])],
        )
        .unwrap();
        let l = new(&mut vm, &t().list, &[z]).unwrap();
        assert_eq!(repr(&mut vm, &l), "[(1, 3), (2, 4)]");
        let strict = |vm: &mut Vm, lists: &[&[i64]]| {
            let args: Vec<Value> = lists.iter().map(|x| int_list(x)).collect();
            let z = call_kw(
                vm,
                &Value::Obj(t().zip.clone()),
                &args,
                &[("strict", Value::Bool(true))],
            )
            .unwrap();
            err(vm.collect(&z).map(list_value))
        };
        assert_eq!(
            strict(&mut vm, &[&[1, 2], &[1]]),
            "ValueError: zip() argument 2 is shorter than argument 1"
        );
        assert_eq!(
            strict(&mut vm, &[&[1], &[1, 2], &[1]]),
            "ValueError: zip() argument 2 is longer than argument 1"
        );
        assert_eq!(
            strict(&mut vm, &[&[1, 2], &[1, 2], &[1]]),
            "ValueError: zip() argument 3 is shorter than arguments 1-2"
        );
        let m = call(
            &mut vm,
            &Value::Obj(t().map.clone()),
            &[
                builtin("len"),
                list_value(vec![int_list(&[1]), int_list(&[1, 2])]),
            ],
        )
        .unwrap();
        assert_eq!(ints(&mut vm, &m), vec![1, 2]);
        let f = call(
            &mut vm,
            &Value::Obj(t().filter.clone()),
            &[Value::None, int_list(&[0, 1, 2, 0, 3])],
        )
        .unwrap();
        assert_eq!(ints(&mut vm, &f), vec![1, 2, 3]);
        let r = call(
            &mut vm,
            &Value::Obj(t().reversed.clone()),
            &[int_tuple(&[1, 2, 3])],
        )
        .unwrap();
        assert_eq!(r.type_name(), "reversed");
        assert_eq!(ints(&mut vm, &r), vec![3, 2, 1]);
        assert_eq!(
            err(call(
                &mut vm,
                &Value::Obj(t().reversed.clone()),
                &[Value::Int(1)]
            )),
            "TypeError: 'int' object is not reversible"
        );
        assert_eq!(
            err(call(
                &mut vm,
                &Value::Obj(t().map.clone()),
                &[Value::Int(1)]
            )),
            "TypeError: map() must have at least two arguments."
        );
        assert_eq!(
            err(call(&mut vm, &Value::Obj(t().enumerate.clone()), &[])),
            "TypeError: enumerate() missing required argument 'iterable'"
        );
        // iter(callable, sentinel)
        let it = vm.iter(&int_list(&[1, 2, 3, 4])).unwrap();
        let ci = call(
            &mut vm,
            &builtin("iter"),
            &[bound(&it, "__next__"), Value::Int(3)],
        )
        .unwrap();
        assert_eq!(ci.type_name(), "callable_iterator");
        assert_eq!(ints(&mut vm, &ci), vec![1, 2]);
        assert_eq!(
            err(call(
                &mut vm,
                &builtin("iter"),
                &[Value::Int(1), Value::Int(2)]
            )),
            "TypeError: iter(v, w): v must be callable"
        );
        // next with and without a default.
        let it = vm.iter(&int_list(&[7])).unwrap();
        assert!(matches!(
            call(&mut vm, &builtin("next"), std::slice::from_ref(&it)),
            Ok(Value::Int(7))
        ));
        assert!(call(&mut vm, &builtin("next"), &[it.clone(), Value::None])
            .unwrap()
            .is_none());
        assert_eq!(err(call(&mut vm, &builtin("next"), &[it])), "StopIteration");
        assert_eq!(
            err(call(&mut vm, &builtin("next"), &[Value::Int(1)])),
            "TypeError: 'int' object is not an iterator"
        );
    }

    #[test]
    fn consuming_builtins() {
        let _gil = crate::gil::acquire();
        let mut vm = Vm::new();
        let c = |vm: &mut Vm, name: &str, args: &[Value]| call(vm, &builtin(name), args);
        assert!(matches!(
            c(&mut vm, "min", &[int_list(&[3, 1, 2])]),
            Ok(Value::Int(1))
        ));
        assert!(matches!(
            c(
                &mut vm,
                "max",
                &[Value::Int(3), Value::Int(1), Value::Int(2)]
            ),
            Ok(Value::Int(3))
        ));
        let r = call_kw(
            &mut vm,
            &builtin("min"),
            &[int_list(&[])],
            &[("default", Value::Int(7))],
        )
        .unwrap();
        assert!(matches!(r, Value::Int(7)));
        let r = call_kw(
            &mut vm,
            &builtin("max"),
            &[list_value(vec![
                int_list(&[1]),
                int_list(&[2, 3]),
                int_list(&[4, 5]),
            ])],
            &[("key", builtin("len"))],
        )
        .unwrap();
        assert_eq!(repr(&mut vm, &r), "[2, 3]");
        assert_eq!(
            err(c(&mut vm, "max", &[])),
            "TypeError: max expected at least 1 argument, got 0"
        );
        assert_eq!(
            err(c(&mut vm, "max", &[int_list(&[])])),
            "ValueError: max() arg is an empty sequence"
        );
        assert_eq!(
            err(call_kw(
                &mut vm,
                &builtin("max"),
                &[Value::Int(1), Value::Int(2)],
                &[("default", Value::Int(3))]
            )),
            "TypeError: Cannot specify a default for max() with multiple positional arguments"
        );
        assert_eq!(
            err(c(&mut vm, "max", &[Value::Int(1), str_value("a")])),
            "TypeError: '>' not supported between instances of 'str' and 'int'"
        );
        assert!(matches!(
            c(&mut vm, "sum", &[int_list(&[1, 2, 3])]),
            Ok(Value::Int(6))
        ));
        assert!(matches!(
            c(&mut vm, "sum", &[int_list(&[1, 2]), Value::Int(10)]),
            Ok(Value::Int(13))
        ));
        let r = c(
            &mut vm,
            "sum",
            &[
                list_value(vec![int_list(&[1]), int_list(&[2])]),
                int_list(&[]),
            ],
        )
        .unwrap();
        assert_eq!(repr(&mut vm, &r), "[1, 2]");
        assert_eq!(
            err(c(&mut vm, "sum", &[int_list(&[]), str_value("")])),
            "TypeError: sum() can't sum strings [use ''.join(seq) instead]"
        );
        assert!(matches!(
            c(&mut vm, "any", &[int_list(&[0, 0, 1])]),
            Ok(Value::Bool(true))
        ));
        assert!(matches!(
            c(&mut vm, "all", &[int_list(&[1, 1, 0])]),
            Ok(Value::Bool(false))
        ));
        assert!(matches!(
            c(&mut vm, "all", &[int_list(&[])]),
            Ok(Value::Bool(true))
        ));
        assert!(matches!(
            c(&mut vm, "len", &[int_tuple(&[1, 2])]),
            Ok(Value::Int(2))
        ));
        assert_eq!(
            err(c(&mut vm, "len", &[Value::Int(1)])),
            "TypeError: object of type 'int' has no len()"
        );
        assert_eq!(
            err(c(&mut vm, "len", &[])),
            "TypeError: len() takes exactly one argument (0 given)"
        );
        assert_eq!(
            err(c(&mut vm, "sorted", &[])),
            "TypeError: sorted expected 1 argument, got 0"
        );
    }
}
