//! The interactive prompt.
use crate::runner::Ending;
use crate::vm::Vm;

pub fn run(_vm: &mut Vm, _banner: bool) -> Ending {
    Ending::default()
}
