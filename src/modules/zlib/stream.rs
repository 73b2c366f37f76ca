//! Streaming deflate and inflate over `miniz_oxide`'s raw DEFLATE, with the zlib and gzip
//! wrappers (headers, Adler-32/CRC-32 trailers) done here, so header errors get zlib's own
//! messages ("incorrect header check", "incorrect data check", ...).

use miniz_oxide::deflate::core::{create_comp_flags_from_zip_params, CompressorOxide};
use miniz_oxide::inflate::stream::InflateState;
use miniz_oxide::{DataFormat, MZError, MZFlush, MZStatus};

/// The container around the DEFLATE data, from `wbits`.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Wrap {
    Zlib,
    Raw,
    Gzip,
    /// Decompression only (`wbits` 32 + n): zlib or gzip, by the first byte.
    Auto,
}

/// The wrapper and window size of a `wbits` argument to decompression, or `None` when out
/// of range.
pub fn inflate_wrap(wbits: i64) -> Option<(Wrap, u32)> {
    match wbits {
        0 => Some((Wrap::Zlib, 15)),
        8..=15 => Some((Wrap::Zlib, wbits as u32)),
        -15..=-8 => Some((Wrap::Raw, (-wbits) as u32)),
        24..=31 => Some((Wrap::Gzip, (wbits - 16) as u32)),
        32 | 40..=47 => Some((Wrap::Auto, 15)),
        _ => None,
    }
}

/// The wrapper of a `wbits` argument to compression.
pub fn deflate_wrap(wbits: i64) -> Option<(Wrap, u32)> {
    match wbits {
        // (zlib takes a window of 8 as 9, but its header still says 8)
        8..=15 => Some((Wrap::Zlib, wbits as u32)),
        -15..=-9 => Some((Wrap::Raw, (-wbits) as u32)),
        24..=31 => Some((Wrap::Gzip, (wbits - 16) as u32)),
        _ => None,
    }
}

/// A zlib error: its code and message ("Error -3 while decompressing data: ...").
#[derive(Debug)]
pub struct ZError {
    pub code: i32,
    pub msg: &'static str,
}

fn data_error(msg: &'static str) -> ZError {
    ZError { code: -3, msg }
}

/// A running checksum of the uncompressed data.
#[derive(Clone)]
struct Check {
    adler: adler2::Adler32,
    crc: crc32fast::Hasher,
    len: u32,
}

impl Check {
    fn new() -> Check {
        Check {
            adler: adler2::Adler32::new(),
            crc: crc32fast::Hasher::new(),
            len: 0,
        }
    }
    fn update(&mut self, wrap: Wrap, data: &[u8]) {
        match wrap {
            Wrap::Zlib => self.adler.write_slice(data),
            Wrap::Gzip => self.crc.update(data),
            _ => {}
        }
        self.len = self.len.wrapping_add(data.len() as u32);
    }
}

// ---------------------------------------------------------------------------------------
// Compression

pub struct Deflater {
    comp: Box<CompressorOxide>,
    wrap: Wrap,
    wbits: u32,
    level: i32,
    check: Check,
    header_done: bool,
    finished: bool,
}

impl Deflater {
    /// `level` is -1..=9 and `strategy` 0..=4 (checked by the caller).
    pub fn new(level: i32, wrap: Wrap, wbits: u32, strategy: i32) -> Deflater {
        let level = if level < 0 { 6 } else { level };
        let flags = create_comp_flags_from_zip_params(level, -(wbits.max(9) as i32), strategy);
        Deflater {
            comp: Box::new(CompressorOxide::new(flags)),
            wrap,
            wbits,
            level,
            check: Check::new(),
            header_done: false,
            finished: false,
        }
    }

    /// zlib's header for this level and window, or the gzip header zlib writes.
    fn header(&self) -> Vec<u8> {
        match self.wrap {
            Wrap::Zlib => {
                let cmf = ((self.wbits - 8) << 4 | 8) as u16;
                let lvl: u16 = match self.level {
                    0 | 1 => 0,
                    2..=5 => 1,
                    6 => 2,
                    _ => 3,
                };
                let mut h = cmf << 8 | lvl << 6;
                h += 31 - h % 31;
                h.to_be_bytes().to_vec()
            }
            Wrap::Gzip => {
                let xfl = match self.level {
                    9 => 2,
                    0 | 1 => 4,
                    _ => 0,
                };
                vec![0x1f, 0x8b, 8, 0, 0, 0, 0, 0, xfl, 3]
            }
            _ => Vec::new(),
        }
    }

