//! Robustness: random and mangled inputs must give `Ok` or a `SyntaxError`, never a panic
//! or a hang. A small deterministic generator keeps the test reproducible; the ignored
//! variant runs much longer (`cargo test --release -- --ignored fuzz_long`).

use std::panic;
use std::time::{Duration, Instant};

use pyvm::parser::{parse_expression, parse_module};

/// xorshift64*: deterministic and dependency-free.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

const SAMPLE: &str = r#"
import os, sys as system
from .pkg import (a, b as c,)

@decorator(arg=1)
class Point(Base, metaclass=Meta):
    """Docstring with 'quotes' and \n escapes."""
    x: int = 0

    def __init__(self, x, /, y=2, *args, z, w=3, **kw) -> None:
        self.x, self.y = x, y
        total = sum(v ** 2 for v in args if v > 0)
        data = {k: [i async for i in v] for k, v in kw.items()}
        s = f"{x!r:>{w}} {y=} {{literal}}" + rb'\d' + b"\x00"
        while (n := len(data)) > 0:
            try:
                del data[next(iter(data))]
            except (KeyError, ValueError) as e:
                raise RuntimeError("bad") from e
            else:
                continue
            finally:
                pass
        return lambda q=1, *, r: q if r else -q ** 2

with open(p) as f, (yield) as g:
    for i, (j, *k) in enumerate(f):
        print(i, j, k[1:2, ::3], ..., 0x_ff, 1_000.5e-3j, not i in k is None)
"#;

const FRAGMENTS: &[&str] = &[
    "if", "else", "elif", "for", "in", "while", "def", "class", "return", "yield", "lambda",
    "with", "as", "try", "except", "finally", "import", "from", "not", "and", "or", "is", "async",
    "await", "del", "global", "pass", "(", ")", "[", "]", "{", "}", ":", ",", ";", ".", "...", "=",
    "==", ":=", "->", "+", "-", "*", "**", "/", "//", "@", "|", "&", "~", "x", "y", "é", "1",
    "0x1", "1.5", "1j", "0777", "1_", "'s'", "\"t\"", "'''u'''", "f'{x}'", "f'{", "}'", "b'\\xff'",
    "rb'\\'", "'", "\"\"\"", "#c", "\\", "\\\n", "\n", "\n    ", "\n  ", "\t", " ", "$", "©",
    "\u{a0}", "\r\n", "print", "match",
];

fn check(src: &str) {
    let start = Instant::now();
    let result = panic::catch_unwind(|| {
        let _ = parse_module(src);
        let _ = parse_expression(src);
    });
    if result.is_err() {
        panic!("parser panicked on {src:?}");
    }
    assert!(
        start.elapsed() < Duration::from_secs(2),
        "parser too slow on {src:?}"
    );
}

fn run(iterations: usize, seed: u64) {
    let mut rng = Rng(seed);
    let sample: Vec<char> = SAMPLE.chars().collect();
    for _ in 0..iterations {
        let src: String = match rng.below(4) {
            // Token soup.
            0 => (0..rng.below(40))
                .map(|_| FRAGMENTS[rng.below(FRAGMENTS.len())])
                .collect::<Vec<_>>()
                .join(if rng.below(2) == 0 { " " } else { "" }),
            // Random characters from a mixed alphabet.
            1 => (0..rng.below(60))
                .map(|_| {
                    let c = rng.below(140) as u32;
                    if c >= 128 {
                        [
                            'é', '©', '\u{a0}', '€', '𝔘', '\0', '\u{feff}', '\u{300}', '{', '}',
                            '\'', '"',
                        ][c as usize - 128]
                    } else {
                        char::from_u32(c).unwrap_or(' ')
                    }
                })
                .collect(),
            // A truncation of the sample.
            2 => sample[..rng.below(sample.len())].iter().collect(),
            // The sample with a few characters replaced, deleted or duplicated.
            _ => {
                let mut s = sample.clone();
                for _ in 0..1 + rng.below(4) {
                    let i = rng.below(s.len());
                    match rng.below(3) {
                        0 => {
                            s.remove(i);
                        }
                        1 => s.insert(i, s[rng.below(s.len())]),
                        _ => {
                            let f = FRAGMENTS[rng.below(FRAGMENTS.len())];
                            for (k, c) in f.chars().enumerate() {
                                s.insert(i + k, c);
                            }
                        }
                    }
                }
                s.into_iter().collect()
            }
        };
        check(&src);
    }
}

#[test]
fn sample_parses() {
    parse_module(SAMPLE).expect("the fuzz sample itself is valid Python");
}

#[test]
fn fuzz_short() {
    run(3000, 0x9E37_79B9_7F4A_7C15);
}

#[test]
#[ignore]
fn fuzz_long() {
    for seed in 1..=20u64 {
        run(20_000, seed.wrapping_mul(0x9E37_79B9_7F4A_7C15));
    }
}

#[test]
fn deep_nesting_is_bounded_not_a_stack_overflow() {
    // Just under CPython's limits parses (and drops) fine on a test thread's stack...
    for src in [
        format!("{}1", "-".repeat(2990)),
        vec!["1"; 2990].join("+"),
        format!("a{}", ".b".repeat(2990)),
        format!("{}x", "not ".repeat(2990)),
        format!("{}0", "lambda: ".repeat(2980)),
    ] {
        parse_module(&src).unwrap_or_else(|e| panic!("{}: {e:?}", &src[..20]));
    }
    // ...and far beyond them is an error (SyntaxError, RecursionError or MemoryError).
    for src in [
        format!("{}1", "-".repeat(100_000)),
        vec!["1"; 100_000].join("**"),
        format!("x = {}", "(".repeat(1000)),
        (0..150)
            .map(|i| format!("{}if x:\n", " ".repeat(i)))
            .collect::<String>(),
    ] {
        assert!(parse_module(&src).is_err());
    }
}
