//! Rendering of GIL recordings: the `-X gil-stats` table, a Chrome trace and an SVG timeline.
//!
//! This module is pure: it takes a finished [`Recording`] (plain data, filled in by the GIL
//! recorder) and turns it into text. It never touches the lock, and nothing here assumes the
//! spans are sorted or that indices are in range — out-of-range thread indices are skipped
//! in the SVG and passed through in the trace.
//!
//! All times in the model are nanoseconds since the recording started. The stats table shows
//! milliseconds, the Chrome trace microseconds (its native unit), the SVG milliseconds.

use std::fmt::Write as _;
use std::io::{self, Write};

/// One Python thread as the GIL saw it. Times are nanoseconds since the recording started.
#[derive(Debug, Clone, Default)]
pub struct ThreadRecord {
    /// `threading.get_ident()`.
    pub ident: u64,
    /// "MainThread", "Thread-1 (worker)", ...
    pub name: String,
    /// Times it took the GIL.
    pub acquisitions: u64,
    /// Drop requests it made while waiting (waited a full switch interval).
    pub requests_made: u64,
    /// Drop requests it received while holding.
    pub requests_received: u64,
    /// Total time holding the GIL.
    pub hold_ns: u64,
    /// Total time waiting for it.
    pub wait_ns: u64,
    pub longest_wait_ns: u64,
    pub start_ns: u64,
    /// None: still running when the report was made.
    pub end_ns: Option<u64>,
}

/// A span of one thread's timeline: holding the GIL or waiting for it.
#[derive(Debug, Clone, Default)]
pub struct Span {
    /// Index into [`Recording::threads`].
    pub thread: usize,
    pub start_ns: u64,
    pub end_ns: u64,
}

/// A drop request: `requester` waited a full switch interval and asked `holder` to let go.
#[derive(Debug, Clone, Default)]
pub struct DropRequest {
    pub requester: usize,
    pub holder: Option<usize>,
    pub at_ns: u64,
}

/// Everything the GIL recorder saw between the start of the recording and the report.
#[derive(Debug, Clone, Default)]
pub struct Recording {
    pub threads: Vec<ThreadRecord>,
    /// Intervals holding the GIL (empty when only stats were recorded).
    pub holds: Vec<Span>,
    /// Intervals waiting for it.
    pub waits: Vec<Span>,
    pub requests: Vec<DropRequest>,
    /// Hand-overs from one thread to another.
    pub switches: u64,
    pub switch_interval_ns: u64,
    /// Length of the recording.
    pub wall_ns: u64,
    /// Drop requests answered, measured by the GIL itself (always on): from the request to
    /// the holder's release.
    pub handover: Handover,
}

/// Count, total and longest time from a drop request to the hand-over it asked for.
#[derive(Debug, Clone, Copy, Default)]
pub struct Handover {
    pub count: u64,
    pub total_ns: u64,
    pub max_ns: u64,
}

// -X gil-stats ------------------------------------------------------------------------------

