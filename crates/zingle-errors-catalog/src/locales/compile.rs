//! Fluent compiled at build time: each code's translation turned into runs of text and
//! values and the selections left for run time, with the meaning fluent-bundle gives
//! it. What cannot be compiled so is a fault at its `.ftl` line and column: a function,
//! a message or term the file lacks, an attribute it lacks, a cycle, a term argument
//! not given.

use fluent_syntax::ast;
use fluent_syntax::unicode::unescape_unicode_to_string;
use zingle_errors_core::Number;

mod select;

use super::builder::Builder;
use super::entries::Entries;
use super::offset;
use crate::compiled::Translation;
use crate::faults::Faults;
use crate::{Entry, Fault, suggest};

/// What a variable names where a pattern is compiled: a code's parameters in a
/// message, a term's arguments in a term.
#[derive(Clone)]
enum Scope<'s> {
    Message,
    Term {
        name: &'s str,
        args: Vec<(&'s str, Arg<'s>)>,
    },
}

/// A term's argument: text, or a number literal as written.
#[derive(Clone, Copy)]
enum Arg<'s> {
    Text(&'s str),
    Number(&'s str),
}

/// Compiles the translations of one file.
pub(crate) struct Compiler<'s, 'f> {
    source: &'s str,
    entries: &'f Entries<'s>,
    faults: &'f mut Faults,
    /// The code whose translation is compiled.
    code: &'f Entry,
    /// The messages and terms being compiled, for cycles: each id, and whether it is a
    /// term's.
    stack: Vec<(&'s str, bool)>,
}

impl<'s, 'f> Compiler<'s, 'f> {
    /// Compiles `message`, the translation of `code`, and its `.explanation`.
    pub(crate) fn translation(
        source: &'s str,
        entries: &'f Entries<'s>,
        faults: &'f mut Faults,
        code: &'f Entry,
        message: &'s ast::Message<&'s str>,
    ) -> Translation {
        let mut compiler = Compiler {
            source,
            entries,
            faults,
            code,
            stack: vec![(message.id.name, false)],
        };
        let compiled = |compiler: &mut Self, pattern: Option<&'s ast::Pattern<&'s str>>| {
            let mut out = Builder::default();
            if let Some(pattern) = pattern {
                compiler.pattern(pattern, &Scope::Message, &mut out);
            }
            out.finish()
        };
        let explanation = message
            .attributes
            .iter()
            .find(|a| a.id.name == "explanation")
            .map(|a| compiled(&mut compiler, Some(&a.value)));
        let message = compiled(&mut compiler, message.value.as_ref());
        Translation {
            code: code.code,
            message,
            explanation,
        }
    }

    fn fault(&mut self, at: &str, fault: Fault) {
        self.faults.push(offset(self.source, at), fault);
    }

    fn pattern(
        &mut self,
        pattern: &'s ast::Pattern<&'s str>,
        scope: &Scope<'s>,
        out: &mut Builder,
    ) {
        for element in &pattern.elements {
            match element {
                ast::PatternElement::TextElement { value } => {
                    if value.contains('\0') {
                        self.fault(value, Fault::NulInTranslation);
                    }
                    out.text(value);
                }
                ast::PatternElement::Placeable { expression } => {
                    self.expression(expression, scope, out);
                }
            }
        }
    }

    fn expression(
        &mut self,
        expression: &'s ast::Expression<&'s str>,
        scope: &Scope<'s>,
        out: &mut Builder,
    ) {
        match expression {
            ast::Expression::Inline(inline) => self.inline(inline, scope, out),
            ast::Expression::Select { selector, variants } => {
                self.select(selector, variants, scope, out);
            }
        }
    }

    fn inline(
        &mut self,
        inline: &'s ast::InlineExpression<&'s str>,
        scope: &Scope<'s>,
        out: &mut Builder,
    ) {
        match inline {
            ast::InlineExpression::StringLiteral { value } => {
                let text = unescape_unicode_to_string(value);
                if text.contains('\0') {
                    self.fault(value, Fault::NulInTranslation);
                }
                out.text(&text);
            }
            ast::InlineExpression::NumberLiteral { value } => out.text(&number_text(value)),
            ast::InlineExpression::VariableReference { id } => match self.variable(id, scope) {
                Some(Known::Param(i)) => out.param(i),
                Some(Known::Arg(Arg::Text(text))) => out.text(&unescape_unicode_to_string(text)),
                Some(Known::Arg(Arg::Number(text))) => out.text(&number_text(text)),
                None => {}
            },
            ast::InlineExpression::FunctionReference { id, .. } => {
                self.fault(
                    id.name,
                    Fault::FluentFunction {
                        name: id.name.to_owned(),
                    },
                );
            }
            ast::InlineExpression::MessageReference { id, attribute } => {
                if let Some(pattern) = self.message(id, attribute.as_ref()) {
                    self.nested((id.name, false), pattern, scope, out);
                }
            }
            ast::InlineExpression::TermReference {
                id,
                attribute,
                arguments,
            } => {
                if let Some((pattern, scope)) =
                    self.term(id, attribute.as_ref(), arguments.as_ref())
                {
                    self.nested((id.name, true), pattern, &scope, out);
                }
            }
            ast::InlineExpression::Placeable { expression } => {
                self.expression(expression, scope, out)
            }
        }
    }

    /// A referenced message or term written in place, unless it is being written
    /// already (a cycle).
    fn nested(
        &mut self,
        entry: (&'s str, bool),
        pattern: &'s ast::Pattern<&'s str>,
        scope: &Scope<'s>,
        out: &mut Builder,
    ) {
        if self.stack.contains(&entry) {
            let (id, is_term) = entry;
            let reference = if is_term {
                format!("-{id}")
            } else {
                id.to_owned()
            };
            self.fault(id, Fault::FluentCycle { reference });
            return;
        }
        self.stack.push(entry);
        self.pattern(pattern, scope, out);
        self.stack.pop();
    }

    /// The pattern a message reference writes, or a fault.
    fn message(
        &mut self,
        id: &'s ast::Identifier<&'s str>,
        attribute: Option<&'s ast::Identifier<&'s str>>,
    ) -> Option<&'s ast::Pattern<&'s str>> {
        let Some(message) = self.entries.message(id.name) else {
            let names = self.entries.message_ids();
            let fault = Fault::UnknownFluentReference {
                reference: id.name.to_owned(),
                suggestion: suggest(id.name, names).map(str::to_owned),
            };
            self.fault(id.name, fault);
            return None;
        };
        match attribute {
            Some(attribute) => self.attribute(id.name, &message.attributes, attribute),
            None => {
                if message.value.is_none() {
                    let fault = Fault::FluentMessageWithoutValue {
                        id: id.name.to_owned(),
                    };
                    self.fault(id.name, fault);
                }
                message.value.as_ref()
            }
        }
    }

    /// The pattern a term reference writes, and the scope of its arguments, or a fault.
    fn term(
        &mut self,
        id: &'s ast::Identifier<&'s str>,
        attribute: Option<&'s ast::Identifier<&'s str>>,
        arguments: Option<&'s ast::CallArguments<&'s str>>,
    ) -> Option<(&'s ast::Pattern<&'s str>, Scope<'s>)> {
        let Some(term) = self.entries.term(id.name) else {
            let names = self.entries.term_ids();
            let fault = Fault::UnknownFluentReference {
                reference: format!("-{}", id.name),
                suggestion: suggest(id.name, names).map(|s| format!("-{s}")),
            };
            self.fault(id.name, fault);
            return None;
        };
        let pattern = match attribute {
            Some(attribute) => {
                self.attribute(&format!("-{}", id.name), &term.attributes, attribute)?
            }
            None => &term.value,
        };
        // Fluent gives a term its named arguments only, each a literal.
        let args = arguments
            .map(|arguments| {
                arguments
                    .named
                    .iter()
                    .filter_map(|named| match &named.value {
                        ast::InlineExpression::StringLiteral { value } => {
                            Some((named.name.name, Arg::Text(value)))
                        }
                        ast::InlineExpression::NumberLiteral { value } => {
                            Some((named.name.name, Arg::Number(value)))
                        }
                        _ => None,
                    })
                    .collect()
            })
            .unwrap_or_default();
        Some((
            pattern,
            Scope::Term {
                name: id.name,
                args,
            },
        ))
    }

    fn attribute(
        &mut self,
        reference: &str,
        attributes: &'s [ast::Attribute<&'s str>],
        wanted: &'s ast::Identifier<&'s str>,
    ) -> Option<&'s ast::Pattern<&'s str>> {
        let found = attributes.iter().find(|a| a.id.name == wanted.name);
        if found.is_none() {
            let fault = Fault::MissingFluentAttribute {
                reference: reference.to_owned(),
                attribute: wanted.name.to_owned(),
            };
            self.fault(wanted.name, fault);
        }
        found.map(|a| &a.value)
    }

    /// What the variable `id` is in `scope`; a fault (or one already reported) where it
    /// is nothing.
    fn variable(
        &mut self,
        id: &'s ast::Identifier<&'s str>,
        scope: &Scope<'s>,
    ) -> Option<Known<'s>> {
        match scope {
            Scope::Message => {
                let params = self.code.message.params();
                let found = params.iter().position(|p| p == id.name);
                // The translation's own variables are checked with its parameters; one
                // in a message it refers to is checked here.
                if found.is_none() && self.stack.len() > 1 {
                    let fault = Fault::UnknownVariable {
                        variable: id.name.to_owned(),
                        code: self.code.code,
                        name: self.code.name.clone(),
                        suggestion: suggest(id.name, params.iter().map(String::as_str))
                            .map(str::to_owned),
                        expected: params.to_vec(),
                    };
                    self.fault(id.name, fault);
                }
                found.map(Known::Param)
            }
            Scope::Term { name, args } => {
                let found = args
                    .iter()
                    .find(|(n, _)| *n == id.name)
                    .map(|(_, a)| Known::Arg(*a));
                if found.is_none() {
                    let fault = Fault::TermArgumentMissing {
                        term: (*name).to_owned(),
                        variable: id.name.to_owned(),
                    };
                    self.fault(id.name, fault);
                }
                found
            }
        }
    }
}

/// What a variable is: a code's parameter, or a term's argument.
enum Known<'s> {
    Param(usize),
    Arg(Arg<'s>),
}

/// A number literal as Fluent writes it (`007` is `7`).
fn number_text(literal: &str) -> String {
    Number::parse(literal).map_or_else(|| literal.to_owned(), Number::to_text)
}
