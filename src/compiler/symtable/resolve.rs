//! Pass 2 of the scope analysis: give every symbol its [`NameScope`], turning captured
//! locals into cells and threading free names through the scopes between their binding and
//! their use (CPython's `analyze_block`).

use std::collections::HashSet;

use super::{def, syntax_error, NameScope, Result, Scope, ScopeId, ScopeKind, Symbol};

/// Resolve the names of scope `id` and, recursively, of its children.
///
/// `bound` holds the names bound by enclosing function scopes (`None` for the module);
/// `global` the names declared global by enclosing scopes. The names used free by this scope
/// and its children, and not bound here, are added to `free` for the parent.
pub(super) fn analyze_block(
    scopes: &mut [Scope],
    id: ScopeId,
    mut bound: Option<&mut HashSet<String>>,
    free: &mut HashSet<String>,
    global: &mut HashSet<String>,
) -> Result<()> {
    let kind = scopes[id].kind;
    let mut local = HashSet::new();
    let mut resolved: Vec<NameScope> = Vec::with_capacity(scopes[id].symbols.len());
    let mut newglobal = HashSet::new();
    let mut newbound = HashSet::new();
    // A class namespace is invisible to the functions inside it: what they see is what
    // the class itself saw.
    if kind == ScopeKind::Class {
        newglobal.extend(global.iter().cloned());
        if let Some(b) = bound.as_deref() {
            newbound.extend(b.iter().cloned());
        }
    }
    for i in 0..scopes[id].symbols.len() {
        let (name, flags) = {
            let s = &scopes[id].symbols[i];
            (s.name.clone(), s.flags)
        };
        let scope = analyze_name(
            &scopes[id],
            &name,
            flags,
            bound.as_deref_mut(),
            &mut local,
            free,
            global,
        )?;
        resolved.push(scope);
    }
    if kind != ScopeKind::Class {
        if kind.is_function_like() {
            newbound.extend(local.iter().cloned());
        }
        if let Some(b) = bound.as_deref() {
            newbound.extend(b.iter().cloned());
        }
        newglobal.extend(global.iter().cloned());
    } else {
        newbound.insert("__class__".to_string());
    }

    let mut newfree = HashSet::new();
    for child in scopes[id].children.clone() {
        let mut child_bound = newbound.clone();
        let mut child_global = newglobal.clone();
        let mut child_free = HashSet::new();
        analyze_block(
            scopes,
            child,
            Some(&mut child_bound),
            &mut child_free,
            &mut child_global,
        )?;
        newfree.extend(child_free);
    }

    let scope = &mut scopes[id];
    for (sym, r) in scope.symbols.iter_mut().zip(resolved) {
        sym.scope = r;
    }
    if kind.is_function_like() {
        // Locals that an inner scope uses become cells.
        for sym in scope.symbols.iter_mut() {
            if sym.scope == NameScope::Local && newfree.remove(&sym.name) {
                sym.scope = NameScope::Cell;
            }
        }
    } else if kind == ScopeKind::Class && newfree.remove("__class__") {
        scope.needs_class_closure = true;
    }
    // Free names of the children that this scope does not bind pass through it.
    let mut passing: Vec<&String> = newfree.iter().collect();
    passing.sort();
    for name in passing {
        if let Some(&i) = scope.index.get(name.as_str()) {
            let sym = &mut scope.symbols[i];
            if kind == ScopeKind::Class && sym.flags & (def::BOUND | def::GLOBAL) != 0 {
                sym.flags |= def::FREE_CLASS;
            }
            continue;
        }
        if let Some(b) = bound.as_deref() {
            if !b.contains(name.as_str()) {
                continue; // a global
            }
        }
        scope.index.insert(name.clone(), scope.symbols.len());
        scope.symbols.push(Symbol {
            name: name.clone(),
            flags: 0,
            scope: NameScope::Free,
        });
    }
    free.extend(newfree);
    Ok(())
}

fn analyze_name(
    scope: &Scope,
    name: &str,
    flags: u32,
    bound: Option<&mut HashSet<String>>,
    local: &mut HashSet<String>,
    free: &mut HashSet<String>,
    global: &mut HashSet<String>,
) -> Result<NameScope> {
    let directive = || scope.directives.get(name).copied().unwrap_or(scope.loc);
    if flags & def::GLOBAL != 0 {
        if flags & def::NONLOCAL != 0 {
            return Err(syntax_error(
                format!("name '{name}' is nonlocal and global"),
                directive(),
            ));
        }
        global.insert(name.to_string());
        if let Some(b) = bound {
            b.remove(name);
        }
        return Ok(NameScope::GlobalExplicit);
    }
    if flags & def::NONLOCAL != 0 {
        let Some(b) = bound else {
            return Err(syntax_error(
                "nonlocal declaration not allowed at module level",
                directive(),
            ));
        };
        if !b.contains(name) {
            return Err(syntax_error(
                format!("no binding for nonlocal '{name}' found"),
                directive(),
            ));
        }
        free.insert(name.to_string());
        return Ok(NameScope::Free);
    }
    if flags & def::BOUND != 0 {
        local.insert(name.to_string());
        global.remove(name);
        return Ok(NameScope::Local);
    }
    if let Some(b) = bound {
        if b.contains(name) {
            free.insert(name.to_string());
            return Ok(NameScope::Free);
        }
    }
    Ok(NameScope::GlobalImplicit)
}
