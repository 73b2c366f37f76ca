//! Arbitrary bytes → a Python program, from a small grammar of statements and expressions
//! over a few variables, functions, classes with dunder methods, generators, containers and
//! exceptions. Each byte read picks among alternatives (0 once the input is used up, which
//! always picks the simplest one), so every input gives a program and small mutations of
//! the input give small changes of the program.
//!
//! pyvm has no complex numbers, `async` or `except*` yet: programs use none of them.
//!
//! Programs are mostly valid Python: each top-level statement runs under
//! `try`/`except Exception`, so one failing statement does not end the run, and loops are
//! bounded (the instruction budget ends the rest). Exponents and shifts take small right
//! operands, so no program spends its time in one huge integer operation.

use std::fmt::Write;

use super::vocab::*;

/// The program `data` stands for.
pub fn program(data: &[u8]) -> String {
    let mut g = Gen {
        data,
        pos: 0,
        out: String::new(),
        depth: 0,
        in_func: false,
        in_loop: false,
        loop_var: 0,
        edepth: 0,
        in_comp: false,
        captures: 0,
    };
    g.out.push_str(PRELUDE);
    while g.pos < g.data.len() && g.out.len() < 8000 {
        g.line(0, "try:");
        g.stmt(1);
        g.line(0, "except Exception as _e:");
        g.line(1, "print('!', type(_e).__name__, _e)");
    }
    g.out
}

struct Gen<'a> {
    data: &'a [u8],
    pos: usize,
    out: String,
    /// Nesting of the expression or block being generated: bounds the program's size.
    depth: usize,
    in_func: bool,
    in_loop: bool,
    /// Counter names for bounded `while` loops.
    loop_var: usize,
    /// Nesting of the expression being generated.
    edepth: usize,
    /// Inside a comprehension or generator expression (no `yield`, no `:=`).
    in_comp: bool,
    /// Counter for names bound by patterns (a pattern binds each name once).
    captures: usize,
}

