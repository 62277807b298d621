//! The nearest of some names to a name misspelt: what every message that reads a name
//! suggests, at compile time and at run time alike.

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

/// The candidate nearest to `input` by edit distance (insertions, deletions,
/// substitutions and swaps of two neighbours, case ignored), if one is close enough to be
/// a likely misspelling: a third of the input's length, at least one.
///
/// ```
/// let names = ["InvalidLabel", "LabelNotFound"];
/// assert_eq!(zingle_errors_core::suggest("InvalidLable", names), Some("InvalidLabel"));
/// assert_eq!(zingle_errors_core::suggest("invalidlabel", names), Some("InvalidLabel"));
/// assert_eq!(zingle_errors_core::suggest("Nothing", names), None);
/// ```
pub fn suggest<'a>(input: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let input: Vec<char> = input.chars().map(|c| c.to_ascii_lowercase()).collect();
    let limit = (input.len() / 3).max(1);
    candidates
        .into_iter()
        .filter_map(|candidate| {
            let other: Vec<char> = candidate.chars().map(|c| c.to_ascii_lowercase()).collect();
            let distance = distance(&input, &other, limit)?;
            Some((distance, candidate))
        })
        .min_by_key(|&(distance, _)| distance)
        .map(|(_, candidate)| candidate)
}

/// `; did you mean `name`?` for a suggestion, as every message that reads a name ends;
/// nothing for none.
///
/// ```
/// use zingle_errors_core::did_you_mean;
/// assert_eq!(did_you_mean(Some("InvalidLabel")), "; did you mean `InvalidLabel`?");
/// assert_eq!(did_you_mean(None), "");
/// ```
#[must_use]
pub fn did_you_mean(suggestion: Option<&str>) -> String {
    suggestion.map_or_else(String::new, |name| format!("; did you mean `{name}`?"))
}

/// The optimal string alignment distance between `a` and `b`, where it is at most
/// `limit`: the fewest insertions, deletions, substitutions and swaps of two neighbours
/// that make one the other. Two rows of the table at a time, and none where the lengths
/// alone differ by more than the limit.
fn distance(a: &[char], b: &[char], limit: usize) -> Option<usize> {
    if a.len().abs_diff(b.len()) > limit {
        return None;
    }
    let mut before: Vec<usize> = Vec::new();
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    let mut current = alloc::vec![0; b.len() + 1];
    for i in 1..=a.len() {
        current[0] = i;
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut best = (previous[j] + 1)
                .min(current[j - 1] + 1)
                .min(previous[j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                best = best.min(before[j - 2] + 1);
            }
            current[j] = best;
        }
        before = core::mem::replace(&mut previous, core::mem::take(&mut current));
        current = alloc::vec![0; b.len() + 1];
    }
    let distance = previous[b.len()];
    (distance <= limit).then_some(distance)
}

#[cfg(test)]
mod tests {
    use super::distance;
    use alloc::vec::Vec;

    fn d(a: &str, b: &str) -> Option<usize> {
        let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
        distance(&a, &b, 10)
    }

    #[test]
    fn edits_and_swaps_each_count_one() {
        assert_eq!(d("label", "label"), Some(0));
        assert_eq!(d("label", "lable"), Some(1), "a swap");
        assert_eq!(d("label", "labels"), Some(1));
        assert_eq!(d("label", "lab"), Some(2));
        assert_eq!(d("kitten", "sitting"), Some(3));
        assert_eq!(d("", "abc"), Some(3));
        assert_eq!(d("ä", "a"), Some(1), "characters, not bytes");
    }
}