/// The `-X gil-stats` report, printed to stderr at exit. Example:
///
/// ```text
/// pyvm GIL statistics: 3 threads, 200 ms wall time
///
/// thread              acquired  req made  req recv    hold ms  hold %    wait ms  longest ms
/// ------------------------------------------------------------------------------------------
/// MainThread                28        10        10     97.312   48.7%     78.413       5.550
/// Thread-1 (worker)         19         6        11     61.690   30.8%     63.493       5.535
/// Thread-2 (io_loop)        18         8         3     30.798   15.4%     69.241       5.478
/// ------------------------------------------------------------------------------------------
/// total                     65        24        24    189.800   94.9%    211.146       5.550
///
/// wall time                 200 ms
/// switches                  57 (285.0/s)
/// switch interval           5 ms
/// request → hand-over       mean 302.142 µs, max 549.609 µs (23 requests)
/// ```
///
/// "hold %" is the share of wall time, so the total's is how busy the GIL was. "request →
/// hand-over" is the time from a drop request to the end of the hold it interrupted; it needs
/// the hold spans and says `n/a` when only the counters were recorded.
pub fn format_stats(r: &Recording) -> String {
    let n = r.threads.len();
    let names = r.threads.iter().map(|t| t.name.chars().count());
    let nw = names.max().unwrap_or(0).clamp(6, 28);
    let row = |t: &ThreadRecord| {
        let (hold, wait) = (ms(t.hold_ns), ms(t.wait_ns));
        let (made, recv) = (t.requests_made, t.requests_received);
        let name = truncate(&t.name, nw);
        let (acq, share) = (t.acquisitions, pct(t.hold_ns, r.wall_ns));
        let long = ms(t.longest_wait_ns);
        format!(
            "{name:<nw$}  {acq:>8}  {made:>8}  {recv:>8}  {hold:>9}  {share:>6}  {wait:>9}  \
             {long:>10}\n"
        )
    };
    let head = format!(
        "{:<nw$}  {:>8}  {:>8}  {:>8}  {:>9}  {:>6}  {:>9}  {:>10}\n",
        "thread", "acquired", "req made", "req recv", "hold ms", "hold %", "wait ms", "longest ms"
    );
    let rule = format!("{}\n", "-".repeat(head.chars().count() - 1));
    let plural = if n == 1 { "" } else { "s" };
    let wall = fmt_dur(r.wall_ns);
    let mut s =
        format!("pyvm GIL statistics: {n} thread{plural}, {wall} wall time\n\n{head}{rule}");
    s.extend(r.threads.iter().map(row));
    if n > 1 {
        let sum = |f: fn(&ThreadRecord) -> u64| r.threads.iter().map(f).sum();
        let total = ThreadRecord {
            name: "total".into(),
            acquisitions: sum(|t| t.acquisitions),
            requests_made: sum(|t| t.requests_made),
            requests_received: sum(|t| t.requests_received),
            hold_ns: sum(|t| t.hold_ns),
            wait_ns: sum(|t| t.wait_ns),
            longest_wait_ns: r
                .threads
                .iter()
                .map(|t| t.longest_wait_ns)
                .max()
                .unwrap_or(0),
            ..Default::default()
        };
        s = s + &rule + &row(&total);
    }
    let rate = match r.wall_ns {
        0 => "-".to_string(),
        ns => format!("{:.1}/s", r.switches as f64 * 1e9 / ns as f64),
    };
    let measured = (r.handover.count > 0).then(|| {
        let h = r.handover;
        (h.total_ns / h.count, h.max_ns, h.count)
    });
    let latency = match measured.or_else(|| handover_latency(r)) {
        Some((mean, max, k)) => {
            let (mean, max) = (fmt_dur(mean), fmt_dur(max));
            format!("mean {mean}, max {max} ({k} requests)")
        }
        None if r.holds.is_empty() => "n/a (hold spans not recorded)".into(),
        None => "n/a (no drop request was answered)".into(),
    };
    let _ = writeln!(s, "\n{:<26}{wall}", "wall time");
    let _ = writeln!(s, "{:<26}{} ({rate})", "switches", r.switches);
    let interval = fmt_dur(r.switch_interval_ns);
    let _ = writeln!(s, "{:<26}{interval}", "switch interval");
    let _ = writeln!(s, "{:<26}{latency}", "request → hand-over");
    s
}

/// Mean and max time from a drop request to the end of the hold span containing it, and how
/// many requests matched one (a request whose holder is known must match that holder's span).
fn handover_latency(r: &Recording) -> Option<(u64, u64, u64)> {
    let mut holds: Vec<&Span> = r.holds.iter().collect();
    holds.sort_by_key(|h| h.start_ns);
    let (mut sum, mut max, mut count) = (0u64, 0u64, 0u64);
    for q in &r.requests {
        let i = holds.partition_point(|h| h.start_ns <= q.at_ns);
        let Some(h) = i.checked_sub(1).map(|i| holds[i]) else {
            continue;
        };
        if q.at_ns <= h.end_ns && q.holder.is_none_or(|t| t == h.thread) {
            let d = h.end_ns - q.at_ns;
            (sum, max, count) = (sum + d, max.max(d), count + 1);
        }
    }
    (count > 0).then(|| (sum / count, max, count))
}

fn ms(ns: u64) -> String {
    format!("{:.3}", ns as f64 / 1e6)
}

fn pct(part: u64, whole: u64) -> String {
    match whole {
        0 => "-".into(),
        _ => format!("{:.1}%", part as f64 * 100.0 / whole as f64),
    }
}

/// A duration in the unit that suits it, to 3 decimals at most: "850 ns", "12.5 µs", "5 ms".
fn fmt_dur(ns: u64) -> String {
    let (scale, unit) = match ns {
        0..=999 => (1.0, "ns"),
        1_000..=999_999 => (1e3, "µs"),
        1_000_000..=999_999_999 => (1e6, "ms"),
        _ => (1e9, "s"),
    };
    let n = format!("{:.3}", ns as f64 / scale);
    format!("{} {unit}", n.trim_end_matches('0').trim_end_matches('.'))
}

/// `s` cut to `width` chars (ending in "…" when cut), control characters shown as U+FFFD.
fn truncate(s: &str, width: usize) -> String {
    let clean = s
        .chars()
        .map(|c| if c.is_control() { '\u{fffd}' } else { c });
    if s.chars().count() <= width {
        return clean.collect();
    }
    clean.take(width.saturating_sub(1)).chain(['…']).collect()
}

// Chrome trace ------------------------------------------------------------------------------