impl Gen<'_> {
    fn byte(&mut self) -> u8 {
        let b = self.data.get(self.pos).copied().unwrap_or(0);
        self.pos += 1;
        b
    }

    fn below(&mut self, n: usize) -> usize {
        self.byte() as usize % n
    }

    fn pick<'s>(&mut self, items: &[&'s str]) -> &'s str {
        items[self.below(items.len())]
    }

    fn exhausted(&self) -> bool {
        self.pos >= self.data.len()
    }

    fn line(&mut self, indent: usize, text: &str) {
        for _ in 0..indent {
            self.out.push_str("    ");
        }
        self.out.push_str(text);
        self.out.push('\n');
    }

    /// One to three statements at `indent`.
    fn block(&mut self, indent: usize) {
        let n = 1 + self.below(3);
        for _ in 0..n {
            self.stmt(indent);
        }
    }

    fn stmt(&mut self, ind: usize) {
        if self.depth > 4 || self.exhausted() {
            let e = self.expr();
            return self.line(ind, &format!("print({e})"));
        }
        self.depth += 1;
        let var = self.pick(VARS);
        match self.below(30) {
            0 | 1 => {
                let e = self.expr();
                self.line(ind, &format!("{var} = {e}"));
            }
            2 => {
                let op = self.pick(&["+", "-", "*", "|", "&", "^", "//", "%", "/", "@"]);
                let e = self.expr();
                self.line(ind, &format!("{var} {op}= {e}"));
            }
            3 | 4 => {
                let e = self.expr();
                self.line(ind, &format!("print({e})"));
            }
            5 => {
                let c = self.expr();
                self.line(ind, &format!("if {c}:"));
                self.block(ind + 1);
                if self.byte() & 1 == 1 {
                    self.line(ind, "else:");
                    self.block(ind + 1);
                }
            }
            6 => {
                let target = self.target();
                let it = self.iterable();
                self.line(ind, &format!("for {target} in {it}:"));
                self.loop_body(ind + 1);
                if self.byte() & 3 == 0 {
                    self.line(ind, "else:");
                    self.block(ind + 1);
                }
            }
            7 => {
                self.loop_var += 1;
                let w = format!("_w{}", self.loop_var);
                let n = self.below(6);
                let c = self.expr();
                self.line(ind, &format!("{w} = 0"));
                self.line(ind, &format!("while {w} < {n} and ({c}):"));
                self.line(ind + 1, &format!("{w} += 1"));
                self.loop_body(ind + 1);
            }
            8 => self.try_stmt(ind),
            9 => self.def_stmt(ind),
            10 => self.class_stmt(ind),
            11 => {
                let e = self.expr();
                let as_ = if self.byte() & 1 == 0 {
                    format!(" as {var}")
                } else {
                    String::new()
                };
                self.line(ind, &format!("with {e}{as_}:"));
                self.block(ind + 1);
            }
            12 => {
                let e = self.exc_expr();
                let from = match self.below(3) {
                    0 => format!(" from {}", self.exc_expr()),
                    1 => " from None".to_string(),
                    _ => String::new(),
                };
                self.line(ind, &format!("raise {e}{from}"));
            }
            13 => {
                let what = match self.below(3) {
                    0 => var.to_string(),
                    1 => format!("{var}[{}]", self.expr()),
                    _ => format!("{var}.{}", self.pick(ATTRS)),
                };
                self.line(ind, &format!("del {what}"));
            }
            14 => {
                let k = self.expr();
                let v = self.expr();
                self.line(ind, &format!("{var}[{k}] = {v}"));
            }
            15 => {
                let attr = self.pick(ATTRS);
                let v = self.expr();
                self.line(ind, &format!("{var}.{attr} = {v}"));
            }
            16 => {
                let c = self.expr();
                let m = self.expr();
                self.line(ind, &format!("assert {c}, {m}"));
            }
            17 => self.match_stmt(ind),
            18 => {
                let m = self.pick(MODULES);
                if self.byte() & 1 == 0 || self.in_func || ind > 1 {
                    self.line(ind, &format!("import {m}"));
                } else {
                    self.line(ind, &format!("from {m} import *"));
                }
            }
            19 if self.in_func => {
                let e = self.expr();
                let kw = self.pick(&["return", "yield", "yield from"]);
                match kw {
                    "yield from" => {
                        let it = self.iterable();
                        self.line(ind, &format!("yield from {it}"));
                    }
                    _ => self.line(ind, &format!("{kw} {e}")),
                }
            }
            20 if self.in_loop => {
                let kw = self.pick(&["break", "continue"]);
                self.line(ind, kw);
            }
            21 => {
                let (a, b) = (self.target(), self.expr());
                self.line(ind, &format!("{a} = {b}"));
            }
            // Containers changed under the code walking them (dunder bodies run inside
            // lookups, sorts, comparisons and iterations of these same variables).
            22 | 23 => {
                let change = self.pick(&[
                    "clear()",
                    "append(C0())",
                    "pop()",
                    "extend(range(3))",
                    "add(1)",
                    "update({1: 2})",
                    "insert(0, C1())",
                    "sort()",
                    "reverse()",
                    "popitem()",
                ]);
                self.line(ind, &format!("{var}.{change}"));
            }
            // A class or an object changed after code ran against it (caches must notice).
            24 => {
                let change = match self.below(6) {
                    0 => format!("{var}.__class__ = {}", self.pick(CLASSES)),
                    1 => format!(
                        "{}.__bases__ = ({},)",
                        self.pick(CLASSES),
                        self.pick(CLASSES)
                    ),
                    2 => {
                        let (m, _) = DUNDERS[self.below(DUNDERS.len())];
                        format!("del {}.{m}", self.pick(CLASSES))
                    }
                    3 => {
                        let (m, _) = DUNDERS[self.below(DUNDERS.len())];
                        format!("{}.{m} = {}", self.pick(CLASSES), self.pick(FUNCS))
                    }
                    4 => format!(
                        "{}.__code__ = {}.__code__",
                        self.pick(FUNCS),
                        self.pick(FUNCS)
                    ),
                    _ => format!(
                        "{}.{} = {}",
                        self.pick(CLASSES),
                        self.pick(ATTRS),
                        self.expr()
                    ),
                };
                self.line(ind, &change);
            }
            // The same code many times (warm-up), as a loop the caches specialise.
            25 => {
                let n = 20 + self.below(100);
                self.line(ind, &format!("for _ in range({n}):"));
                self.loop_body(ind + 1);
            }
            26 => {
                let call = self.pick(&[
                    "import gc; gc.collect()",
                    "import sys; sys.setrecursionlimit(60)",
                    "import atexit; atexit.register(f0)",
                    "import weakref; _r = weakref.ref(C0, f1)",
                    "import weakref; _f = weakref.finalize(C1, f2)",
                    "import sys; sys.excepthook = f0",
                    "import copy; c = copy.deepcopy(a)",
                    "import functools; f1 = functools.lru_cache(f1)",
                    "import functools; f0 = functools.partial(f0, a)",
                ]);
                self.line(ind, call);
            }
            _ => {
                let e = self.expr();
                self.line(ind, &e);
            }
        }
        self.depth -= 1;
    }

    fn loop_body(&mut self, ind: usize) {
        let was = std::mem::replace(&mut self.in_loop, true);
        self.block(ind);
        self.in_loop = was;
    }

    /// An assignment target: a name, a starred unpacking, a subscript or an attribute.
    fn target(&mut self) -> String {
        let v = self.pick(VARS);
        match self.below(5) {
            0 => format!("{v}, {}", self.pick(VARS)),
            1 => format!("{v}, *{}", self.pick(VARS)),
            2 => format!("[{v}, ({}, {})]", self.pick(VARS), self.pick(VARS)),
            _ => v.to_string(),
        }
    }

    fn iterable(&mut self) -> String {
        match self.below(4) {
            0 => format!("range({})", self.below(6)),
            1 => format!("range({}, {}, -1)", self.below(4), -(self.below(3) as i32)),
            _ => self.expr(),
        }
    }

    fn try_stmt(&mut self, ind: usize) {
        self.line(ind, "try:");
        self.block(ind + 1);
        let handlers = self.below(3);
        for _ in 0..handlers {
            let exc = self.exc_name();
            let v = self.pick(VARS);
            self.line(ind, &format!("except {exc} as {v}:"));
            self.block(ind + 1);
        }
        if handlers > 0 && self.byte() & 3 == 0 {
            self.line(ind, "else:");
            self.block(ind + 1);
        }
        if handlers == 0 || self.byte() & 1 == 0 {
            self.line(ind, "finally:");
            self.block(ind + 1);
        }
    }

    fn def_stmt(&mut self, ind: usize) {
        let name = self.pick(FUNCS);
        if self.byte() & 3 == 0 {
            let d = self.expr();
            self.line(ind, &format!("@{d}"));
        }
        let params = self.pick(&[
            "",
            "x",
            "x, y=1",
            "*args, **kw",
            "x, /, y, *, z=2",
            "x=[]",
            "*, k",
        ]);
        self.line(ind, &format!("def {name}({params}):"));
        if self.byte() & 3 == 0 {
            let v = self.pick(VARS);
            self.line(ind + 1, &format!("global {v}"));
        }
        let was = std::mem::replace(&mut self.in_func, true);
        let was_loop = std::mem::replace(&mut self.in_loop, false);
        self.block(ind + 1);
        let e = self.expr();
        self.line(ind + 1, &format!("return {e}"));
        self.in_func = was;
        self.in_loop = was_loop;
    }

    fn class_stmt(&mut self, ind: usize) {
        let name = self.pick(CLASSES);
        let mut bases = Vec::new();
        for _ in 0..self.below(3) {
            let b = if self.byte() & 1 == 0 {
                self.pick(BASES)
            } else {
                self.pick(CLASSES)
            };
            bases.push(b.to_string());
        }
        if self.byte() & 7 == 0 {
            bases.push(format!("metaclass={}", self.pick(CLASSES)));
        }
        self.line(ind, &format!("class {name}({}):", bases.join(", ")));
        let was = std::mem::replace(&mut self.in_func, false);
        let was_loop = std::mem::replace(&mut self.in_loop, false);
        if self.byte() & 7 == 0 {
            self.line(ind + 1, "__slots__ = ('x', 'y')");
        }
        let attr = self.pick(ATTRS);
        let e = self.expr();
        self.line(ind + 1, &format!("{attr} = {e}"));
        for _ in 0..self.below(4) {
            let (m, params) = DUNDERS[self.below(DUNDERS.len())];
            if self.byte() & 7 == 0 {
                let d = self.pick(&["@staticmethod", "@classmethod", "@property"]);
                self.line(ind + 1, d);
            }
            self.line(ind + 1, &format!("def {m}({params}):"));
            self.in_func = true;
            self.block(ind + 2);
            let r = self.expr();
            self.line(ind + 2, &format!("return {r}"));
            self.in_func = false;
        }
        self.in_func = was;
        self.in_loop = was_loop;
    }

    fn match_stmt(&mut self, ind: usize) {
        let e = self.expr();
        self.line(ind, &format!("match {e}:"));
        let cases = 1 + self.below(3);
        for i in 0..cases {
            // (an irrefutable pattern only last: the others would be unreachable)
            let p = loop {
                let p = self.pattern(0);
                let irrefutable = p == "_" || p.starts_with('p');
                if i + 1 == cases || !irrefutable || self.exhausted() {
                    break p;
                }
            };
            let guard = if self.byte() & 3 == 0 {
                format!(" if {}", self.expr())
            } else {
                String::new()
            };
            self.line(ind + 1, &format!("case {p}{guard}:"));
            self.block(ind + 2);
        }
    }

    fn pattern(&mut self, depth: usize) -> String {
        let leaf = depth > 2 || self.exhausted();
        let literals = ["0", "1", "'a'", "None", "True", "-1", "2.5", "b'x'"];
        match self.below(if leaf { 4 } else { 10 }) {
            0 => "_".to_string(),
            1 => self.capture(),
            2 => self.pick(&literals).to_string(),
            3 => format!(
                "{}()",
                self.pick(&["int", "str", "list", "C0", "C1", "dict", "tuple"])
            ),
            4 => format!("[{}, *{}]", self.pattern(depth + 1), self.capture()),
            5 => format!("({}, {})", self.pattern(depth + 1), self.pattern(depth + 1)),
            6 => format!("{{'k': {}, **{}}}", self.pattern(depth + 1), self.capture()),
            // (alternatives of literals: every alternative must bind the same names)
            7 => format!("{} | {}", self.pick(&literals), self.pick(&literals)),
            8 => format!(
                "C0({}, x={})",
                self.pattern(depth + 1),
                self.pattern(depth + 1)
            ),
            _ => format!("({} as {})", self.pattern(depth + 1), self.capture()),
        }
    }

    /// A name no other part of the pattern binds.
    fn capture(&mut self) -> String {
        self.captures += 1;
        format!("p{}", self.captures)
    }

    fn exc_name(&mut self) -> &'static str {
        if self.byte() & 3 == 0 {
            self.pick(CLASSES)
        } else {
            self.pick(EXCS)
        }
    }

    fn exc_expr(&mut self) -> String {
        match self.below(3) {
            0 => self.exc_name().to_string(),
            1 => format!("{}({})", self.exc_name(), self.expr()),
            _ => self.expr(),
        }
    }

    /// Call arguments, in an order that parses: positional and `*`, then keywords (each
    /// once), then `**`.
    fn args(&mut self) -> String {
        let (mut positional, mut keywords, mut double) = (Vec::new(), Vec::new(), Vec::new());
        let mut names = vec!["x", "y", "key", "default", "k", "sep"];
        for _ in 0..self.below(4) {
            let e = self.expr();
            match self.below(8) {
                0 => positional.push(format!("*{e}")),
                1 => double.push(format!("**{e}")),
                2 if !names.is_empty() => {
                    let name = names.remove(self.below(names.len()));
                    keywords.push(format!("{name}={e}"));
                }
                _ => positional.push(e),
            }
        }
        positional.extend(keywords);
        positional.extend(double);
        positional.join(", ")
    }

    fn expr(&mut self) -> String {
        if self.edepth > 3 || self.exhausted() {
            return self.atom();
        }
        self.edepth += 1;
        let e = match self.below(32) {
            0..=5 => self.atom(),
            6 | 7 => {
                let op = self.pick(&[
                    "+", "-", "*", "/", "//", "%", "&", "|", "^", "@", "and", "or", "==", "!=",
                    "<", "<=", ">", ">=", "is", "is not", "in", "not in",
                ]);
                format!("({} {op} {})", self.expr(), self.expr())
            }
            8 => {
                let op = self.pick(&["**", "<<", ">>"]);
                let small = self.pick(&["0", "1", "2", "3", "-1", "0.5", "7"]);
                format!("({} {op} {small})", self.expr())
            }
            9 => format!("({}{})", self.pick(&["-", "+", "~", "not "]), self.expr()),
            10 | 11 => format!("{}({})", self.pick(BUILTINS), self.args()),
            12 | 13 => format!("{}.{}({})", self.primary(), self.pick(METHODS), self.args()),
            14 => format!("{}[{}]", self.primary(), self.expr()),
            15 => {
                let parts: Vec<String> = (0..3)
                    .map(|_| {
                        if self.byte() & 1 == 0 {
                            self.expr()
                        } else {
                            String::new()
                        }
                    })
                    .collect();
                format!("{}[{}]", self.primary(), parts.join(":"))
            }
            16 => format!("{}.{}", self.primary(), self.pick(ATTRS)),
            17 => format!("{}({})", self.pick(FUNCS), self.args()),
            18 => format!("{}({})", self.pick(CLASSES), self.args()),
            19 => format!("[{}]", self.items()),
            20 => match self.items() {
                i if i.is_empty() => "()".to_string(),
                i => format!("({i},)"),
            },
            21 => format!("{{{}}}", self.items()),
            22 => {
                let k = self.expr();
                let v = self.expr();
                format!("{{{k}: {v}, **{}}}", self.pick(&["{}", "{1: 2}", "a", "b"]))
            }
            23 => {
                let (open, close) = self.pick2(&[("[", "]"), ("{", "}"), ("(", ")")]);
                let was = std::mem::replace(&mut self.in_comp, true);
                let e = self.expr();
                let t = self.target();
                let it = self.iterable();
                let cond = if self.byte() & 1 == 0 {
                    format!(" if {}", self.expr())
                } else {
                    String::new()
                };
                self.in_comp = was;
                format!("{open}{e} for {t} in {it}{cond}{close}")
            }
            24 => format!(
                "(lambda {}: {})",
                self.pick(&["", "x", "*a", "x=1, **k"]),
                self.expr()
            ),
            25 => format!("({} if {} else {})", self.expr(), self.expr(), self.expr()),
            26 if !self.in_comp => format!("({} := {})", self.pick(VARS), self.expr()),
            27 => {
                let conv = self.pick(&["", "!r", "!s", "!a"]);
                let spec = self.pick(&["", ":>5", ":x", ":.3", ":,", ":{a}", ":=^9", ":08.2f"]);
                // (a name: no quote, brace or backslash inside)
                let v = if self.byte() & 1 == 0 {
                    self.pick(VARS)
                } else {
                    self.pick(INTS)
                };
                format!("f\"{{{v}{conv}{spec}}}\"")
            }
            28 if self.in_func && !self.in_comp => format!("(yield {})", self.expr()),
            28 => format!("{}.send(None)", self.primary()),
            29 => format!("{}({})", self.primary(), self.args()),
            30 => format!(
                "{}[{}:{}]",
                self.primary(),
                self.below(5) as i32 - 2,
                self.below(5)
            ),
            _ => {
                let n = self.pick(MODULES);
                format!("__import__('{n}')")
            }
        };
        self.edepth -= 1;
        e
    }

    /// An expression to take an attribute, an item or a call of: parenthesized unless a
    /// name (`1.x` and `-1[0]` do not parse as meant).
    fn primary(&mut self) -> String {
        let e = self.expr();
        if e.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_')
            && !e.starts_with(|c: char| c.is_ascii_digit())
        {
            e
        } else {
            format!("({e})")
        }
    }

    fn pick2(&mut self, items: &[(&'static str, &'static str)]) -> (&'static str, &'static str) {
        items[self.below(items.len())]
    }

    fn items(&mut self) -> String {
        let n = self.below(4);
        let mut s = String::new();
        for i in 0..n {
            if i > 0 {
                s.push_str(", ");
            }
            if self.byte() & 7 == 0 {
                s.push('*');
            }
            let e = self.expr();
            let _ = write!(s, "{e}");
        }
        s
    }

    fn atom(&mut self) -> String {
        match self.below(8) {
            0 | 1 => self.pick(VARS).to_string(),
            2 => self.pick(INTS).to_string(),
            3 => self.pick(FLOATS).to_string(),
            4 => self.pick(STRS).to_string(),
            5 => self.pick(CONSTS).to_string(),
            6 => self.pick(CLASSES).to_string(),
            _ => self.pick(FUNCS).to_string(),
        }
    }
}
