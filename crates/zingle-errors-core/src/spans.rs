//! Where each parameter's value lies in an error's message.

use alloc::boxed::Box;
use alloc::vec;
use alloc::vec::Vec;
use core::ops::Range;

/// How many values are kept without an allocation of their own: every code of the
/// Zingle catalog has at most two parameters.
const INLINE: usize = 3;

/// The byte ranges of the parameters' values in a message, in the order of the code's
/// parameters: inline for up to three (so that building an error allocates its message
/// and nothing else), on the heap beyond, or where an offset does not fit in `u32`.
///
/// ```
/// use zingle_errors_core::Spans;
///
/// let mut spans = Spans::with_len(2);
/// spans.set(1, 4..7);
/// assert_eq!((spans.len(), spans.get(0), spans.get(1), spans.get(2)), (2, Some(0..0), Some(4..7), None));
/// ```
#[derive(Clone, Debug, Default)]
pub struct Spans(Repr);

#[derive(Clone, Debug, Default)]
enum Repr {
    /// None known.
    #[default]
    Empty,
    /// The first `len` of `ranges`.
    Inline {
        len: u8,
        ranges: [(u32, u32); INLINE],
    },
    Heap(Box<[Range<usize>]>),
}

impl Spans {
    /// `n` empty ranges, to be [`set`](Self::set).
    #[must_use]
    pub fn with_len(n: usize) -> Self {
        Self(match u8::try_from(n) {
            Ok(0) => Repr::Empty,
            Ok(len) if n <= INLINE => Repr::Inline {
                len,
                ranges: [(0, 0); INLINE],
            },
            _ => Repr::Heap(vec![0..0; n].into_boxed_slice()),
        })
    }

    /// The ranges given, `(start, end)` each: inline when they are few and their offsets
    /// fit in `u32`.
    #[must_use]
    pub fn from_ranges<const N: usize>(ranges: [(usize, usize); N]) -> Self {
        let inline = |i: usize| {
            let (start, end) = ranges.get(i).copied().unwrap_or_default();
            Some((u32::try_from(start).ok()?, u32::try_from(end).ok()?))
        };
        Self(match u8::try_from(N) {
            Ok(0) => Repr::Empty,
            Ok(len) if N <= INLINE => match (inline(0), inline(1), inline(2)) {
                (Some(a), Some(b), Some(c)) => Repr::Inline {
                    len,
                    ranges: [a, b, c],
                },
                _ => heap(&ranges),
            },
            _ => heap(&ranges),
        })
    }

    /// How many ranges there are.
    #[must_use]
    pub fn len(&self) -> usize {
        match &self.0 {
            Repr::Empty => 0,
            Repr::Inline { len, .. } => usize::from(*len),
            Repr::Heap(ranges) => ranges.len(),
        }
    }

    /// Whether there are no ranges.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The `i`th range.
    #[must_use]
    #[inline]
    pub fn get(&self, i: usize) -> Option<Range<usize>> {
        match &self.0 {
            Repr::Empty => None,
            Repr::Inline { len, ranges } => ranges[..usize::from(*len)]
                .get(i)
                .map(|&(start, end)| start as usize..end as usize),
            Repr::Heap(ranges) => ranges.get(i).cloned(),
        }
    }

    /// Makes the `i`th range `range`; nothing when there is no `i`th.
    pub fn set(&mut self, i: usize, range: Range<usize>) {
        if i >= self.len() {
            return;
        }
        let inline = (u32::try_from(range.start), u32::try_from(range.end));
        match (&mut self.0, inline) {
            (Repr::Inline { ranges, .. }, (Ok(start), Ok(end))) => ranges[i] = (start, end),
            (Repr::Heap(ranges), _) => ranges[i] = range,
            _ => {
                // An offset past `u32`: all on the heap.
                let mut all: Vec<_> = (0..self.len()).filter_map(|j| self.get(j)).collect();
                all[i] = range;
                self.0 = Repr::Heap(all.into_boxed_slice());
            }
        }
    }

    /// Whether the ranges are kept without an allocation of their own.
    #[must_use]
    pub fn is_inline(&self) -> bool {
        !matches!(self.0, Repr::Heap(_))
    }
}

