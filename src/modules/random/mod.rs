//! The `random` module: `random.Random` (the Mersenne Twister of `mt`, seeded as CPython
//! seeds it, including str/bytes seeds through SHA-512) with the methods of CPython's
//! `random.py` ported step for step — `_randbelow` by rejection over `getrandbits`,
//! `choices` by bisecting cumulative weights, `sample`'s two selection strategies chosen by
//! its size rule — so a seed gives CPython's results. The module functions are methods of
//! a hidden instance, as in CPython. The continuous distributions are in `dist`.

mod dist;
mod mt;
mod sha512;
mod source;

use std::cell::RefCell;

use num_bigint::{BigInt, Sign};
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive};

use self::mt::Mt;
use self::source::Gen;
use crate::exc;
use crate::method;
use crate::native_types;
use crate::objects::binary::bytearray::ByteArrayObj;
use crate::objects::binary::bytes::BytesObj;
use crate::objects::callables::function::BuiltinFunctionObj;
use crate::objects::callables::native::{new_native, receiver, NativeData, PLAIN_SLOTS};
use crate::objects::classes::typeobj::{MethodDef, TypeSlots, TypeSpec};
use crate::objects::containers::dict::DictObj;
use crate::objects::containers::list::ListObj;
use crate::objects::containers::seq::{compare_bool, rich_eq};
use crate::objects::containers::tuple::{tuple_value, TupleObj};
use crate::objects::module::ModuleObj;
use crate::objects::numbers::int::{as_int, int_from_value, int_value, IntRef};
use crate::objects::strings::str::{intern, StrObj};
use crate::objects::{PyRef, Value};
use crate::operators::BinOp;
use crate::operators::CompareKind;
use crate::vm::params::{self, to_index, PyDef};
use crate::vm::{Args, PyResult, Vm};

native_types! { pub struct Types in "random" {
    random = "Random", TypeSpec { slots: RANDOM_SLOTS, methods: METHODS, getsets: &[] };
} }

pub struct RandomState {
    mt: RefCell<Mt>,
    /// The second normal deviate `gauss` made, saved for its next call.
    gauss_next: RefCell<Value>,
}

impl NativeData for RandomState {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.gauss_next.borrow());
    }
}

impl RandomState {
    fn random(&self) -> f64 {
        self.mt.borrow_mut().random()
    }

    /// A uniform int in `[0, n)` for an int `n > 0`.
    fn below(&self, n: &BigInt) -> Value {
        let mut mt = self.mt.borrow_mut();
        match n.to_u64() {
            Some(small) => int_value(mt.below_u64(small).into()),
            None => int_value(mt.below(n)),
        }
    }

    fn below_usize(&self, n: usize) -> usize {
        self.mt.borrow_mut().below_u64(n as u64) as usize
    }

    fn set_gauss_next(&self, v: Value) {
        let old = self.gauss_next.replace(v);
        drop(old);
    }
}

/// `self` (the generator, with its class's overrides) and the other arguments of a method.
fn split<'a>(args: &Args<'a>) -> PyResult<(Gen<'a>, Args<'a>)> {
    let r = Gen::new(args.receiver());
    Ok((r, Args::new(&args.values[1..], args.kwnames)))
}

