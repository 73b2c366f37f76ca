//! `-X trace-exec`: one stderr line per executed instruction — the code's name, the
//! instruction as `--dis` shows it, the top of the value stack — indented by call depth;
//! stdout, the exit status and the traceback are those of a normal run.

mod common;

use common::pyvm;

/// One parsed trace line.
#[derive(Debug)]
struct Line {
    depth: usize,
    name: String,
    offset: usize,
    /// The instruction text as `--dis` prints it (offset, opname, argument, meaning).
    instr: String,
    opname: String,
    /// The stack column, without its brackets.
    stack: String,
}

fn parse(line: &str) -> Line {
    let indent = line.len() - line.trim_start_matches(' ').len();
    assert_eq!(indent % 2, 0, "odd indentation: {line:?}");
    let rest = &line[indent..];
    let (name, rest) = rest.split_once(": ").expect("name: instruction");
    let open = rest.rfind(" [").expect("a stack column");
    assert!(rest.ends_with(']'), "stack column: {line:?}");
    let instr = rest[..open].trim().to_string();
    let mut words = instr.split_whitespace();
    let offset = words.next().unwrap().parse().expect("an offset");
    let opname = words.next().expect("an opname").to_string();
    Line {
        depth: indent / 2,
        name: name.to_string(),
        offset,
        instr,
        opname,
        stack: rest[open + 2..rest.len() - 1].to_string(),
    }
}

/// Whether `l` has the shape of a trace line: `NAME: OFFSET OPNAME ... [STACK]`.
fn is_trace(l: &str) -> bool {
    l.ends_with(']')
        && l.trim_start()
            .split_once(": ")
            .is_some_and(|(_, rest)| rest.trim_start().starts_with(|c: char| c.is_ascii_digit()))
}

/// Runs `script` with and without tracing: the traced run's parsed lines (the lines that
/// are not trace lines, e.g. a traceback, are returned apart), after checking that stdout
/// and the exit status do not change.
fn trace(script: &str) -> (Vec<Line>, Vec<String>) {
    let (plain_out, plain_err, plain_status) = pyvm(&["-c", script]);
    let (out, err, status) = pyvm(&["-X", "trace-exec", "-c", script]);
    assert_eq!(out, plain_out, "stdout changed under tracing");
    assert_eq!(status, plain_status, "stderr: {err}");
    let (mut lines, mut other) = (Vec::new(), Vec::new());
    for l in err.lines() {
        if is_trace(l) {
            lines.push(parse(l));
        } else {
            other.push(l.to_string());
        }
    }
    assert!(plain_err.lines().all(|l| other.contains(&l.to_string())));
    (lines, other)
}

#[test]
fn a_call_and_its_return() {
    let (lines, other) = trace("def add(a, b):\n    return a + b\nr = add(3, 4.5)\nprint(r)\n");
    assert!(other.is_empty(), "{other:?}");
    let shape: Vec<(usize, &str, &str)> = lines
        .iter()
        .map(|l| (l.depth, l.name.as_str(), l.opname.as_str()))
        .collect();
    assert_eq!(
        shape,
        [
            (0, "<module>", "LOAD_CONST"),
            (0, "<module>", "MAKE_FUNCTION"),
            (0, "<module>", "STORE_NAME"),
            (0, "<module>", "LOAD_NAME"),
            (0, "<module>", "LOAD_CONST"),
            (0, "<module>", "LOAD_CONST"),
            (0, "<module>", "CALL_FUNCTION"),
            (1, "add", "LOAD_FAST__LOAD_FAST"),
            (1, "add", "BINARY_OP"),
            (1, "add", "RETURN_VALUE"),
            (0, "<module>", "STORE_NAME"),
            (0, "<module>", "LOAD_NAME"),
            (0, "<module>", "LOAD_NAME"),
            (0, "<module>", "CALL_FUNCTION"),
            (0, "<module>", "POP_TOP"),
            (0, "<module>", "LOAD_CONST"),
            (0, "<module>", "RETURN_VALUE"),
        ]
    );
    let stacks: Vec<&str> = lines.iter().map(|l| l.stack.as_str()).collect();
    assert_eq!(stacks[1], "<code add>");
    assert_eq!(stacks[2], "<function add>");
    assert_eq!(stacks[6], "<function add>, 3, 4.5");
    assert_eq!(stacks[7], "", "a new frame starts with an empty stack");
    assert_eq!(stacks[8], "3, 4.5");
    assert_eq!(stacks[9], "7.5");
    assert_eq!(stacks[10], "7.5", "the result is on the caller's stack");
    assert_eq!(stacks[13], "<built-in function print>, 7.5");
    // The instruction column is what `--dis` prints for it.
    assert_eq!(lines[8].instr, "2 BINARY_OP                0 (+)");
    assert_eq!(lines[10].instr, "7 STORE_NAME               1 (r)");
}