fn heap(ranges: &[(usize, usize)]) -> Repr {
    Repr::Heap(ranges.iter().map(|&(start, end)| start..end).collect())
}

/// The parameters' values: ranges of a message.

#[derive(Clone, Copy, Debug)]
pub struct Values<'a> {
    /// The message the values lie in.
    pub message: &'a str,
    /// Where each value lies in it.
    pub spans: &'a Spans,
}

impl<'a> Values<'a> {
    /// How many values there are.
    #[must_use]
    pub fn len(self) -> usize {
        self.spans.len()
    }

    /// Whether there are no values.
    #[must_use]
    pub fn is_empty(self) -> bool {
        self.spans.is_empty()
    }

    /// The `i`th value; empty when there is none.
    #[must_use]
    #[inline]
    pub fn get(self, i: usize) -> &'a str {
        self.spans
            .get(i)
            .and_then(|range| self.message.get(range))
            .unwrap_or_default()
    }

    /// Whether the values are the same, one by one.
    #[must_use]
    pub fn same_as(self, other: Values<'_>) -> bool {
        self.len() == other.len() && (0..self.len()).all(|i| self.get(i) == other.get(i))
    }
}

#[cfg(test)]
mod tests {
    use super::{Spans, Values};

    fn spans(ranges: &[core::ops::Range<usize>]) -> Spans {
        let mut spans = Spans::with_len(ranges.len());
        for (i, range) in ranges.iter().enumerate() {
            spans.set(i, range.clone());
        }
        spans
    }

    #[test]
    fn up_to_three_ranges_stay_inline_and_more_go_to_the_heap() {
        let three = spans(&[0..1, 1..3, 3..3]);
        assert!(three.is_inline() && three.len() == 3);
        let four = spans(&[0..1, 1..2, 2..3, 3..4]);
        assert!(!four.is_inline());
        let message = "abcd";
        for (spans, n) in [(&three, 3), (&four, 4)] {
            let values = Values { message, spans };
            assert_eq!(values.len(), n);
            assert_eq!(values.get(0), "a");
            assert_eq!(values.get(n), "");
        }
        assert_eq!(
            Values {
                message,
                spans: &four
            }
            .get(3),
            "d"
        );
    }

    #[test]
    #[cfg(target_pointer_width = "64")]
    fn an_offset_past_u32_moves_the_ranges_to_the_heap() {
        let mut spans = Spans::with_len(2);
        spans.set(0, 1..2);
        spans.set(1, 5..(u32::MAX as usize + 7));
        assert!(!spans.is_inline());
        assert_eq!(spans.get(0), Some(1..2));
        assert_eq!(spans.get(1), Some(5..(u32::MAX as usize + 7)));
        assert_eq!(spans.get(2), None);
        let given = Spans::from_ranges([(1, 2), (5, u32::MAX as usize + 7)]);
        assert!(!given.is_inline());
        assert_eq!(given.get(1), spans.get(1));
    }

    #[test]
    fn setting_a_range_that_is_not_there_changes_nothing() {
        let mut spans = Spans::with_len(1);
        spans.set(1, 0..1);
        assert_eq!(
            (spans.len(), spans.get(0), spans.get(1)),
            (1, Some(0..0), None)
        );
        let mut empty = Spans::default();
        empty.set(0, 0..1);
        assert_eq!(empty.len(), 0);
    }

    #[test]
    fn ranges_given_at_once_are_kept_as_when_set_one_by_one() {
        let two = Spans::from_ranges([(0, 1), (3, 5)]);
        assert!(two.is_inline() && two.len() == 2);
        let four = Spans::from_ranges([(0, 1), (1, 2), (2, 3), (3, 4)]);
        assert!(!four.is_inline());
        for (given, set) in [
            (two, spans(&[0..1, 3..5])),
            (four, spans(&[0..1, 1..2, 2..3, 3..4])),
        ] {
            assert_eq!(given.len(), set.len());
            for i in 0..=set.len() {
                assert_eq!(given.get(i), set.get(i));
            }
        }
        assert!(Spans::from_ranges([]).is_empty());
    }
}