/// A method CPython writes in Python: `Random.name(self, params...)`.
const fn def(qualname: &'static str, params: &'static [&'static str], required: usize) -> PyDef {
    PyDef {
        qualname,
        params,
        required,
        kwonly: &[],
        method: true,
    }
}

fn to_big(v: &Value) -> BigInt {
    as_int(v).map(IntRef::big).unwrap_or_default()
}

// ---------------------------------------------------------------------------------------
// Seeding and state

/// `seed(a=None, version=2)`: str and bytes seeds become ints (by SHA-512, or Python 2's
/// string hash for version 1); an int seeds with its absolute value, `None` from the OS,
/// anything else with its hash.
fn seed_with(vm: &mut Vm, r: &RandomState, a: &Value, version: &Value) -> PyResult<()> {
    let version = as_int(version).and_then(|i| i.to_i64());
    let text: Option<Vec<u8>> = match a.downcast::<StrObj>() {
        Some(s) => Some(s.as_str().as_bytes().to_vec()),
        None => a.downcast::<BytesObj>().map(|b| b.bytes.to_vec()),
    };
    // bytearray seeds like bytes under version 2 only (version 1 hashes it, which fails)
    let array = a
        .downcast::<ByteArrayObj>()
        .map(|b| b.data.borrow().clone());
    let text = match (text, version) {
        (None, Some(2)) => array.clone(),
        (t, _) => t,
    };
    let n: BigInt = match (&text, version) {
        (Some(bytes), Some(1)) => {
            let chars: Vec<u64> = match a.downcast::<StrObj>() {
                Some(s) => s.as_str().chars().map(|c| c as u64).collect(),
                None => bytes.iter().map(|&b| b as u64).collect(),
            };
            let mut x: u64 = chars.first().map_or(0, |&c| c << 7);
            for &c in &chars {
                x = 1_000_003u64.wrapping_mul(x) ^ c;
            }
            BigInt::from(x ^ chars.len() as u64)
        }
        (Some(bytes), Some(2)) => {
            let mut all = bytes.clone();
            all.extend_from_slice(&sha512::sha512(bytes));
            BigInt::from_bytes_be(Sign::Plus, &all)
        }
        _ => {
            let supported = text.is_some()
                || array.is_some()
                || a.is_none()
                || crate::objects::numbers::float::float_of(a).is_some()
                || as_int(a).is_some();
            if !supported {
                return Err(exc!(
                    type_error,
                    "The only supported seed types are: None,\nint, float, str, bytes, and bytearray."
                ));
            }
            if a.is_none() {
                r.mt.borrow_mut().init_by_array(&os_entropy());
                r.set_gauss_next(Value::None);
                return Ok(());
            }
            match as_int(a) {
                Some(i) => i.big().abs(),
                None => BigInt::from(vm.hash(a)? as u64),
            }
        }
    };
    r.mt.borrow_mut().seed_bigint(n.magnitude());
    r.set_gauss_next(Value::None);
    Ok(())
}

/// 624 words from the OS (`/dev/urandom`), or the time and process id if that fails.
fn os_entropy() -> Vec<u32> {
    use std::io::Read;
    let mut buf = vec![0u8; mt::N * 4];
    let ok = std::fs::File::open("/dev/urandom").and_then(|mut f| f.read_exact(&mut buf));
    if ok.is_ok() {
        return buf
            .chunks_exact(4)
            .map(|c| u32::from_le_bytes(c.try_into().expect("4 bytes")))
            .collect();
    }
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos() as u64);
    vec![now as u32, (now >> 32) as u32, std::process::id()]
}

const SEED: PyDef = def("Random.seed", &["a", "version"], 0);

fn seed(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (r, rest) = split(&args)?;
    let [a, version] = SEED.bind(&rest)?;
    let a = a.cloned().unwrap_or(Value::None);
    seed_with(vm, &r, &a, version.unwrap_or(&Value::Int(2)))?;
    Ok(Value::None)
}

fn getstate(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (r, rest) = split(&args)?;
    let [] = def("Random.getstate", &[], 0).bind(&rest)?;
    let mt = r.mt.borrow().clone();
    let mut words: Vec<Value> = mt.state.iter().map(|&w| Value::Int(w as i64)).collect();
    words.push(Value::Int(mt.index as i64));
    let gauss = r.gauss_next.borrow().clone();
    Ok(tuple_value(vec![Value::Int(3), tuple_value(words), gauss]))
}

const SETSTATE: PyDef = def("Random.setstate", &["state"], 1);

fn setstate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (r, rest) = split(&args)?;
    let [state] = SETSTATE.bind(&rest)?;
    let state = state.expect("required");
    let version = vm.getitem(state, &Value::Int(0))?;
    let version_no = as_int(&version).and_then(|i| i.to_i64());
    if !matches!(version_no, Some(2 | 3)) {
        let v = vm.str_string(&version)?;
        return Err(exc!(
            value_error,
            "state with version {} passed to Random.setstate() of version 3",
            v
        ));
    }
    let parts = vm.collect(state)?;
    let [_, internal, gauss] = <[Value; 3]>::try_from(parts).map_err(|p| {
        exc!(
            value_error,
            "{} values to unpack (expected 3)",
            if p.len() > 3 {
                "too many"
            } else {
                "not enough"
            }
        )
    })?;
    let t = internal
        .downcast::<TupleObj>()
        .ok_or_else(|| exc!(type_error, "state vector must be a tuple"))?;
    if t.len() != mt::N + 1 {
        return Err(exc!(value_error, "state vector is the wrong size"));
    }
    let mut mt = Mt::new();
    for (w, v) in mt.state.iter_mut().zip(t.items.iter()) {
        let big = to_big(&to_index(vm, v)?);
        *w = if version_no == Some(2) {
            (big % (BigInt::from(1u64 << 32)) + (BigInt::from(1u64 << 32)))
                .to_u64()
                .map_or(0, |x| x as u32)
        } else if big.is_negative() {
            return Err(exc!(
                overflow_error,
                "can't convert negative value to unsigned int"
            ));
        } else {
            big.to_u32().unwrap_or(u32::MAX)
        };
    }
    let index = as_int(&t.items[mt::N]).and_then(|i| i.to_i64());
    match index {
        Some(i) if (0..=mt::N as i64).contains(&i) => mt.index = i as usize,
        _ => return Err(exc!(value_error, "invalid state")),
    }
    *r.mt.borrow_mut() = mt;
    r.set_gauss_next(gauss);
    Ok(Value::None)
}

