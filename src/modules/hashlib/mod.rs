//! The `hashlib` module over the RustCrypto crates (`md-5`, `sha1`, `sha2`, `sha3`,
//! `blake2`): the named constructors, `new(name, data)`, hash objects (`_hashlib.HASH`,
//! `HASHXOF` for SHAKE, and the `_blake2.blake2b`/`blake2s` types with their key, salt and
//! person parameters) and `pbkdf2_hmac` (HMAC built over the same states). Messages are
//! CPython's with its OpenSSL backend.

mod state;

use std::cell::RefCell;

use state::{Blake, BlakeParams, Fixed, HashState, Xof};

use crate::exc;
use crate::method;
use crate::native_types;
use crate::objects::binary::bytes::bytes_value;
use crate::objects::binary::bytes_methods::with_buffer;
use crate::objects::callables::native::{new_native, receiver, this, NativeData, PLAIN_SLOTS};
use crate::objects::classes::typeobj::{set_class_attr, GetSetDef, MethodDef, TypeSlots, TypeSpec};
use crate::objects::containers::list::ListObj;
use crate::objects::containers::set::ops::new_set_from;
use crate::objects::module::ModuleObj;
use crate::objects::strings::str::{as_str, intern, new_str, StrObj};
use crate::objects::{PyRef, Value};
use crate::vm::params::{to_i64, Clinic};
use crate::vm::{Args, PyResult, Vm};

native_types! { struct HashTypes in "_hashlib" {
    hash = "HASH", TypeSpec { slots: HASH_SLOTS, methods: HASH_METHODS, getsets: HASH_GETSETS };
    xof = "HASHXOF", TypeSpec { slots: HASH_SLOTS, methods: XOF_METHODS, getsets: HASH_GETSETS };
} }

native_types! { struct BlakeTypes in "_blake2" {
    blake2b = "blake2b", TypeSpec { slots: BLAKE2B_SLOTS, methods: HASH_METHODS, getsets: HASH_GETSETS };
    blake2s = "blake2s", TypeSpec { slots: BLAKE2S_SLOTS, methods: HASH_METHODS, getsets: HASH_GETSETS };
} }

/// One algorithm: its name, sizes and a fresh state.
struct Algo {
    name: &'static str,
    digest_size: usize,
    block_size: usize,
    make: fn() -> Box<dyn HashState>,
}

fn boxed<S: HashState + 'static>(s: S) -> Box<dyn HashState> {
    Box::new(s)
}

const fn default_blake(big: bool, size: usize) -> BlakeParams<'static> {
    BlakeParams {
        big,
        digest_size: size,
        key: b"",
        salt: b"",
        person: b"",
    }
}

/// Every algorithm, in `algorithms_guaranteed` order (SHAKE's digest size is 0).
const ALGOS: &[Algo] = &[
    Algo {
        name: "blake2b",
        digest_size: 64,
        block_size: 128,
        make: || boxed(Blake::new(&default_blake(true, 64))),
    },
    Algo {
        name: "blake2s",
        digest_size: 32,
        block_size: 64,
        make: || boxed(Blake::new(&default_blake(false, 32))),
    },
    Algo {
        name: "md5",
        digest_size: 16,
        block_size: 64,
        make: || boxed(Fixed(md5::Md5::default())),
    },
    Algo {
        name: "sha1",
        digest_size: 20,
        block_size: 64,
        make: || boxed(Fixed(sha1::Sha1::default())),
    },
    Algo {
        name: "sha224",
        digest_size: 28,
        block_size: 64,
        make: || boxed(Fixed(sha2::Sha224::default())),
    },
    Algo {
        name: "sha256",
        digest_size: 32,
        block_size: 64,
        make: || boxed(Fixed(sha2::Sha256::default())),
    },
    Algo {
        name: "sha384",
        digest_size: 48,
        block_size: 128,
        make: || boxed(Fixed(sha2::Sha384::default())),
    },
    Algo {
        name: "sha512",
        digest_size: 64,
        block_size: 128,
        make: || boxed(Fixed(sha2::Sha512::default())),
    },
    Algo {
        name: "sha3_224",
        digest_size: 28,
        block_size: 144,
        make: || boxed(Fixed(sha3::Sha3_224::default())),
    },
    Algo {
        name: "sha3_256",
        digest_size: 32,
        block_size: 136,
        make: || boxed(Fixed(sha3::Sha3_256::default())),
    },
    Algo {
        name: "sha3_384",
        digest_size: 48,
        block_size: 104,
        make: || boxed(Fixed(sha3::Sha3_384::default())),
    },
    Algo {
        name: "sha3_512",
        digest_size: 64,
        block_size: 72,
        make: || boxed(Fixed(sha3::Sha3_512::default())),
    },
    Algo {
        name: "shake_128",
        digest_size: 0,
        block_size: 168,
        make: || boxed(Xof(sha3::Shake128::default())),
    },
    Algo {
        name: "shake_256",
        digest_size: 0,
        block_size: 136,
        make: || boxed(Xof(sha3::Shake256::default())),
    },
];

