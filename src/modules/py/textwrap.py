"""Text wrapping and filling."""

import re

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

_whitespace = '\t\n\x0b\x0c\r '
_ws = '[\t\n\x0b\x0c\r ]'
_punct = r"""[\w!"'&.,?]"""
_letter = r'[^\d\W]'
# A chunk is a run of whitespace, an em-dash ("--") between words, or the
# shortest run of non-space ending where a word may be broken: after a hyphen
# that joins letters, at whitespace/end, or before an em-dash.
_split_hyphens = re.compile(
    '(' + _ws + '+'
    '|(?<=' + _punct + ')-{2,}(?=\\w)'
    '|[^\t\n\x0b\x0c\r ]+?(?:'
    '-(?:(?<=' + _letter + '{2}-)|(?<=' + _letter + '-' + _letter + '-))'
    '(?=' + _letter + '-?' + _letter + ')'
    '|(?=' + _ws + '|\\Z)'
    '|(?<=' + _punct + ')(?=-{2,}\\w)))')
_split_simple = re.compile('(' + _ws + '+)')
_sentence_end = re.compile(r'[a-z][.!?]["\']?\Z')
_ws_table = {ord(c): ' ' for c in _whitespace}


class TextWrapper:
    sentence_end_re = _sentence_end
    wordsep_re = _split_hyphens
    wordsep_simple_re = _split_simple
    unicode_whitespace_trans = _ws_table

    def __init__(self, width=70, initial_indent="", subsequent_indent="",
                 expand_tabs=True, replace_whitespace=True,
                 fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8, *,
                 max_lines=None, placeholder=' [...]'):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    def _munge_whitespace(self, text):
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            text = text.translate(_ws_table)
        return text

    def _split(self, text):
        pattern = self.wordsep_re if self.break_on_hyphens is True else self.wordsep_simple_re
        return [c for c in pattern.split(text) if c]

    def _fix_sentence_endings(self, chunks):
        i = 0
        while i < len(chunks) - 1:
            if chunks[i + 1] == " " and self.sentence_end_re.search(chunks[i]):
                chunks[i + 1] = "  "
                i += 2
            else:
                i += 1

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        room = 1 if width < 1 else width - cur_len
        if self.break_long_words:
            chunk = reversed_chunks[-1]
            end = room
            if self.break_on_hyphens and len(chunk) > room:
                # prefer breaking just after the last hyphen that fits,
                # unless everything before it is hyphens
                at = chunk.rfind('-', 0, room)
                if at > 0 and chunk[:at].strip('-'):
                    end = at + 1
            cur_line.append(chunk[:end])
            reversed_chunks[-1] = chunk[end:]
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks):
        if self.width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % self.width)
        placeholder = self.placeholder
        max_lines = self.max_lines
        if max_lines is not None:
            first = self.subsequent_indent if max_lines > 1 else self.initial_indent
            if len(first) + len(placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")
        lines = []
        chunks.reverse()
        while chunks:
            indent = self.subsequent_indent if lines else self.initial_indent
            width = self.width - len(indent)
            if self.drop_whitespace and lines and not chunks[-1].strip():
                chunks.pop()
            line = []
            size = 0
            while chunks and size + len(chunks[-1]) <= width:
                size += len(chunks[-1])
                line.append(chunks.pop())
            if chunks and len(chunks[-1]) > width:
                self._handle_long_word(chunks, line, size, width)
                size = sum(map(len, line))
            if self.drop_whitespace and line and not line[-1].strip():
                size -= len(line.pop())
            if not line:
                continue
            last = not chunks or (self.drop_whitespace and len(chunks) == 1
                                  and not chunks[0].strip())
            if max_lines is None or len(lines) + 1 < max_lines or (last and size <= width):
                lines.append(indent + ''.join(line))
                continue
            # out of lines: end this one (or the previous) with the placeholder
            while line:
                if line[-1].strip() and size + len(placeholder) <= width:
                    line.append(placeholder)
                    lines.append(indent + ''.join(line))
                    return lines
                size -= len(line.pop())
            if lines:
                prev = lines[-1].rstrip()
                if len(prev) + len(placeholder) <= self.width:
                    lines[-1] = prev + placeholder
                    return lines
            lines.append(indent + placeholder.lstrip())
            return lines
        return lines

    def _split_chunks(self, text):
        return self._split(self._munge_whitespace(text))

    def wrap(self, text):
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        return "\n".join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    w = TextWrapper(width=width, max_lines=1, **kwargs)
    return w.fill(' '.join(text.strip().split()))


_blank_lines = re.compile('^[ \t]+$', re.MULTILINE)
_margins = re.compile('(^[ \t]*)(?:[^ \t\n])', re.MULTILINE)


def dedent(text):
    text = _blank_lines.sub('', text)
    margin = None
    for m in _margins.findall(text):
        if margin is None or m.startswith(margin):
            margin = margin if margin is not None else m
        elif margin.startswith(m):
            margin = m
        else:
            # keep the longest common prefix of the two margins
            n = 0
            while n < len(m) and n < len(margin) and m[n] == margin[n]:
                n += 1
            margin = margin[:n]
    if margin:
        text = re.sub('(?m)^' + margin, '', text)
    return text


def indent(text, prefix, predicate=None):
    out = []
    for line in text.splitlines(True):
        keep = predicate(line) if predicate is not None else line.strip()
        out.append(prefix + line if keep else line)
    return ''.join(out)