fn random(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let r = receiver::<RandomState>(&args);
    Ok(Value::float(r.random()))
}

fn getrandbits(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let r = receiver::<RandomState>(&args);
    let k = to_index(vm, &args.params()[0])?;
    let k = as_int(&k)
        .and_then(|i| i.to_i64())
        .filter(|k| i32::try_from(*k).is_ok())
        .ok_or_else(|| exc!(overflow_error, "Python int too large to convert to C int"))?;
    if k < 0 {
        return Err(exc!(value_error, "number of bits must be non-negative"));
    }
    Ok(int_value(r.mt.borrow_mut().bits(k as u64)))
}

const RANDBYTES: PyDef = def("Random.randbytes", &["n"], 1);

fn randbytes(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (r, rest) = split(&args)?;
    let [n] = RANDBYTES.bind(&rest)?;
    let n = crate::objects::containers::seq::index_arg(n.expect("required"))?;
    if n < 0 {
        return Err(exc!(value_error, "number of bits must be non-negative"));
    }
    let bits = r.mt.borrow_mut().bits(n as u64 * 8);
    let mut bytes = bits.to_bytes_le().1;
    bytes.resize(n as usize, 0);
    Ok(crate::objects::binary::bytes::bytes_value(bytes))
}

// ---------------------------------------------------------------------------------------
// Integers and sequences

/// An integer argument of `randrange`: the int itself, or an integral float (deprecated in
/// CPython); ValueError `msg` for anything else int() accepts.
fn int_arg(vm: &mut Vm, v: &Value, msg: &str) -> PyResult<BigInt> {
    match to_index(vm, v) {
        Ok(i) => Ok(to_big(&i)),
        Err(e) if e.matches(&crate::objects::types().exc.type_error) => {
            let i = int_from_value(vm, v)?;
            let dep = crate::objects::types().exc.deprecation_warning.clone();
            if !rich_eq(vm, &i, v)? {
                vm.warn(&dep, "randrange() will raise TypeError in the future")?;
                return Err(exc!(value_error, "{}", msg));
            }
            vm.warn(
                &dep,
                "non-integer arguments to randrange() have been deprecated since Python 3.10 \
                 and will be removed in a subsequent version",
            )?;
            Ok(to_big(&i))
        }
        Err(e) => Err(e),
    }
}

const RANDRANGE: PyDef = def("Random.randrange", &["start", "stop", "step"], 1);

fn randrange_impl(
    vm: &mut Vm,
    r: &Gen,
    start: &Value,
    stop: Option<&Value>,
    step: Option<&Value>,
) -> PyResult<Value> {
    let istart = int_arg(vm, start, "non-integer arg 1 for randrange()")?;
    // CPython's default step is the cached int 1: an explicit 1 counts as no step.
    let step_given = step.is_some_and(|s| !matches!(s, Value::Int(1)));
    let Some(stop) = stop.filter(|s| !s.is_none()) else {
        if step_given {
            return Err(exc!(type_error, "Missing a non-None stop argument"));
        }
        if istart.is_positive() {
            return r.below(vm, &istart);
        }
        return Err(exc!(value_error, "empty range for randrange()"));
    };
    let istop = int_arg(vm, stop, "non-integer stop for randrange()")?;
    let width = &istop - &istart;
    let istep = match step {
        Some(s) => int_arg(vm, s, "non-integer step for randrange()")?,
        None => BigInt::from(1),
    };
    if istep == BigInt::from(1) {
        if width.is_positive() {
            return Ok(int_value(istart + to_big(&r.below(vm, &width)?)));
        }
        return Err(exc!(
            value_error,
            "empty range for randrange() ({}, {}, {})",
            istart,
            istop,
            width
        ));
    }
    let n = if istep.is_positive() {
        (width + &istep - BigInt::from(1)).div_floor(&istep)
    } else if istep.is_negative() {
        (width + &istep + BigInt::from(1)).div_floor(&istep)
    } else {
        return Err(exc!(value_error, "zero step for randrange()"));
    };
    if !n.is_positive() {
        return Err(exc!(value_error, "empty range for randrange()"));
    }
    Ok(int_value(istart + istep * to_big(&r.below(vm, &n)?)))
}

