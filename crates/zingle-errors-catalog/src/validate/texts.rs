//! The rules of texts: messages and links are templates, the catalog's name is
//! snake_case.

use std::collections::HashMap;

use crate::faults::Faults;
use crate::location::LineIndex;
use crate::parse::Str;
use crate::{Fault, Piece, Template, is_snake_case};

/// A message is a template with text: balanced braces, snake_case placeholders.
pub(super) fn message_is_a_template(
    message: &Str,
    index: &LineIndex<'_>,
    faults: &mut Faults,
) -> Option<Template> {
    if message.value.trim().is_empty() {
        faults.push(message.span.start, Fault::EmptyMessage);
        return None;
    }
    template(message, "message", index, faults)
}

/// Each name of a code's `sensitive` list is a parameter of its message, named once;
/// the list as the message's parameters are ordered, `None` when a name is not.
pub(super) fn sensitive_are_parameters(
    sensitive: &[Str],
    message: &Template,
    index: &LineIndex<'_>,
    faults: &mut Faults,
) -> Option<Vec<String>> {
    let params = message.params();
    let mut first_at: HashMap<&str, usize> = HashMap::new();
    let mut ok = true;
    for name in sensitive {
        let at = name.span.start;
        if !params.contains(&name.value) {
            let suggestion = crate::suggest(&name.value, params.iter().map(String::as_str));
            let fault = Fault::UnknownSensitiveParam {
                param: name.value.clone(),
                suggestion: suggestion.map(str::to_owned),
                expected: params.to_vec(),
            };
            faults.push(at, fault);
            ok = false;
        } else if let Some(&first) = first_at.get(name.value.as_str()) {
            let fault = Fault::DuplicateSensitiveParam {
                param: name.value.clone(),
                first: index.location(first),
            };
            faults.push(at, fault);
            ok = false;
        } else {
            first_at.insert(&name.value, at);
        }
    }
    ok.then(|| {
        params
            .iter()
            .filter(|p| first_at.contains_key(p.as_str()))
            .cloned()
            .collect()
    })
}

/// A published message is a template of the message's own parameters: else a
/// description in the published text could never give the message's values, and the
/// published text would never be used.
pub(super) fn published_message_has_the_messages_parameters(
    published: &Str,
    message: &Template,
    index: &LineIndex<'_>,
    faults: &mut Faults,
) -> bool {
    let Some(template) = template(published, "published_message", index, faults) else {
        return false;
    };
    let ours = message.params();
    let theirs = template.params();
    let missing: Vec<String> = ours
        .iter()
        .filter(|p| !theirs.contains(p))
        .cloned()
        .collect();
    let extra: Vec<String> = theirs
        .iter()
        .filter(|p| !ours.contains(p))
        .cloned()
        .collect();
    if missing.is_empty() && extra.is_empty() {
        return true;
    }
    faults.push(
        published.span.start,
        Fault::PublishedParamsDiffer { missing, extra },
    );
    false
}

/// A sensitive parameter has text on both sides of it in the message, or the message's
/// edge: beside another parameter, a description read from the wire could be split
/// anywhere between the two, and part of the sensitive value would then be taken for
/// the other's and reach logs.
pub(super) fn sensitive_values_are_delimited(
    sensitive: &[Str],
    message: &Template,
    faults: &mut Faults,
) -> bool {
    let params = message.params();
    let mut ok = true;
    for name in sensitive {
        let Some(i) = params.iter().position(|p| *p == name.value) else {
            continue;
        };
        let neighbour = message.pieces().windows(2).find_map(|pair| match pair {
            [Piece::Param(a), Piece::Param(b)] if *a == i && *b != i => Some(*b),
            [Piece::Param(a), Piece::Param(b)] if *b == i && *a != i => Some(*a),
            _ => None,
        });
        if let Some(other) = neighbour {
            faults.push(
                name.span.start,
                Fault::SensitiveParamNotDelimited {
                    param: name.value.clone(),
                    neighbour: params[other].clone(),
                },
            );
            ok = false;
        }
    }
    ok
}