fn find_algo(name: &str) -> Option<&'static Algo> {
    let lower = name.to_ascii_lowercase();
    ALGOS.iter().find(|a| a.name == lower)
}

/// A hash object: its algorithm's facts and running state.
struct HashObj {
    name: &'static str,
    digest_size: usize,
    block_size: usize,
    state: RefCell<Box<dyn HashState>>,
}

impl NativeData for HashObj {
    fn traverse(&self, _visit: &mut dyn FnMut(&Value)) {}
}

/// The bytes of data to hash: a bytes-like object (a str is refused by name).
fn data_arg(v: &Value) -> PyResult<Vec<u8>> {
    if v.downcast::<StrObj>().is_some() {
        return Err(exc!(type_error, "Strings must be encoded before hashing"));
    }
    with_buffer(v, <[u8]>::to_vec)
        .ok_or_else(|| exc!(type_error, "object supporting the buffer API required"))
}

fn new_hash(algo: &Algo, data: Option<&Value>) -> PyResult<Value> {
    let mut state = (algo.make)();
    if let Some(d) = data {
        state.update(&data_arg(d)?);
    }
    let t = HashTypes::get();
    let cls = if algo.digest_size == 0 {
        &t.xof
    } else {
        &t.hash
    };
    Ok(new_native(
        cls,
        HashObj {
            name: algo.name,
            digest_size: algo.digest_size,
            block_size: algo.block_size,
            state: RefCell::new(state),
        },
    ))
}

/// The body of a named constructor: `openssl_md5(string=b'', *, usedforsecurity=True)`.
fn named(args: &Args, name: &'static str, fname: &'static str) -> PyResult<Value> {
    let spec = Clinic {
        fname,
        names: &["string", "usedforsecurity"],
        posonly: 0,
        minpos: 0,
        maxpos: 1,
    };
    let [data, _] = spec.bind(args)?;
    new_hash(find_algo(name).expect("a known algorithm"), data)
}

/// One constructor per fixed algorithm, named as CPython's OpenSSL wrappers.
macro_rules! constructors {
    ($($f:ident => $name:literal, $fname:literal;)*) => {
        $(fn $f(_vm: &mut Vm, args: Args) -> PyResult<Value> {
            named(&args, $name, $fname)
        })*
        const CONSTRUCTORS: &[MethodDef] = &[$(method!($name, $f),)*];
    };
}

constructors! {
    md5 => "md5", "openssl_md5";
    sha1 => "sha1", "openssl_sha1";
    sha224 => "sha224", "openssl_sha224";
    sha256 => "sha256", "openssl_sha256";
    sha384 => "sha384", "openssl_sha384";
    sha512 => "sha512", "openssl_sha512";
    sha3_224 => "sha3_224", "openssl_sha3_224";
    sha3_256 => "sha3_256", "openssl_sha3_256";
    sha3_384 => "sha3_384", "openssl_sha3_384";
    sha3_512 => "sha3_512", "openssl_sha3_512";
    shake_128 => "shake_128", "openssl_shake_128";
    shake_256 => "shake_256", "openssl_shake_256";
}

