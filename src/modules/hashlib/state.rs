//! The running state of one hash object, over the RustCrypto crates: a common interface
//! ([`HashState`]) for the fixed-size digests, the SHAKE extendable-output functions and
//! BLAKE2 with its key, salt and personalisation parameters.

use blake2::digest::block_buffer::{BlockBuffer, Lazy};
use blake2::digest::consts::{U128, U64};
use blake2::digest::core_api::{UpdateCore, VariableOutputCore};
use blake2::digest::{Digest, ExtendableOutput, Update};
use blake2::{Blake2bVarCore, Blake2sVarCore};

/// What a hash object needs of its algorithm.
pub trait HashState {
    fn update(&mut self, data: &[u8]);
    /// The digest of everything so far (the state is unchanged); `length` for SHAKE.
    fn digest(&self, length: usize) -> Vec<u8>;
    fn boxed_clone(&self) -> Box<dyn HashState>;
}

/// A fixed-size digest.
#[derive(Clone)]
pub struct Fixed<D>(pub D);

impl<D: Digest + Clone + 'static> HashState for Fixed<D> {
    fn update(&mut self, data: &[u8]) {
        Digest::update(&mut self.0, data);
    }
    fn digest(&self, _length: usize) -> Vec<u8> {
        self.0.clone().finalize().to_vec()
    }
    fn boxed_clone(&self) -> Box<dyn HashState> {
        Box::new(self.clone())
    }
}

/// SHAKE128/SHAKE256: any output length.
#[derive(Clone)]
pub struct Xof<D>(pub D);

impl<D: Update + ExtendableOutput + Clone + 'static> HashState for Xof<D> {
    fn update(&mut self, data: &[u8]) {
        self.0.update(data);
    }
    fn digest(&self, length: usize) -> Vec<u8> {
        let mut out = vec![0; length];
        self.0.clone().finalize_xof_into(&mut out);
        out
    }
    fn boxed_clone(&self) -> Box<dyn HashState> {
        Box::new(self.clone())
    }
}

/// BLAKE2's parameters as `hashlib.blake2b`/`blake2s` take them (checked by the caller).
pub struct BlakeParams<'a> {
    pub big: bool,
    pub digest_size: usize,
    pub key: &'a [u8],
    pub salt: &'a [u8],
    pub person: &'a [u8],
}

/// A BLAKE2 core with its block buffer (BLAKE2 keeps the last block until finalisation).
#[derive(Clone)]
enum Core {
    B(Blake2bVarCore, BlockBuffer<U128, Lazy>),
    S(Blake2sVarCore, BlockBuffer<U64, Lazy>),
}

/// BLAKE2b or BLAKE2s set up from a full parameter block (digest size, key, salt, person).
/// A key is hashed as a first block padded with zeros, as the BLAKE2 paper specifies.
#[derive(Clone)]
pub struct Blake {
    core: Core,
    size: usize,
}

impl Blake {
    pub fn new(p: &BlakeParams) -> Self {
        let (k, n) = (p.key.len(), p.digest_size);
        let (core, block) = if p.big {
            let c = Blake2bVarCore::new_with_params(p.salt, p.person, k, n);
            (Core::B(c, Default::default()), 128)
        } else {
            let c = Blake2sVarCore::new_with_params(p.salt, p.person, k, n);
            (Core::S(c, Default::default()), 64)
        };
        let mut state = Blake { core, size: n };
        if k > 0 {
            let mut first = vec![0u8; block];
            first[..k].copy_from_slice(p.key);
            state.update(&first);
        }
        state
    }
}

impl HashState for Blake {
    fn update(&mut self, data: &[u8]) {
        match &mut self.core {
            Core::B(c, buf) => buf.digest_blocks(data, |b| c.update_blocks(b)),
            Core::S(c, buf) => buf.digest_blocks(data, |b| c.update_blocks(b)),
        }
    }
    fn digest(&self, _length: usize) -> Vec<u8> {
        let mut full = match self.core.clone() {
            Core::B(mut c, mut buf) => {
                let mut out = Default::default();
                c.finalize_variable_core(&mut buf, &mut out);
                out.to_vec()
            }
            Core::S(mut c, mut buf) => {
                let mut out = Default::default();
                c.finalize_variable_core(&mut buf, &mut out);
                out.to_vec()
            }
        };
        full.truncate(self.size);
        full
    }
    fn boxed_clone(&self) -> Box<dyn HashState> {
        Box::new(self.clone())
    }
}