#[test]
fn the_instruction_text_is_the_disassemblers() {
    let script = "x = [1, 'a']\nfor i in x:\n    y = i, None\nprint(y)\n";
    let path = std::env::temp_dir().join(format!("trace_exec_dis_{}.py", std::process::id()));
    std::fs::write(&path, script).unwrap();
    let (dis, _, status) = pyvm(&["--dis", path.to_str().unwrap()]);
    std::fs::remove_file(&path).ok();
    assert_eq!(status, 0);
    let (lines, _) = trace(script);
    assert!(lines.len() > 10);
    for l in &lines {
        assert!(
            dis.lines()
                .any(|d| d.ends_with(&format!(" {}", l.instr))
                    && d.contains(&format!(" {} ", l.offset))),
            "{:?} is not a --dis line:\n{dis}",
            l.instr
        );
    }
    // A jump target's instruction runs once per iteration.
    let for_iters = lines.iter().filter(|l| l.opname == "FOR_ITER").count();
    assert_eq!(for_iters, 3);
    assert!(lines.iter().any(|l| l.stack.ends_with("(1, None)")));
    assert!(lines.iter().any(|l| l.stack.ends_with("('a', None)")));
}

#[test]
fn specialised_forms_appear_after_warm_up() {
    let (lines, _) = trace(
        "def add(a, b):\n    return a + b\n\
         for i in range(300):\n    add(i, 1)\n",
    );
    let ops: Vec<&str> = lines
        .iter()
        .filter(|l| l.name == "add" && l.opname.starts_with("BINARY_OP"))
        .map(|l| l.opname.as_str())
        .collect();
    assert_eq!(ops.len(), 300);
    assert_eq!(ops[0], "BINARY_OP");
    assert_eq!(ops[299], "BINARY_OP_INT");
    assert!(lines.iter().all(|l| (l.name == "add") == (l.depth == 1)));
}

#[test]
fn stack_entries_never_run_python_code() {
    // `__repr__` and `__str__` would print; the summary is the type name.
    let (lines, other) = trace(
        "class C:\n    def __repr__(self):\n        print('repr ran')\n        return 'C'\n\
         \x20   __str__ = __repr__\n\
         c = C()\nt = (c, True, 10**40, 'x' * 100, (1, (2,)), (1, 2, 3, 4))\n",
    );
    assert!(other.is_empty(), "{other:?}");
    let all: String = lines.iter().map(|l| format!("{}\n", l.stack)).collect();
    assert!(all.contains("<C>"), "{all}");
    assert!(all.contains("True"));
    assert!(all.contains("<int of 41 digits>"), "{all}");
    assert!(all.contains(&format!("'{}'...", "x".repeat(24))), "{all}");
    assert!(all.contains("(1, (2,))"), "{all}");
    assert!(all.contains("<tuple of 4>"), "{all}");
    assert!(all.contains("<class 'C'>"), "{all}");
    // At most three entries, the deeper ones elided.
    for l in &lines {
        let shown = l.stack.matches(", ").count();
        if l.stack.starts_with("..., ") {
            assert!(shown >= 3, "{:?}", l.stack);
        }
    }
}

#[test]
fn exceptions_generators_and_nesting() {
    let (lines, other) = trace(
        "def gen():\n    yield 1\n    yield 2\n\
         def inner():\n    return sum(gen())\n\
         def outer():\n    return inner()\n\
         print(outer())\n\
         def bad():\n    return 1 / 0\n\
         bad()\n",
    );
    // The traceback is printed as without tracing.
    assert_eq!(
        other.last().map(String::as_str),
        Some("ZeroDivisionError: division by zero")
    );
    let depth_of = |name: &str| {
        let ds: Vec<usize> = lines
            .iter()
            .filter(|l| l.name == name)
            .map(|l| l.depth)
            .collect();
        assert!(!ds.is_empty(), "{name} did not run");
        assert!(ds.iter().all(|d| *d == ds[0]), "{name}: {ds:?}");
        ds[0]
    };
    assert_eq!(depth_of("outer"), 1);
    assert_eq!(depth_of("inner"), 2);
    assert!(depth_of("gen") >= 3, "the generator runs under sum");
    assert_eq!(depth_of("bad"), 1);
    let yields = lines.iter().filter(|l| l.opname == "YIELD_VALUE").count();
    assert_eq!(yields, 2);
}