/// `hashlib.new(name, data=b'', **kwargs)`.
fn hash_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    const SPEC: Clinic = Clinic {
        fname: "__hash_new",
        names: &["name", "data", "usedforsecurity"],
        posonly: 0,
        minpos: 1,
        maxpos: 2,
    };
    let pos = args.pos();
    if pos.is_empty() && !args.kwnames.iter().any(|k| as_str(k) == Some("name")) {
        return Err(exc!(
            type_error,
            "__hash_new() missing 1 required positional argument: 'name'"
        ));
    }
    // The blake2 parameters go to their constructors as keywords.
    let name_v = pos.first().cloned().unwrap_or(Value::None);
    if let Some(n) = as_str(&name_v) {
        let lower = n.to_ascii_lowercase();
        if lower == "blake2b" || lower == "blake2s" {
            let t = BlakeTypes::get();
            let cls = if lower == "blake2b" {
                &t.blake2b
            } else {
                &t.blake2s
            };
            let rest = Args::new(&args.values[1..], args.kwnames);
            return blake_new(vm, cls, rest);
        }
    }
    let [name, data, _] = SPEC.bind(&args)?;
    let name = name.expect("required");
    let Some(n) = as_str(name) else {
        return Err(exc!(type_error, "name must be a string"));
    };
    let algo = find_algo(n).ok_or_else(|| exc!(value_error, "unsupported hash type {}", n))?;
    new_hash(algo, data)
}

// ---------------------------------------------------------------------------------------
// BLAKE2

fn blake2b_new(vm: &mut Vm, cls: &PyRef, args: Args) -> PyResult<Value> {
    blake_new(vm, cls, args)
}

/// `blake2b(data=b'', /, *, digest_size, key, salt, person, usedforsecurity)` (and
/// `blake2s`): the tree-hashing parameters are not supported.
fn blake_new(_vm: &mut Vm, cls: &PyRef, args: Args) -> PyResult<Value> {
    let big = cls.ptr_eq(&BlakeTypes::get().blake2b);
    let spec = Clinic {
        fname: if big { "blake2b" } else { "blake2s" },
        names: &[
            "",
            "digest_size",
            "key",
            "salt",
            "person",
            "usedforsecurity",
        ],
        posonly: 1,
        minpos: 0,
        maxpos: 1,
    };
    let [data, size, key, salt, person, _] = spec.bind(&args)?;
    let (max, salt_max) = if big { (64, 16) } else { (32, 8) };
    let digest_size = match size {
        Some(v) => int_arg(v)?,
        None => max as i64,
    };
    if !(1..=max as i64).contains(&digest_size) {
        return Err(exc!(
            value_error,
            "digest_size must be between 1 and {} bytes",
            max
        ));
    }
    let bytes_of = |v: Option<&Value>| -> PyResult<Vec<u8>> {
        v.map_or(Ok(Vec::new()), |v| {
            with_buffer(v, <[u8]>::to_vec).ok_or_else(|| {
                exc!(
                    type_error,
                    "a bytes-like object is required, not '{}'",
                    v.type_name()
                )
            })
        })
    };
    let (key, salt, person) = (bytes_of(key)?, bytes_of(salt)?, bytes_of(person)?);
    if key.len() > max {
        return Err(exc!(value_error, "maximum key length is {} bytes", max));
    }
    if salt.len() > salt_max {
        return Err(exc!(
            value_error,
            "maximum salt length is {} bytes",
            salt_max
        ));
    }
    if person.len() > salt_max {
        return Err(exc!(
            value_error,
            "maximum person length is {} bytes",
            salt_max
        ));
    }
    let params = BlakeParams {
        big,
        digest_size: digest_size as usize,
        key: &key,
        salt: &salt,
        person: &person,
    };
    let mut state = boxed(Blake::new(&params));
    if let Some(d) = data {
        state.update(&data_arg(d)?);
    }
    Ok(new_native(
        cls,
        HashObj {
            name: if big { "blake2b" } else { "blake2s" },
            digest_size: digest_size as usize,
            block_size: if big { 128 } else { 64 },
            state: RefCell::new(state),
        },
    ))
}

/// A small int argument (an `int` subclass or `__index__`-less object is refused).
fn int_arg(v: &Value) -> PyResult<i64> {
    match crate::objects::numbers::int::as_int(v).and_then(|i| i.to_i64()) {
        Some(i) => Ok(i),
        None if crate::objects::numbers::int::as_int(v).is_some() => Err(exc!(
            overflow_error,
            "Python int too large to convert to C long"
        )),
        None => Err(exc!(
            type_error,
            "'{}' object cannot be interpreted as an integer",
            v.type_name()
        )),
    }
}

const BLAKE2B_SLOTS: TypeSlots = TypeSlots {
    new: Some(blake2b_new),
    ..PLAIN_SLOTS
};

const BLAKE2S_SLOTS: TypeSlots = BLAKE2B_SLOTS;

