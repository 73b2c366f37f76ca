//! The `string` module: the character-class constants and `capwords` here; `Template` is
//! Python source (`py/string.py`) run into the same namespace when the module is created.

use crate::method;
use crate::objects::module::ModuleObj;
use crate::objects::strings::str::{intern, new_str};
use crate::objects::{PyRef, Value};
use crate::vm::params::PyDef;
use crate::vm::{Args, PyResult, Vm};

const LOWER: &str = "abcdefghijklmnopqrstuvwxyz";
const UPPER: &str = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
const DIGITS: &str = "0123456789";
const PUNCTUATION: &str = r##"!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"##;
const WHITESPACE: &str = " \t\n\r\x0b\x0c";

const CAPWORDS: PyDef = PyDef {
    qualname: "capwords",
    params: &["s", "sep"],
    required: 1,
    kwonly: &[],
    method: false,
};

/// `capwords(s, sep=None)`: `(sep or ' ').join(map(str.capitalize, s.split(sep)))`.
fn capwords(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [s, sep] = CAPWORDS.bind(&args)?;
    let sep = sep.cloned().unwrap_or(Value::None);
    let split = vm.getattr(s.expect("required"), &intern("split"))?;
    let words = vm.call(&split, Args::positional(std::slice::from_ref(&sep)))?;
    let mut caps = Vec::new();
    for w in vm.collect(&words)? {
        let cap = vm.getattr(&w, &intern("capitalize"))?;
        caps.push(vm.call(&cap, Args::positional(&[]))?);
    }
    let joiner = if vm.truthy(&sep)? {
        sep
    } else {
        Value::Obj(new_str(" "))
    };
    let join = vm.getattr(&joiner, &intern("join"))?;
    let list = Value::Obj(crate::objects::containers::list::ListObj::new_ref(caps));
    vm.call(&join, Args::positional(&[list]))
}

/// The `string` module.
pub fn create(vm: &mut Vm) -> PyResult<PyRef> {
    let module = super::new_native_module("string", &[method!("capwords", capwords)]);
    let d = module.downcast::<ModuleObj>().expect("module").namespace();
    let letters = format!("{LOWER}{UPPER}");
    let constants = [
        ("ascii_lowercase", LOWER.to_string()),
        ("ascii_uppercase", UPPER.to_string()),
        ("ascii_letters", letters.clone()),
        ("digits", DIGITS.to_string()),
        ("hexdigits", format!("{DIGITS}abcdefABCDEF")),
        ("octdigits", "01234567".to_string()),
        ("punctuation", PUNCTUATION.to_string()),
        ("whitespace", WHITESPACE.to_string()),
        (
            "printable",
            format!("{DIGITS}{letters}{PUNCTUATION}{WHITESPACE}"),
        ),
    ];
    for (name, value) in constants {
        d.set_str(intern(name), Value::Obj(new_str(value)));
    }
    let globals = module.downcast::<ModuleObj>().expect("module").dict.clone();
    vm.exec_embedded(
        "string",
        include_str!("py/string.py"),
        "<frozen string>",
        &globals,
    )?;
    Ok(module)
}