fn randrange(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (r, rest) = split(&args)?;
    let [start, stop, step] = RANDRANGE.bind(&rest)?;
    randrange_impl(vm, &r, start.expect("required"), stop, step)
}

const RANDINT: PyDef = def("Random.randint", &["a", "b"], 2);

fn randint(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (r, rest) = split(&args)?;
    let [a, b] = RANDINT.bind(&rest)?;
    let b1 = vm.binary_op(BinOp::Add, b.expect("required"), &Value::Int(1), false)?;
    randrange_impl(vm, &r, a.expect("required"), Some(&b1), None)
}

const CHOICE: PyDef = def("Random.choice", &["seq"], 1);

fn choice(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (r, rest) = split(&args)?;
    let [seq] = CHOICE.bind(&rest)?;
    let seq = seq.expect("required");
    let n = vm.len(seq)?;
    if n == 0 {
        return Err(exc!(index_error, "Cannot choose from an empty sequence"));
    }
    let i = r.below_usize(vm, n)?;
    vm.getitem(seq, &Value::Int(i as i64))
}

const SHUFFLE: PyDef = def("Random.shuffle", &["x"], 1);

fn shuffle(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (r, rest) = split(&args)?;
    let [x] = SHUFFLE.bind(&rest)?;
    let x = x.expect("required");
    let n = vm.len(x)?;
    for i in (1..n).rev() {
        let j = r.below_usize(vm, i + 1)?;
        let (vi, vj) = (Value::Int(i as i64), Value::Int(j as i64));
        let a = vm.getitem(x, &vj)?;
        let b = vm.getitem(x, &vi)?;
        vm.setitem(x, &vi, a)?;
        vm.setitem(x, &vj, b)?;
    }
    Ok(Value::None)
}

/// Whether `v` is a sequence in the `collections.abc.Sequence` sense (indexable, sized,
/// not a mapping).
fn is_sequence(v: &Value) -> bool {
    let s = crate::vm::protocol::slots(v);
    s.getitem.is_some() && s.len.is_some() && v.downcast::<DictObj>().is_none()
}

/// `bisect_right(a, x, 0, hi)` over a vector of values.
fn bisect_right(vm: &mut Vm, a: &[Value], x: &Value, hi: usize) -> PyResult<usize> {
    let (mut lo, mut hi) = (0, hi);
    while lo < hi {
        let mid = (lo + hi) / 2;
        if compare_bool(vm, x, &a[mid], CompareKind::Lt)? {
            hi = mid;
        } else {
            lo = mid + 1;
        }
    }
    Ok(lo)
}

/// The running sums of `items` (`itertools.accumulate`).
fn accumulate(vm: &mut Vm, items: &Value) -> PyResult<Vec<Value>> {
    let mut out: Vec<Value> = Vec::new();
    let it = vm.iter(items)?;
    while let Some(v) = vm.next(&it)? {
        let next = match out.last() {
            Some(total) => vm.binary_op(BinOp::Add, total, &v, false)?,
            None => v,
        };
        out.push(next);
    }
    Ok(out)
}

const SAMPLE: PyDef = PyDef {
    kwonly: &["counts"],
    ..def("Random.sample", &["population", "k"], 2)
};

fn sample(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (r, rest) = split(&args)?;
    let [population, k, counts] = SAMPLE.bind(&rest)?;
    let (population, k) = (population.expect("required"), k.expect("required"));
    sample_impl(vm, &r, population, k, counts.filter(|c| !c.is_none()))
}