// ---------------------------------------------------------------------------------------
// Hash object methods

fn hash_repr(vm: &mut Vm, v: &Value) -> PyResult<PyRef> {
    Ok(new_str(format!(
        "<{} {} object @ {:#x}>",
        this::<HashObj>(v).name,
        v.type_name(),
        vm.id(v)
    )))
}

const HASH_SLOTS: TypeSlots = TypeSlots {
    repr: Some(hash_repr),
    ..PLAIN_SLOTS
};

fn h_update(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let h = receiver::<HashObj>(&args);
    let data = data_arg(&args.params()[0])?;
    h.state.borrow_mut().update(&data);
    Ok(Value::None)
}

fn h_digest(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let h = receiver::<HashObj>(&args);
    Ok(bytes_value(h.state.borrow().digest(h.digest_size)))
}

fn hex(bytes: &[u8]) -> Value {
    Value::Obj(new_str(
        bytes.iter().map(|b| format!("{b:02x}")).collect::<String>(),
    ))
}

fn h_hexdigest(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let h = receiver::<HashObj>(&args);
    Ok(hex(&h.state.borrow().digest(h.digest_size)))
}

fn h_copy(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let h = receiver::<HashObj>(&args);
    let state = h.state.borrow().boxed_clone();
    Ok(new_native(
        args.receiver().class(),
        HashObj {
            name: h.name,
            digest_size: h.digest_size,
            block_size: h.block_size,
            state: RefCell::new(state),
        },
    ))
}

/// The `length` argument of a SHAKE digest.
fn xof_length(vm: &mut Vm, args: &Args, fname: &'static str) -> PyResult<usize> {
    let spec = Clinic {
        fname,
        names: &["length"],
        posonly: 0,
        minpos: 1,
        maxpos: 1,
    };
    let rest = Args::new(&args.values[1..], args.kwnames);
    let [length] = spec.bind(&rest)?;
    let n = to_i64(
        vm,
        length.expect("required"),
        "Python int too large to convert to C ssize_t",
    )?;
    // (CPython's allocation of a negative or huge size fails)
    if !(0..1 << 30).contains(&n) {
        return Err(crate::vm::PyErr::new(
            &crate::objects::types().exc.memory_error,
            String::new(),
        ));
    }
    Ok(n as usize)
}

fn x_digest(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let n = xof_length(vm, &args, "digest")?;
    Ok(bytes_value(
        receiver::<HashObj>(&args).state.borrow().digest(n),
    ))
}

fn x_hexdigest(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let n = xof_length(vm, &args, "hexdigest")?;
    Ok(hex(&receiver::<HashObj>(&args).state.borrow().digest(n)))
}

const HASH_METHODS: &[MethodDef] = &[
    method!("copy", h_copy, NoArgs),
    method!("digest", h_digest, NoArgs),
    method!("hexdigest", h_hexdigest, NoArgs),
    method!("update", h_update, One),
];

const XOF_METHODS: &[MethodDef] = &[
    method!("copy", h_copy, NoArgs),
    method!("digest", x_digest),
    method!("hexdigest", x_hexdigest),
    method!("update", h_update, One),
];

fn g_name(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Obj(intern(this::<HashObj>(v).name)))
}

fn g_digest_size(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Int(this::<HashObj>(v).digest_size as i64))
}

fn g_block_size(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Int(this::<HashObj>(v).block_size as i64))
}

const HASH_GETSETS: &[GetSetDef] = &[
    crate::getset!("name", g_name),
    crate::getset!("digest_size", g_digest_size),
    crate::getset!("block_size", g_block_size),
];

// ---------------------------------------------------------------------------------------
// PBKDF2

/// HMAC over one algorithm: the keyed inner and outer states, cloned for each message.
struct Hmac {
    inner: Box<dyn HashState>,
    outer: Box<dyn HashState>,
}

impl Hmac {
    fn new(algo: &Algo, key: &[u8]) -> Hmac {
        let mut k = if key.len() > algo.block_size {
            let mut h = (algo.make)();
            h.update(key);
            h.digest(algo.digest_size)
        } else {
            key.to_vec()
        };
        k.resize(algo.block_size, 0);
        let pad = |x: u8| -> Box<dyn HashState> {
            let mut h = (algo.make)();
            h.update(&k.iter().map(|b| b ^ x).collect::<Vec<u8>>());
            h
        };
        Hmac {
            inner: pad(0x36),
            outer: pad(0x5c),
        }
    }