    /// Compresses `input` with `flush` (0 none, 1/2 sync, 3 full, 4 finish), appending to `out`.
    pub fn compress(&mut self, input: &[u8], flush: i32, out: &mut Vec<u8>) {
        // (CPython's objects never bring data after `flush(Z_FINISH)`: they refuse it)
        if self.finished {
            return;
        }
        if !self.header_done {
            out.extend(self.header());
            self.header_done = true;
        }
        self.check.update(self.wrap, input);
        let mode = MZFlush::new(flush).unwrap_or(MZFlush::None);
        let mut rest = input;
        let mut buf = vec![0u8; 16384];
        loop {
            let r = miniz_oxide::deflate::stream::deflate(&mut self.comp, rest, &mut buf, mode);
            rest = &rest[r.bytes_consumed..];
            out.extend_from_slice(&buf[..r.bytes_written]);
            let done = matches!(r.status, Ok(MZStatus::StreamEnd))
                || (rest.is_empty() && r.bytes_written < buf.len() && mode != MZFlush::Finish)
                || r.status.is_err();
            if done {
                break;
            }
        }
        if flush == 4 {
            self.finished = true;
            match self.wrap {
                Wrap::Zlib => out.extend(self.check.adler.checksum().to_be_bytes()),
                Wrap::Gzip => {
                    out.extend(self.check.crc.clone().finalize().to_le_bytes());
                    out.extend(self.check.len.to_le_bytes());
                }
                _ => {}
            }
        }
    }
}

// ---------------------------------------------------------------------------------------
// Decompression

#[derive(Clone, Copy, PartialEq, Eq)]
enum Phase {
    Header,
    Body,
    Trailer,
    Done,
}

pub struct Inflater {
    raw: Box<InflateState>,
    wrap: Wrap,
    wbits: u32,
    phase: Phase,
    /// Header or trailer bytes gathered so far.
    pending: Vec<u8>,
    check: Check,
    /// The first byte of the DEFLATE data (its first block's type, for error messages).
    first: Option<u8>,
}

impl Clone for Inflater {
    fn clone(&self) -> Self {
        Inflater {
            raw: self.raw.clone(),
            wrap: self.wrap,
            wbits: self.wbits,
            phase: self.phase,
            pending: self.pending.clone(),
            check: self.check.clone(),
            first: self.first,
        }
    }
}

/// How long the gzip header in `h` is, `Ok(None)` while incomplete.
fn gzip_header_len(h: &[u8]) -> Result<Option<usize>, ZError> {
    if h.len() >= 2 && (h[0], h[1]) != (0x1f, 0x8b) {
        return Err(data_error("incorrect header check"));
    }
    if h.len() >= 3 && h[2] != 8 {
        return Err(data_error("unknown compression method"));
    }
    if h.len() < 10 {
        return Ok(None);
    }
    let flags = h[3];
    if flags & 0xe0 != 0 {
        return Err(data_error("unknown header flags set"));
    }
    let mut pos = 10;
    if flags & 4 != 0 {
        let Some(x) = h.get(pos..pos + 2) else {
            return Ok(None);
        };
        pos += 2 + u16::from_le_bytes([x[0], x[1]]) as usize;
    }
    for bit in [8, 16] {
        if flags & bit != 0 {
            match h.get(pos..).and_then(|r| r.iter().position(|&c| c == 0)) {
                Some(z) => pos += z + 1,
                None => return Ok(None),
            }
        }
    }
    if flags & 2 != 0 {
        let Some(x) = h.get(pos..pos + 2) else {
            return Ok(None);
        };
        let crc = crc32fast::hash(&h[..pos]) & 0xffff;
        if u32::from(u16::from_le_bytes([x[0], x[1]])) != crc {
            return Err(data_error("header crc mismatch"));
        }
        pos += 2;
    }
    Ok((h.len() >= pos).then_some(pos))
}

impl Inflater {
    pub fn new(wrap: Wrap, wbits: u32) -> Inflater {
        Inflater {
            raw: InflateState::new_boxed(DataFormat::Raw),
            wrap,
            wbits,
            phase: if wrap == Wrap::Raw {
                Phase::Body
            } else {
                Phase::Header
            },
            pending: Vec::new(),
            check: Check::new(),
            first: None,
        }
    }

    pub fn is_done(&self) -> bool {
        self.phase == Phase::Done
    }