fn sample_impl(
    vm: &mut Vm,
    r: &Gen,
    population: &Value,
    k: &Value,
    counts: Option<&Value>,
) -> PyResult<Value> {
    if !is_sequence(population) {
        return Err(exc!(
            type_error,
            "Population must be a sequence.  For dicts or sets, use sorted(d)."
        ));
    }
    let n = vm.len(population)?;
    if let Some(counts) = counts {
        let mut cum = accumulate(vm, counts)?;
        if cum.len() != n {
            return Err(exc!(
                value_error,
                "The number of counts does not match the population"
            ));
        }
        let total = cum
            .pop()
            .ok_or_else(|| exc!(index_error, "pop from empty list"))?;
        if as_int(&total).is_none() {
            return Err(exc!(type_error, "Counts must be integers"));
        }
        if !to_big(&total).is_positive() {
            return Err(exc!(
                value_error,
                "Total of counts must be greater than zero"
            ));
        }
        let range = vm.call(
            &builtin(vm, "range")?,
            Args::positional(std::slice::from_ref(&total)),
        )?;
        let selections = sample_impl(vm, r, &range, k, None)?;
        let mut out = Vec::new();
        for s in vm.collect(&selections)? {
            let i = bisect_right(vm, &cum, &s, cum.len())?;
            out.push(vm.getitem(population, &Value::Int(i as i64))?);
        }
        return Ok(Value::Obj(ListObj::new_ref(out)));
    }
    let k = match crate::objects::containers::seq::index_arg(k) {
        Ok(k) if (0..=n as i64).contains(&k) => k as usize,
        Ok(_) => {
            return Err(exc!(
                value_error,
                "Sample larger than population or is negative"
            ))
        }
        Err(e) => return Err(e),
    };
    // A set of picked indices costs about this much: below it, a shrinking pool is used.
    let mut setsize = 21usize;
    if k > 5 {
        let exponent = ((k * 3) as f64).ln() / 4f64.ln();
        setsize += 4usize.saturating_pow(exponent.ceil() as u32);
    }
    let mut result = Vec::with_capacity(k);
    if n <= setsize {
        let mut pool = vm.collect(population)?;
        for i in 0..k {
            let j = r.below_usize(vm, n - i)?;
            result.push(pool[j].clone());
            pool[j] = pool[n - i - 1].clone();
        }
    } else {
        let mut selected = std::collections::HashSet::new();
        for _ in 0..k {
            let mut j = r.below_usize(vm, n)?;
            while selected.contains(&j) {
                j = r.below_usize(vm, n)?;
            }
            selected.insert(j);
            result.push(vm.getitem(population, &Value::Int(j as i64))?);
        }
    }
    Ok(Value::Obj(ListObj::new_ref(result)))
}

/// A builtin function by name.
fn builtin(vm: &Vm, name: &str) -> PyResult<Value> {
    vm.interp
        .builtins
        .downcast::<DictObj>()
        .and_then(|d| d.get_str(&intern(name)))
        .ok_or_else(|| exc!(runtime_error, "lost builtins.{}", name))
}

const CHOICES: PyDef = PyDef {
    kwonly: &["cum_weights", "k"],
    ..def("Random.choices", &["population", "weights"], 1)
};

fn choices(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (r, rest) = split(&args)?;
    let [population, weights, cum_weights, k] = CHOICES.bind(&rest)?;
    let population = population.expect("required");
    let weights = weights.filter(|w| !w.is_none());
    let k = k.cloned().unwrap_or(Value::Int(1));
    let n = vm.len(population)?;
    let count = |vm: &mut Vm| -> PyResult<usize> {
        let repeat = vm.call(
            &builtin(vm, "range")?,
            Args::positional(std::slice::from_ref(&k)),
        )?;
        vm.len(&repeat)
    };
    let cum = match (cum_weights.filter(|c| !c.is_none()), weights) {
        (None, None) => {
            let nf = n as f64;
            let mut out = Vec::new();
            for _ in 0..count(vm)? {
                let i = (r.random(vm)? * nf).floor() as i64;
                out.push(vm.getitem(population, &Value::Int(i))?);
            }
            return Ok(Value::Obj(ListObj::new_ref(out)));
        }
        (None, Some(w)) => match accumulate(vm, w) {
            Ok(c) => c,
            Err(e) if e.matches(&crate::objects::types().exc.type_error) && as_int(w).is_some() => {
                let k = vm.repr_string(w)?;
                return Err(exc!(
                    type_error,
                    "The number of choices must be a keyword argument: k={}",
                    k
                ));
            }
            Err(e) => return Err(e),
        },
        (Some(c), None) => vm.collect(c)?,
        (Some(_), Some(_)) => {
            return Err(exc!(
                type_error,
                "Cannot specify both weights and cumulative weights"
            ))
        }
    };
    if cum.len() != n {
        return Err(exc!(
            value_error,
            "The number of weights does not match the population"
        ));
    }
    let last = cum
        .last()
        .ok_or_else(|| exc!(index_error, "list index out of range"))?;
    let total = vm.binary_op(BinOp::Add, last, &Value::float(0.0), false)?;
    let total_f = params::to_f64(vm, &total)?;
    if total_f <= 0.0 {
        return Err(exc!(
            value_error,
            "Total of weights must be greater than zero"
        ));
    }
    if !total_f.is_finite() {
        return Err(exc!(value_error, "Total of weights must be finite"));
    }
    let hi = n - 1;
    let mut out = Vec::new();
    for _ in 0..count(vm)? {
        let x = Value::float(r.random(vm)? * total_f);
        let i = bisect_right(vm, &cum, &x, hi)?;
        out.push(vm.getitem(population, &Value::Int(i as i64))?);
    }
    Ok(Value::Obj(ListObj::new_ref(out)))
}