/// The catalog's name, which prefixes diagnostic codes, is `snake_case`.
pub(super) fn catalog_name_is_snake_case(name: &Str, faults: &mut Faults) -> bool {
    let ok = is_snake_case(&name.value);
    if !ok {
        let fault = Fault::InvalidCatalogName {
            name: name.value.clone(),
        };
        faults.push(name.span.start, fault);
    }
    ok
}

/// The language of the messages is named by a BCP 47 tag (checked where translations are
/// read: with the `locales` feature).
pub(super) fn default_locale_is_a_language_tag(tag: &Str, faults: &mut Faults) -> bool {
    #[cfg(feature = "locales")]
    let ok = crate::locales::is_language_tag(&tag.value);
    #[cfg(not(feature = "locales"))]
    let ok = true;
    if !ok {
        let fault = Fault::InvalidLocaleTag {
            tag: tag.value.clone(),
        };
        faults.push(tag.span.start, fault);
    }
    ok
}

/// The documentation link is a template whose placeholders are `{code}` and `{name}`.
pub(super) fn doc_url_is_a_template(
    url: &Str,
    index: &LineIndex<'_>,
    faults: &mut Faults,
) -> Option<Template> {
    let template = template(url, "doc_url", index, faults)?;
    if !is_absolute_http_url(&url.value) {
        faults.push(
            url.span.start,
            Fault::DocUrlNotHttp {
                url: url.value.clone(),
            },
        );
        return None;
    }
    let unknown: Vec<&String> = template
        .params()
        .iter()
        .filter(|p| !matches!(p.as_str(), "code" | "name"))
        .collect();
    for name in &unknown {
        let fault = Fault::UnknownUrlPlaceholder {
            name: (*name).clone(),
        };
        faults.push(url.span.start, fault);
    }
    unknown.is_empty().then_some(template)
}

/// Whether `url` is an absolute `http` or `https` URL with a host, of characters a URI
/// may hold (a placeholder's braces aside): what a link in docs and a problem
/// document's `type` can be.
fn is_absolute_http_url(url: &str) -> bool {
    let Some(rest) = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"))
    else {
        return false;
    };
    let host = rest.split(['/', '?', '#']).next().unwrap_or_default();
    !host.is_empty()
        && url
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "-._~:/?#[]@!$&'()*+,;=%{}".contains(c))
}

/// The template a string holds; each fault points at its brace when the TOML string has
/// no escapes (so that offsets in the template are offsets in the file).
pub(super) fn template(
    text: &Str,
    key: &'static str,
    index: &LineIndex<'_>,
    faults: &mut Faults,
) -> Option<Template> {
    let message = text;
    Template::parse(&message.value)
        .map_err(|errors| {
            let literal = index.text(message.span.clone());
            let verbatim = verbatim_at(literal, &message.value);
            for error in errors {
                let at = message.span.start + verbatim.map_or(0, |at| at + error.offset());
                let fault = Fault::Template { key, error };
                faults.push(at, fault);
            }
        })
        .ok()
}

/// Where `value` starts in the TOML string `literal` that gives it, where the string
/// holds it verbatim (no escape, no line-ending backslash): after its quote, or after
/// its three quotes and the line break right after them, which TOML trims.
fn verbatim_at(literal: &str, value: &str) -> Option<usize> {
    let quotes = if literal.starts_with("\"\"\"") || literal.starts_with("'''") {
        3
    } else {
        1
    };
    let inner = literal.get(quotes..literal.len().checked_sub(quotes)?)?;
    let trimmed = if quotes == 3 {
        inner.strip_prefix('\n').unwrap_or(inner)
    } else {
        inner
    };
    (trimmed == value).then_some(quotes + inner.len() - trimmed.len())
}
