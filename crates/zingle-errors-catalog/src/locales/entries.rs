//! A Fluent file's messages and terms by id, as fluent-bundle keeps them: the first of
//! each id, a term and a message sharing one.

use std::collections::HashMap;

use fluent_syntax::ast;

use super::offset;
use crate::Fault;
use crate::faults::Faults;
use crate::location::LineIndex;

/// A file's messages and terms by id, each with its offset in the file.
pub(crate) struct Entries<'s> {
    pub(super) messages: HashMap<&'s str, &'s ast::Message<&'s str>>,
    pub(super) terms: HashMap<&'s str, &'s ast::Term<&'s str>>,
}

impl<'s> Entries<'s> {
    /// The messages and terms of `resource`, the first of each id; a term and a message
    /// that share an id (one entry in Fluent's bundle) are a fault at the later one.
    pub(crate) fn new(
        resource: &'s ast::Resource<&'s str>,
        source: &str,
        index: &LineIndex<'_>,
        faults: &mut Faults,
    ) -> Self {
        let mut entries = Self {
            messages: HashMap::new(),
            terms: HashMap::new(),
        };
        let mut first: HashMap<&str, usize> = HashMap::new();
        for entry in &resource.body {
            let (id, is_term) = match entry {
                ast::Entry::Message(message) => (message.id.name, false),
                ast::Entry::Term(term) => (term.id.name, true),
                _ => continue,
            };
            let at = offset(source, id);
            let taken_by_other_kind = if is_term {
                entries.messages.contains_key(id)
            } else {
                entries.terms.contains_key(id)
            };
            if taken_by_other_kind {
                faults.push(
                    at,
                    Fault::FluentIdShared {
                        id: id.to_owned(),
                        first: index.location(first[id]),
                    },
                );
                continue;
            }
            first.entry(id).or_insert(at);
            match entry {
                ast::Entry::Message(message) => {
                    entries.messages.entry(id).or_insert(message);
                }
                ast::Entry::Term(term) => {
                    entries.terms.entry(id).or_insert(term);
                }
                _ => {}
            }
        }
        entries
    }

    /// Whether `message` is the entry of its id (not one after a term of that id).
    pub(crate) fn keeps(&self, message: &ast::Message<&str>) -> bool {
        self.messages
            .get(message.id.name)
            .is_some_and(|kept| std::ptr::eq(*kept, message))
    }
}
