//! A catalog's history: retired codes, whose numbers and names are never used again
//! (the rules that keep them so are among the rules of codes and of names).

use super::Seen;
use super::names::{name_is_unique, name_is_upper_camel_case};
use crate::error::Faults;
use crate::parse::RawRetired;
use crate::{Fault, Retired};

/// A retired code: its number and name are reserved from then on.
pub(super) fn retired(r: RawRetired, seen: &mut Seen<'_>, faults: &mut Faults) -> Option<Retired> {
    let (Some(code), Some(name), Some(reason)) = (r.code, r.name, r.reason) else {
        return None;
    };
    let unique_code = match seen.retired_codes.get(&code.value) {
        Some(&first) => {
            let fault = Fault::DuplicateCode {
                code: code.value,
                first: seen.index.location(first),
            };
            faults.push(code.at, fault);
            false
        }
        None => {
            seen.retired_codes.insert(code.value, code.at);
            true
        }
    };
    let unique_name = name_is_upper_camel_case(&name, faults)
        && name_is_unique(&name, &mut seen.retired_names, seen.index, faults);
    (unique_code && unique_name).then(|| Retired {
        code: code.value,
        name: name.value,
        reason: reason.value,
        location: seen.index.location(r.at),
    })
}
