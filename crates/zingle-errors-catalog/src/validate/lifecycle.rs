//! A catalog's history: retired codes, whose numbers and names are never used again
//! (the rules that keep them so are among the rules of codes and of names).

use super::Seen;
use crate::Fault;
use crate::faults::Faults;
use crate::parse::Num;

/// No two retired codes have the same number (their names are checked as names).
pub(super) fn retired_code_is_unique(
    code: &Num<u16>,
    seen: &mut Seen<'_>,
    faults: &mut Faults,
) -> bool {
    if let Some(&first) = seen.retired_codes.get(&code.value) {
        let fault = Fault::DuplicateCode {
            code: code.value,
            first: seen.index.location(first),
        };
        faults.push(code.at, fault);
        return false;
    }
    seen.retired_codes.insert(code.value, code.at);
    true
}
