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
    messages: HashMap<&'s str, (&'s ast::Message<&'s str>, usize)>,
    terms: HashMap<&'s str, (&'s ast::Term<&'s str>, usize)>,
}

impl<'s> Entries<'s> {
    /// The messages and terms of `resource`, the first of each id; a message given twice,
    /// and a term and a message that share an id (one entry in Fluent's bundle), are
    /// faults at the later one.
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
        for entry in &resource.body {
            match entry {
                ast::Entry::Message(message) => {
                    let id = message.id.name;
                    let at = offset(source, id);
                    let fault = if let Some(&(_, first)) = entries.messages.get(id) {
                        Fault::DuplicateMessageId {
                            id: id.to_owned(),
                            first: index.location(first),
                        }
                    } else if let Some(&(_, first)) = entries.terms.get(id) {
                        Fault::FluentIdShared {
                            id: id.to_owned(),
                            first: index.location(first),
                        }
                    } else {
                        entries.messages.insert(id, (message, at));
                        continue;
                    };
                    faults.push(at, fault);
                }
                ast::Entry::Term(term) => {
                    let id = term.id.name;
                    let at = offset(source, id);
                    if let Some(&(_, first)) = entries.messages.get(id) {
                        let first = index.location(first);
                        faults.push(
                            at,
                            Fault::FluentIdShared {
                                id: id.to_owned(),
                                first,
                            },
                        );
                    } else {
                        // A term given twice: Fluent keeps the first.
                        entries.terms.entry(id).or_insert((term, at));
                    }
                }
                _ => {}
            }
        }
        entries
    }

    /// Whether `message` is the entry of its id (not one given twice, nor one after a
    /// term of that id).
    pub(crate) fn keeps(&self, message: &ast::Message<&str>) -> bool {
        self.messages
            .get(message.id.name)
            .is_some_and(|(kept, _)| std::ptr::eq(*kept, message))
    }

    /// The message of this id.
    pub(crate) fn message(&self, id: &str) -> Option<&'s ast::Message<&'s str>> {
        self.messages.get(id).map(|(message, _)| *message)
    }

    /// The term of this id.
    pub(crate) fn term(&self, id: &str) -> Option<&'s ast::Term<&'s str>> {
        self.terms.get(id).map(|(term, _)| *term)
    }

    /// The ids of the messages, for a suggestion.
    pub(crate) fn message_ids(&self) -> impl Iterator<Item = &'s str> + '_ {
        self.messages.keys().copied()
    }

    /// The ids of the terms, for a suggestion.
    pub(crate) fn term_ids(&self) -> impl Iterator<Item = &'s str> + '_ {
        self.terms.keys().copied()
    }
}