    fn mac(&self, parts: &[&[u8]], size: usize) -> Vec<u8> {
        let mut i = self.inner.boxed_clone();
        for p in parts {
            i.update(p);
        }
        let mut o = self.outer.boxed_clone();
        o.update(&i.digest(size));
        o.digest(size)
    }
}

fn pbkdf2_hmac(vm: &mut Vm, args: Args) -> PyResult<Value> {
    const SPEC: Clinic = Clinic {
        fname: "pbkdf2_hmac",
        names: &["hash_name", "password", "salt", "iterations", "dklen"],
        posonly: 0,
        minpos: 4,
        maxpos: 5,
    };
    let [name, password, salt, iterations, dklen] = SPEC.bind(&args)?;
    let name = name.expect("required");
    let name = as_str(name).ok_or_else(|| {
        exc!(
            type_error,
            "pbkdf2_hmac() argument 'hash_name' must be str, not {}",
            name.type_name()
        )
    })?;
    let bytes_of = |v: &Value| {
        with_buffer(v, <[u8]>::to_vec).ok_or_else(|| {
            exc!(
                type_error,
                "a bytes-like object is required, not '{}'",
                v.type_name()
            )
        })
    };
    let password = bytes_of(password.expect("required"))?;
    let salt = bytes_of(salt.expect("required"))?;
    let overflow = "Python int too large to convert to C long";
    let iterations = to_i64(vm, iterations.expect("required"), overflow)?;
    let algo = find_algo(name)
        .filter(|a| a.digest_size > 0)
        .ok_or_else(|| exc!(value_error, "unsupported hash type {}", name))?;
    if iterations < 1 {
        return Err(exc!(value_error, "iteration value must be greater than 0."));
    }
    let dklen = match dklen.filter(|v| !v.is_none()) {
        Some(v) => to_i64(vm, v, overflow)?,
        None => algo.digest_size as i64,
    };
    if dklen < 1 {
        return Err(exc!(value_error, "key length must be greater than 0."));
    }
    let hmac = Hmac::new(algo, &password);
    let size = algo.digest_size;
    let mut out = Vec::with_capacity(dklen as usize);
    let mut block = 1u32;
    while out.len() < dklen as usize {
        let mut u = hmac.mac(&[&salt, &block.to_be_bytes()], size);
        let mut t = u.clone();
        for _ in 1..iterations {
            u = hmac.mac(&[&u], size);
            t.iter_mut().zip(&u).for_each(|(a, b)| *a ^= b);
        }
        out.extend_from_slice(&t);
        block += 1;
    }
    out.truncate(dklen as usize);
    Ok(bytes_value(out))
}

const FUNCTIONS: &[MethodDef] = &[
    method!("new", hash_new),
    method!("pbkdf2_hmac", pbkdf2_hmac),
];

pub fn create(vm: &mut Vm) -> PyResult<PyRef> {
    let module = super::new_native_module("hashlib", FUNCTIONS);
    let d = module.downcast::<ModuleObj>().expect("module").namespace();
    for f in CONSTRUCTORS {
        let func = crate::objects::callables::function::BuiltinFunctionObj::function_ref(
            f,
            Some("_hashlib"),
        );
        d.set_str(intern(f.name), Value::Obj(func));
    }
    let b = BlakeTypes::get();
    for (ty, size) in [(&b.blake2b, 64), (&b.blake2s, 32)] {
        let consts = [
            ("SALT_SIZE", size / 4),
            ("PERSON_SIZE", size / 4),
            ("MAX_KEY_SIZE", size),
            ("MAX_DIGEST_SIZE", size),
        ];
        for (name, v) in consts {
            set_class_attr(ty, name, Value::Int(v));
        }
    }
    d.set_str(intern("blake2b"), Value::Obj(b.blake2b.clone()));
    d.set_str(intern("blake2s"), Value::Obj(b.blake2s.clone()));
    let names: Vec<Value> = ALGOS.iter().map(|a| Value::Obj(intern(a.name))).collect();
    let names = Value::Obj(ListObj::new_ref(names));
    for attr in ["algorithms_guaranteed", "algorithms_available"] {
        let set = new_set_from(vm, &names)?;
        d.set_str(intern(attr), Value::Obj(set));
    }
    Ok(module)
}