// ---------------------------------------------------------------------------------------
// The type and the module

const INIT: PyDef = def("Random.__init__", &["x"], 0);

/// `Random(x=None)`. A subclass's instance is made unseeded: `__init__` gets the
/// arguments (CPython's `Random.__init__` is Python code that calls `self.seed(x)`).
fn random_new(vm: &mut Vm, cls: &PyRef, args: Args) -> PyResult<Value> {
    let state = || RandomState {
        mt: RefCell::new(Mt::new()),
        gauss_next: RefCell::new(Value::None),
    };
    if crate::objects::classes::class::is_heap(cls) {
        return Ok(new_native(cls, state()));
    }
    let [x] = INIT.bind(&args)?;
    let obj = new_native(cls, state());
    let r = crate::objects::callables::native::this::<RandomState>(&obj);
    seed_with(vm, r, x.unwrap_or(&Value::None), &Value::Int(2))?;
    Ok(obj)
}

/// `Random.__init__(self, x=None)`: `self.seed(x)`, through the instance so that a
/// subclass's `seed` runs, then forgets the saved normal deviate.
fn random_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (r, rest) = split(&args)?;
    let [x] = INIT.bind(&rest)?;
    let x = x.cloned().unwrap_or(Value::None);
    vm.call_method(args.receiver(), "seed", &[x])?;
    let old = r.gauss_next.replace(Value::None);
    drop(old);
    Ok(Value::None)
}

const RANDOM_SLOTS: TypeSlots = TypeSlots {
    new: Some(random_new),
    ..PLAIN_SLOTS
};

const METHODS: &[MethodDef] = &[
    method!("__init__", random_init, WrapperAny),
    method!("seed", seed),
    method!("getstate", getstate),
    method!("setstate", setstate),
    method!("random", random, NoArgs),
    method!("getrandbits", getrandbits, One),
    method!("randbytes", randbytes),
    method!("randrange", randrange),
    method!("randint", randint),
    method!("choice", choice),
    method!("choices", choices),
    method!("shuffle", shuffle),
    method!("sample", sample),
    method!("uniform", dist::uniform),
    method!("triangular", dist::triangular),
    method!("normalvariate", dist::normalvariate),
    method!("gauss", dist::gauss),
    method!("lognormvariate", dist::lognormvariate),
    method!("expovariate", dist::expovariate),
    method!("vonmisesvariate", dist::vonmisesvariate),
    method!("gammavariate", dist::gammavariate),
    method!("betavariate", dist::betavariate),
    method!("paretovariate", dist::paretovariate),
    method!("weibullvariate", dist::weibullvariate),
];

/// The `random` module: the `Random` type and the methods of a hidden instance seeded from
/// the OS.
pub fn create(vm: &mut Vm) -> PyResult<PyRef> {
    let module = super::new_native_module("random", &[]);
    let d = module.downcast::<ModuleObj>().expect("module").namespace();
    let ty = Types::get().random.clone();
    let inst = vm.call(&Value::Obj(ty.clone()), Args::positional(&[]))?;
    for m in METHODS {
        // (bound methods of `_inst`, checked by the table like `Random().random`)
        let unbound = BuiltinFunctionObj::method_ref(m, &ty);
        let f = unbound
            .downcast::<BuiltinFunctionObj>()
            .expect("a builtin")
            .bind(inst.clone());
        d.set_str(intern(m.name), Value::Obj(f));
    }
    d.set_str(intern("Random"), Value::Obj(ty));
    d.set_str(intern("_inst"), inst);
    // the parts written in Python: constants and SystemRandom
    let globals = module.downcast::<ModuleObj>().expect("module").dict.clone();
    vm.exec_embedded(
        "random",
        include_str!("../py/random.py"),
        "<frozen random>",
        &globals,
    )?;
    Ok(module)
}