/// Writes the recording in the Chrome Trace Event Format (`chrome://tracing`, Perfetto,
/// speedscope): one track per thread (tid = index + 1, in thread order) with "holds GIL" and
/// "waits for GIL" complete events, and "drop request" instant events on the requester's track
/// whose args name the holder. Timestamps are microseconds with nanosecond fractions.
pub fn write_chrome_trace(r: &Recording, out: &mut impl Write) -> io::Result<()> {
    let mut w = io::BufWriter::new(out);
    w.write_all(b"{\"traceEvents\":[\n")?;
    w.write_all(br#"{"name":"process_name","ph":"M","pid":1,"args":{"name":"pyvm"}}"#)?;
    for (i, t) in r.threads.iter().enumerate() {
        let name = format!(r#""args":{{"name":{}}}"#, json_str(&t.name));
        event(&mut w, "thread_name", "M", i + 1, &name)?;
        let sort = format!(r#""args":{{"sort_index":{i}}}"#);
        event(&mut w, "thread_sort_index", "M", i + 1, &sort)?;
    }
    for (label, spans) in [("holds GIL", &r.holds), ("waits for GIL", &r.waits)] {
        for s in spans {
            let dur = micros(s.end_ns.saturating_sub(s.start_ns));
            let times = format!(r#""ts":{},"dur":{dur}"#, micros(s.start_ns));
            event(&mut w, label, "X", s.thread + 1, &times)?;
        }
    }
    for q in &r.requests {
        let holder = q.holder.and_then(|h| r.threads.get(h));
        let holder = holder.map(|t| json_str(&t.name));
        let (ts, holder) = (micros(q.at_ns), holder.as_deref().unwrap_or("null"));
        let rest = format!(r#""s":"t","ts":{ts},"args":{{"holder":{holder}}}"#);
        event(&mut w, "drop request", "i", q.requester + 1, &rest)?;
    }
    w.write_all(b"\n],\"displayTimeUnit\":\"ms\"}\n")?;
    w.flush()
}

/// One trace event (after the first, hence the leading comma); `rest` is its remaining fields.
fn event(w: &mut impl Write, name: &str, ph: &str, tid: usize, rest: &str) -> io::Result<()> {
    write!(
        w,
        ",\n{{\"name\":\"{name}\",\"cat\":\"gil\",\"ph\":\"{ph}\",\"pid\":1,\"tid\":{tid},{rest}}}"
    )
}

fn micros(ns: u64) -> String {
    format!("{}.{:03}", ns / 1000, ns % 1000)
}

/// A JSON string literal for `s`, quotes included.
fn json_str(s: &str) -> String {
    let mut o = String::from('"');
    for c in s.chars() {
        match c {
            '"' => o.push_str("\\\""),
            '\\' => o.push_str("\\\\"),
            '\n' => o.push_str("\\n"),
            '\r' => o.push_str("\\r"),
            '\t' => o.push_str("\\t"),
            c if (c as u32) < 0x20 => o += &format!("\\u{:04x}", c as u32),
            c => o.push(c),
        }
    }
    o + "\""
}

// SVG timeline ------------------------------------------------------------------------------

const WIDTH: f64 = 1200.0;
const LABEL_W: f64 = 180.0;
const PLOT_W: f64 = WIDTH - LABEL_W - 30.0;
const TOP: f64 = 62.0;
const LANE_H: f64 = 34.0;
/// Rows inside a lane, from its top: drop-request ticks, the hold bar, the wait bar.
const TICK_Y: f64 = 2.0;
const HOLD_Y: f64 = 9.0;
const WAIT_Y: f64 = 24.0;
/// Width in pixels of the columns that spans narrower than it are summed into.
const BIN: f64 = 2.0;
const FONT: &str = "system-ui, -apple-system, 'Segoe UI', Helvetica, Arial, sans-serif";
const HOLD: &str = "#3566b8";
const REQUEST: &str = "#d62728";

/// Draws the recording as a self-contained SVG timeline: a title line with the summary, a
/// legend, one lane per thread (name and share of wall time on the left, a thin grey line for
/// the thread's lifetime, a tooltip with its counters), hold spans as solid blue bars, wait
/// spans as thin hatched amber bars, drop requests as red triangles on top of the requester's
/// lane, and a time axis in ms with 1-2-5 steps.
///
/// The file stays small however long the recording: spans narrower than two pixels are merged
/// into 2-pixel columns drawn as bars shaded by how much of the column's time they cover (see
/// `lane_bars`), wider ones are drawn as they are, and drop requests closer than 6 px are
/// drawn once. So the element count is bounded by lanes × width (at most 2 × 496 bars per lane
/// and kind, 165 ticks per lane), not by the number of spans: a 3-thread, 5-second recording
/// with a switch every 3 ms makes about 150 KB, and 200k evenly interleaved spans 14 KB.
pub fn write_svg(r: &Recording, out: &mut impl Write) -> io::Result<()> {
    let mut w = io::BufWriter::new(out);
    let n = r.threads.len();
    let ends = [&r.holds, &r.waits].into_iter().flatten().map(|s| s.end_ns);
    let ends = ends.chain(r.requests.iter().map(|q| q.at_ns));
    let span_ns = ends.fold(r.wall_ns, u64::max).max(1);
    let x_of = |ns: u64| LABEL_W + ns as f64 / span_ns as f64 * PLOT_W;
    let bottom = TOP + n as f64 * LANE_H;
    let height = bottom + 44.0;
    writeln!(w, r#"<?xml version="1.0" encoding="UTF-8"?>"#)?;
    write!(
        w,
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{height}""#
    )?;
    let view = format!(r#"viewBox="0 0 {WIDTH} {height}""#);
    writeln!(w, r#" {view} font-family="{FONT}" font-size="12">"#)?;
    rect(&mut w, 0.0, 0.0, WIDTH, height, r##" fill="#fff""##)?;
    let plural = if n == 1 { "" } else { "s" };
    let (switches, interval) = (r.switches, fmt_dur(r.switch_interval_ns));
    let title = format!(
        "pyvm GIL timeline — {n} thread{plural}, {switches} switches, switch interval {interval}, \
         {} wall time",
        fmt_dur(r.wall_ns)
    );
    let bold = r#" font-size="15" font-weight="bold""#;
    text(&mut w, 16.0, 24.0, bold, &title)?;
    w.write_all(LEGEND.as_bytes())?;

    // Lanes: background, label with a tooltip, lifetime line.
    for (i, t) in r.threads.iter().enumerate() {
        let y = TOP + i as f64 * LANE_H;
        let bg = [r##" fill="#f3f4f7""##, r##" fill="#fff""##][i % 2];
        rect(&mut w, 0.0, y, WIDTH, LANE_H, bg)?;
        let (hold, wait, long) = (ms(t.hold_ns), ms(t.wait_ns), ms(t.longest_wait_ns));
        let (name, ident, acq) = (&t.name, t.ident, t.acquisitions);
        let tip = format!(
            "{name} (ident {ident}): {acq} acquisitions, held {hold} ms, waited {wait} ms, \
             longest wait {long} ms"
        );
        writeln!(w, "<g text-anchor=\"end\"><title>{}</title>", xml(&tip))?;
        text(&mut w, LABEL_W - 10.0, y + 15.0, "", &truncate(name, 26))?;
        let sub = format!("held {}, waited {wait} ms", pct(t.hold_ns, r.wall_ns));
        let grey = r##" font-size="10" fill="#777""##;
        text(&mut w, LABEL_W - 10.0, y + 28.0, grey, &sub)?;
        let (x0, x1) = (x_of(t.start_ns), x_of(t.end_ns.unwrap_or(span_ns)));
        let mid = y + WAIT_Y + 2.5;
        let line = format!(r#"d="M{x0:.1} {mid}H{x1:.1}""#);
        writeln!(w, r##"</g><path {line} stroke="#b9bec8"/>"##)?;
    }

    // Time axis and grid: about ten 1-2-5 steps, labels with as many decimals as the step.
    let range_ms = span_ns as f64 / 1e6;
    let step = nice_step(range_ms / 10.0);
    let decimals = (-step.log10().floor()).max(0.0) as usize;
    let ticks = (range_ms / step + 1e-9) as usize + 1;
    let tick_x = |k: usize| LABEL_W + k as f64 * step / range_ms * PLOT_W;
    writeln!(w, r##"<g stroke="#dfe2e8">"##)?;
    for k in 0..ticks {
        writeln!(w, r#"<path d="M{:.1} {TOP}V{}"/>"#, tick_x(k), bottom + 5.0)?;
    }
    let axis = format!(r#"d="M{LABEL_W} {bottom}h{PLOT_W}""#);
    writeln!(w, r##"</g><path {axis} stroke="#888"/>"##)?;
    writeln!(
        w,
        r##"<g font-size="11" fill="#555" text-anchor="middle">"##
    )?;
    for k in 0..ticks {
        let label = format!("{:.decimals$}", k as f64 * step);
        text(&mut w, tick_x(k), bottom + 19.0, "", &label)?;
    }
    let end = r#" text-anchor="end""#;
    text(&mut w, LABEL_W - 10.0, bottom + 19.0, end, "time (ms)")?;
    writeln!(w, "</g>")?;

    // Spans, lane by lane: holds solid, waits thin and hatched; sub-pixel spans by coverage.
    let hold = (&r.holds, HOLD_Y, 14.0, HOLD);
    let kinds = [hold, (&r.waits, WAIT_Y, 5.0, "url(#hatch)")];
    for (spans, dy, h, fill) in kinds {
        writeln!(w, r#"<g fill="{fill}">"#)?;
        for lane in 0..n {
            let mine = spans.iter().filter(|s| s.thread == lane);
            let y = TOP + lane as f64 * LANE_H + dy;
            let px = mine.map(|s| (x_of(s.start_ns), x_of(s.end_ns.max(s.start_ns))));
            let bars = lane_bars(px);
            for (x0, x1, opacity) in bars {
                let fade = match opacity < 1.0 {
                    true => format!(r#" fill-opacity="{opacity:.2}""#),
                    false => String::new(),
                };
                rect(&mut w, x0, y, x1 - x0, h, &fade)?;
            }
        }
        writeln!(w, "</g>")?;
    }

    // Drop requests: a red triangle on top of the requester's lane, one per 6 px at most.
    writeln!(w, r#"<g fill="{REQUEST}">"#)?;
    for lane in 0..n {
        let mine = r.requests.iter().filter(|q| q.requester == lane);
        let mut xs: Vec<f64> = mine.map(|q| x_of(q.at_ns)).collect();
        xs.sort_by(f64::total_cmp);
        let mut last = f64::NEG_INFINITY;
        for x in xs {
            if x - last >= 6.0 {
                let y = TOP + lane as f64 * LANE_H + TICK_Y;
                writeln!(w, r#"<path d="M{:.1} {y}h7l-3.5 6z"/>"#, x - 3.5)?;
                last = x;
            }
        }
    }
    writeln!(w, "</g>\n</svg>")?;
    w.flush()
}

/// The hatch pattern for waits and the legend line, at fixed positions under the title.
const LEGEND: &str = r##"<defs><pattern id="hatch" width="4" height="4" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="4" height="4" fill="#f7d49b"/><path d="M1 0V4" stroke="#d08a1e" stroke-width="1.5"/></pattern></defs>
<g font-size="11" fill="#444">
<rect x="16" y="34" width="22" height="12" fill="#3566b8"/><text x="44" y="44">holds GIL</text>
<rect x="120" y="37" width="22" height="6" fill="url(#hatch)"/><text x="148" y="44">waits for GIL</text>
<path d="M238.5 35h7l-3.5 6z" fill="#d62728"/><text x="252" y="44">drop request</text>
<text x="350" y="44">pale: spans under 2 px merged, shaded by the share of time they cover</text>
</g>
"##;

fn rect(w: &mut impl Write, x: f64, y: f64, width: f64, h: f64, attrs: &str) -> io::Result<()> {
    let (x, width) = (format!("{x:.1}"), format!("{width:.1}"));
    writeln!(
        w,
        r#"<rect x="{x}" y="{y}" width="{width}" height="{h}"{attrs}/>"#
    )
}

fn text(w: &mut impl Write, x: f64, y: f64, attrs: &str, s: &str) -> io::Result<()> {
    writeln!(w, r#"<text x="{x:.1}" y="{y}"{attrs}>{}</text>"#, xml(s))
}

/// The bars `(x0, x1, opacity)` for one lane's spans of one kind, given in pixels. A span at
/// least [`BIN`] pixels wide is drawn as it is; narrower ones are summed into `BIN`-pixel
/// columns, and each run of columns with the same coverage (in tenths) becomes one bar whose
/// opacity shows it. Spans of one kind on one thread don't overlap, so there are at most
/// `PLOT_W / BIN + 1` bars of each sort.
fn lane_bars(spans: impl Iterator<Item = (f64, f64)>) -> Vec<(f64, f64, f64)> {
    let mut cover = vec![0f64; (PLOT_W / BIN) as usize + 1];
    let mut bars = Vec::new();
    for (a, b) in spans {
        if b - a >= BIN {
            bars.push((a, b, 1.0));
            continue;
        }
        let (a, b) = ((a - LABEL_W) / BIN, (b - LABEL_W) / BIN);
        let (c0, c1) = (a as usize, (b as usize).min(cover.len() - 1));
        let split = (c1 as f64).clamp(a, b); // narrower than a column: it touches at most 2
        cover[c0.min(c1)] += split - a;
        cover[c1] += b - split;
    }
    // Coverage in tenths, but any coverage at all shows.
    let level = |c: f64| (c > 1e-9) as u32 * ((c.min(1.0) * 10.0).round() as u32).max(1);
    let mut i = 0;
    while i < cover.len() {
        let (l, start) = (level(cover[i]), i);
        while i < cover.len() && level(cover[i]) == l {
            i += 1;
        }
        if l > 0 {
            let (x0, x1) = (LABEL_W + start as f64 * BIN, LABEL_W + i as f64 * BIN);
            bars.push((x0, x1.min(LABEL_W + PLOT_W), 0.2 + 0.08 * l as f64));
        }
    }
    bars
}

/// The smallest 1, 2 or 5 × 10^k step no smaller than `raw`.
fn nice_step(raw: f64) -> f64 {
    if raw <= 0.0 || !raw.is_finite() {
        return 1.0;
    }
    let mag = 10f64.powf(raw.log10().floor());
    let norm = raw / mag;
    mag * [1.0, 2.0, 5.0, 10.0]
        .into_iter()
        .find(|&m| norm <= m + 1e-9)
        .unwrap_or(10.0)
}

/// Text escaped for XML content and attributes; characters XML 1.0 forbids become U+FFFD.
fn xml(s: &str) -> String {
    let mut o = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => o.push_str("&amp;"),
            '<' => o.push_str("&lt;"),
            '>' => o.push_str("&gt;"),
            '"' => o.push_str("&quot;"),
            '\'' => o.push_str("&apos;"),
            '\t' | '\n' | '\r' => o.push(c),
            c if (c as u32) < 0x20 || c == '\u{fffe}' || c == '\u{ffff}' => o.push('\u{fffd}'),
            c => o.push(c),
        }
    }
    o
}

#[cfg(test)]
mod tests {
    use super::*;

    const MS: u64 = 1_000_000;

    fn span(thread: usize, start_ns: u64, end_ns: u64) -> Span {
        Span {
            thread,
            start_ns,
            end_ns,
        }
    }

    fn request(requester: usize, holder: usize, at_ns: u64) -> DropRequest {
        DropRequest {
            requester,
            holder: Some(holder),
            at_ns,
        }
    }

    fn thread(name: &str, start_ns: u64, end_ns: Option<u64>) -> ThreadRecord {
        let name = name.to_string();
        ThreadRecord {
            name,
            start_ns,
            end_ns,
            ident: 7,
            ..Default::default()
        }
    }

    fn svg(r: &Recording) -> String {
        let mut buf = Vec::new();
        write_svg(r, &mut buf).unwrap();
        String::from_utf8(buf).unwrap()
    }

    fn trace(r: &Recording) -> String {
        let mut buf = Vec::new();
        write_chrome_trace(r, &mut buf).unwrap();
        String::from_utf8(buf).unwrap()
    }

    /// Two threads over 100 ms; the worker's name needs escaping in JSON and XML.
    fn sample() -> Recording {
        let mut threads = [
            thread("MainThread", 0, None),
            thread("w \"<&>\"\n\\", 10 * MS, None),
        ];
        let [main, w] = &mut threads;
        (main.acquisitions, main.hold_ns, main.wait_ns) = (2, 70 * MS, 25 * MS);
        (w.acquisitions, w.hold_ns, w.wait_ns, w.end_ns) = (1, 29 * MS, 21 * MS, Some(60 * MS));
        for t in &mut threads {
            (t.requests_made, t.requests_received, t.longest_wait_ns) = (1, 1, t.wait_ns);
        }
        let ms = |t, a: u64, b: u64| span(t, a * MS, b * MS);
        Recording {
            threads: threads.into(),
            holds: vec![ms(0, 0, 30), ms(1, 31, 60), ms(0, 60, 100)],
            waits: vec![ms(1, 10, 31), ms(0, 35, 60)],
            requests: vec![request(1, 0, 15 * MS), request(0, 1, 40 * MS)],
            switches: 2,
            switch_interval_ns: 5 * MS,
            wall_ns: 100 * MS,
            handover: Handover::default(),
        }
    }

    #[test]
    fn stats_have_the_numbers() {
        let s = format_stats(&sample());
        let row = |name| {
            let line = s.lines().find(|l| l.starts_with(name)).unwrap();
            line.split_whitespace().collect::<Vec<_>>().join(" ")
        };
        assert_eq!(
            row("MainThread"),
            "MainThread 2 1 1 70.000 70.0% 25.000 25.000"
        );
        assert_eq!(row("total"), "total 3 2 2 99.000 99.0% 46.000 25.000");
        assert!(s.contains("2 threads, 100 ms wall time"), "{s}");
        assert!(
            s.contains("2 (20.0/s)") && s.contains("interval           5 ms"),
            "{s}"
        );
        assert!(s.contains("mean 17.5 ms, max 20 ms (2 requests)"), "{s}");
        // The table is aligned: every line of it has the same width (in chars).
        let widths: Vec<usize> = s
            .lines()
            .skip(2)
            .take(6)
            .map(|l| l.chars().count())
            .collect();
        assert!(widths.windows(2).all(|w| w[0] == w[1]), "{widths:?}\n{s}");
        let no_spans = Recording {
            holds: vec![],
            ..sample()
        };
        assert!(format_stats(&no_spans).contains("n/a (hold spans not recorded)"));
        assert!(format_stats(&Recording::default()).contains("0 threads"));
    }

    #[test]
    fn chrome_trace_is_valid_json() {
        let s = trace(&sample());
        assert!(json_ok(&s), "{s}");
        assert_eq!(s.matches(r#""ph":"X""#).count(), 5);
        assert_eq!(s.matches(r#""name":"drop request""#).count(), 2);
        assert!(s.contains(r#""args":{"name":"w \"<&>\"\n\\"}"#), "{s}");
        assert!(
            s.contains(r#""tid":2,"ts":31000.000,"dur":29000.000"#),
            "{s}"
        );
        assert!(
            s.contains(r#""s":"t","ts":40000.000,"args":{"holder":"w "#),
            "{s}"
        );
        assert!(json_ok(&trace(&Recording::default())));
        assert!(json_ok(r#"[-1.5e3, 0, "\u00e9 \" \\", null, {"a": true}]"#));
        assert!(!json_ok(r#"{"a":[1,2,]}"#) && !json_ok("[\"\u{1}\"]") && !json_ok("[{]}"));
    }

    #[test]
    fn svg_is_well_formed() {
        let s = svg(&sample());
        assert!(xml_ok(&s), "{s}");
        assert!(s.contains("w &quot;&lt;&amp;&gt;&quot;"), "{s}");
        assert!(
            s.contains(r#"width="1200" height="174" viewBox="0 0 1200 174""#),
            "{s}"
        );
        assert!(xml_ok(&svg(&Recording::default())));
        assert!(!xml_ok("<svg><g></svg>") && !xml_ok("<svg>a & b</svg>"));
    }

    #[test]
    fn svg_merges_sub_pixel_spans() {
        // 200k alternating 50 µs holds and waits over 10 s, plus a request per wait.
        let mut r = Recording {
            wall_ns: 10_000 * MS,
            handover: Handover::default(),
            ..sample()
        };
        (r.holds, r.waits, r.requests) = (vec![], vec![], vec![]);
        for k in 0..200_000u64 {
            let (t, a, b) = ((k % 2) as usize, k * 50_000, (k + 1) * 50_000);
            r.holds.push(span(t, a, b));
            r.waits.push(span(1 - t, a, b));
            r.requests.push(request(1 - t, t, a));
        }
        let s = svg(&r);
        assert!(xml_ok(&s));
        assert!(s.matches("<rect").count() < 10 + 2 * 2 * 2 * (PLOT_W as usize + 1));
        assert!(s.matches("<path").count() < 20 + 2 * PLOT_W as usize);
        assert!(s.len() < 30_000, "{} bytes", s.len());
        assert!(
            s.contains(r#"fill-opacity="0.60""#),
            "half-covered columns are pale"
        );
    }

    #[test]
    fn nice_steps() {
        let steps = [0.7, 1.0, 13.0, 45.0, 0.003].map(nice_step);
        let want = [1.0, 1.0, 20.0, 50.0, 0.005];
        assert!(
            steps.iter().zip(want).all(|(a, b)| (a - b).abs() < 1e-12),
            "{steps:?}"
        );
    }

    /// Writes /tmp/gil-stats.txt, /tmp/gil.json and /tmp/gil.svg from a synthetic 3-thread run:
    /// `cargo test --lib report::tests::example_files -- --ignored`.
    #[test]
    #[ignore]
    fn example_files() {
        let r = synthetic(200 * MS);
        std::fs::write("/tmp/gil-stats.txt", format_stats(&r)).unwrap();
        write_chrome_trace(&r, &mut std::fs::File::create("/tmp/gil.json").unwrap()).unwrap();
        write_svg(&r, &mut std::fs::File::create("/tmp/gil.svg").unwrap()).unwrap();
        let dense = synthetic(5_000 * MS);
        write_svg(
            &dense,
            &mut std::fs::File::create("/tmp/gil-dense.svg").unwrap(),
        )
        .unwrap();
        print!("{}\n{}", format_stats(&r), format_stats(&dense));
    }

    /// A main thread and two workers that start and end within `wall`. A holder runs until a
    /// waiter's drop request (a switch interval after it began waiting) or releases for "I/O".
    fn synthetic(wall: u64) -> Recording {
        let mut seed = 0x2545_f491_4f6c_dd1du64;
        let mut rand = move |lo: u64, hi: u64| {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            lo + (seed >> 33) % (hi - lo)
        };
        let (interval, pc) = (5 * MS, wall / 100);
        let ends = [None, Some(85 * pc), Some(95 * pc)];
        let mut r = Recording {
            switch_interval_ns: interval,
            wall_ns: wall,
            handover: Handover::default(),
            ..Default::default()
        };
        let starts = [0, 6 * pc, 15 * pc / 2];
        let names = ["MainThread", "Thread-1 (worker)", "Thread-2 (io_loop)"];
        for i in 0..3 {
            r.threads.push(thread(names[i], starts[i], ends[i]));
        }
        // When each thread other than the holder is ready to run; None: not runnable.
        let mut ready = [None, Some(starts[1]), Some(starts[2])];
        let (mut t, mut holder) = (0u64, 0usize);
        while t < wall {
            let waiting = (0..3).filter(|&i| ready[i].is_some_and(|s: u64| s <= t + interval));
            let waiter = waiting.min_by_key(|&i| ready[i]);
            let voluntary = holder == 2 || rand(0, 4) == 0;
            let mut end = t + [rand(2 * MS, 9 * MS), rand(MS / 5, 3 * MS)][voluntary as usize];
            if let Some(wi) = waiter {
                let at = (ready[wi].unwrap() + interval).max(t + MS / 10);
                if at < end {
                    r.requests.push(request(wi, holder, at));
                    r.threads[wi].requests_made += 1;
                    r.threads[holder].requests_received += 1;
                    end = at + rand(MS / 50, MS * 3 / 5);
                }
            }
            let end = end.min(ends[holder].unwrap_or(wall)).min(wall);
            r.holds.push(span(holder, t, end));
            r.threads[holder].acquisitions += 1;
            r.threads[holder].hold_ns += end - t;
            ready[holder] = Some(end + [0, rand(MS, 8 * MS)][voluntary as usize]);
            for (i, e) in ends.iter().enumerate() {
                if ready[i].is_some_and(|s| e.is_some_and(|e| e <= s.max(end))) {
                    ready[i] = None;
                }
            }
            let runnable = (0..3).filter(|&i| ready[i].is_some());
            let Some(next) = runnable.min_by_key(|&i| ready[i]) else {
                break;
            };
            let since = ready[next].take().unwrap();
            let start = end.max(since);
            if start > since {
                r.waits.push(span(next, since, start));
                let th = &mut r.threads[next];
                th.wait_ns += start - since;
                th.longest_wait_ns = th.longest_wait_ns.max(start - since);
            }
            r.switches += u64::from(next != holder);
            (t, holder) = (start, next);
        }
        r
    }

    /// A structural JSON check: brackets balance outside strings, strings hold no control
    /// characters and only valid escapes, no empty or trailing list items, nothing but
    /// literals, numbers and punctuation between strings. (`python3 -m json.tool` agrees on
    /// the example files.)
    fn json_ok(s: &str) -> bool {
        let (mut stack, mut prev, mut chars) = (Vec::new(), ' ', s.chars());
        while let Some(c) = chars.next() {
            match c {
                '"' => loop {
                    match chars.next() {
                        Some('"') => break,
                        Some('\\') if chars.next().is_some_and(|e| "\"\\/bfnrtu".contains(e)) => {}
                        Some(c) if c >= ' ' && c != '\\' => {}
                        _ => return false, // a bad escape, a control character, no closing quote
                    }
                },
                '{' | '[' => stack.push(c),
                '}' | ']' => {
                    let open = if c == '}' { '{' } else { '[' };
                    if prev == ',' || stack.pop() != Some(open) {
                        return false;
                    }
                }
                ',' if ",[{:".contains(prev) => return false,
                c if c.is_whitespace() => continue,
                c if !(c.is_ascii_alphanumeric() || ":,.-+".contains(c)) => return false,
                _ => {}
            }
            prev = c;
        }
        stack.is_empty() && prev != ' '
    }

    /// Balanced tags, one root element, and every `&` starts an entity.
    fn xml_ok(s: &str) -> bool {
        let (mut stack, mut roots, mut rest) = (Vec::new(), 0, s);
        while let Some(p) = rest.find(['<', '&']) {
            let tail = &rest[p..];
            if let Some(after) = tail.strip_prefix('&') {
                let ents = ["amp;", "lt;", "gt;", "quot;", "apos;", "#"];
                if !ents.iter().any(|e| after.starts_with(e)) {
                    return false;
                }
                rest = after;
                continue;
            }
            let Some(close) = tail.find('>') else {
                return false;
            };
            let tag = &tail[1..close];
            rest = &tail[close + 1..];
            if tag.starts_with('?') || tag.starts_with("!--") {
                continue;
            }
            let name = tag
                .trim_start_matches('/')
                .split([' ', '/', '\n'])
                .next()
                .unwrap_or("");
            if tag.starts_with('/') {
                if stack.pop() != Some(name) {
                    return false;
                }
            } else if !tag.ends_with('/') {
                roots += stack.is_empty() as usize;
                stack.push(name);
            }
        }
        stack.is_empty() && roots == 1
    }
}