    /// The header length once `pending` holds a whole valid header.
    fn header_len(&mut self) -> Result<Option<usize>, ZError> {
        let h = &self.pending;
        if self.wrap == Wrap::Auto {
            match h.first() {
                None => return Ok(None),
                Some(0x1f) => self.wrap = Wrap::Gzip,
                Some(_) => self.wrap = Wrap::Zlib,
            }
        }
        if self.wrap == Wrap::Gzip {
            return gzip_header_len(h);
        }
        if h.len() < 2 {
            return Ok(None);
        }
        if (u16::from(h[0]) << 8 | u16::from(h[1])) % 31 != 0 {
            return Err(data_error("incorrect header check"));
        }
        if h[0] & 0xf != 8 {
            return Err(data_error("unknown compression method"));
        }
        if u32::from(h[0] >> 4) + 8 > self.wbits {
            return Err(data_error("invalid window size"));
        }
        if h[1] & 0x20 != 0 {
            return Err(ZError {
                code: 2,
                msg: "need dictionary",
            });
        }
        Ok(Some(2))
    }

    /// Decompresses from `input`, appending to `out` at most `max_out` bytes (0: no limit).
    /// Returns how many input bytes were used: fewer than given when the stream ended
    /// (the rest is unused data) or the output limit was reached (an unconsumed tail).
    pub fn decompress(
        &mut self,
        input: &[u8],
        out: &mut Vec<u8>,
        max_out: usize,
    ) -> Result<usize, ZError> {
        let mut used = 0;
        loop {
            match self.phase {
                Phase::Done => return Ok(used),
                Phase::Header => {
                    let Some(&c) = input.get(used) else {
                        return Ok(used);
                    };
                    self.pending.push(c);
                    used += 1;
                    if let Some(n) = self.header_len()? {
                        debug_assert_eq!(n, self.pending.len());
                        self.pending.clear();
                        self.phase = Phase::Body;
                    }
                }
                Phase::Trailer => {
                    let need = if self.wrap == Wrap::Gzip { 8 } else { 4 };
                    while self.pending.len() < need {
                        let Some(&c) = input.get(used) else {
                            return Ok(used);
                        };
                        self.pending.push(c);
                        used += 1;
                    }
                    let t = &self.pending;
                    if self.wrap == Wrap::Gzip {
                        let crc = u32::from_le_bytes([t[0], t[1], t[2], t[3]]);
                        let len = u32::from_le_bytes([t[4], t[5], t[6], t[7]]);
                        if crc != self.check.crc.clone().finalize() {
                            return Err(data_error("incorrect data check"));
                        }
                        if len != self.check.len {
                            return Err(data_error("incorrect length check"));
                        }
                    } else if u32::from_be_bytes([t[0], t[1], t[2], t[3]])
                        != self.check.adler.checksum()
                    {
                        return Err(data_error("incorrect data check"));
                    }
                    self.phase = Phase::Done;
                }
                Phase::Body => {
                    let room = if max_out == 0 {
                        32768
                    } else {
                        (max_out - out.len()).min(32768)
                    };
                    if room == 0 {
                        return Ok(used);
                    }
                    if self.first.is_none() {
                        self.first = input.get(used).copied();
                    }
                    let mut buf = vec![0u8; room];
                    let r = miniz_oxide::inflate::stream::inflate(
                        &mut self.raw,
                        &input[used..],
                        &mut buf,
                        MZFlush::None,
                    );
                    used += r.bytes_consumed;
                    let produced = &buf[..r.bytes_written];
                    self.check.update(self.wrap, produced);
                    out.extend_from_slice(produced);
                    match r.status {
                        Ok(MZStatus::StreamEnd) => {
                            self.phase = if self.wrap == Wrap::Raw {
                                Phase::Done
                            } else {
                                Phase::Trailer
                            };
                        }
                        Ok(_) | Err(MZError::Buf) => {
                            if r.bytes_consumed == 0 && r.bytes_written == 0 {
                                return Ok(used);
                            }
                        }
                        Err(_) => return Err(data_error(self.data_error_message())),
                    }
                }
            }
        }
    }

    /// miniz reports only that the data is bad, where zlib names the fault: this names it
    /// from the first block's type (stored blocks fail on their lengths, type 3 does not
    /// exist), and calls other faults an invalid block type.
    fn data_error_message(&self) -> &'static str {
        match self.first.map(|b| b >> 1 & 3) {
            Some(0) => "invalid stored block lengths",
            _ => "invalid block type",
        }
    }
}
