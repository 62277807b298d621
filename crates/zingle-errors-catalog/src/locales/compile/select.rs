//! A selection compiled: chosen now where its selector is known text, else left for run
//! time with its variants.

use fluent_syntax::ast;
use fluent_syntax::unicode::unescape_unicode_to_string;
use zingle_errors_core::{Key, Selector};

use super::{Arg, Compiler, Known, Scope};
use crate::Fault;
use crate::compiled::{Compiled, CompiledSelect};
use crate::locales::builder::Builder;

impl<'s> Compiler<'s, '_> {
    pub(super) fn select(
        &mut self,
        selector: &'s ast::InlineExpression<&'s str>,
        variants: &'s [ast::Variant<&'s str>],
        scope: &Scope<'s>,
        out: &mut Builder,
    ) {
        let on = match selector {
            ast::InlineExpression::VariableReference { id } => match scope {
                Scope::Message => match self.variable(id, scope) {
                    Some(Known::Param(i)) => Some(On::Param(i)),
                    _ => None,
                },
                // An argument the reference does not give selects the default, as in
                // Fluent.
                Scope::Term { args, .. } => match args.iter().find(|(n, _)| *n == id.name) {
                    Some((_, Arg::Text(text))) => {
                        Some(On::Text(unescape_unicode_to_string(text).into_owned()))
                    }
                    Some((_, Arg::Number(text))) => Some(On::Number((*text).to_owned())),
                    None => None,
                },
            },
            ast::InlineExpression::StringLiteral { value } => {
                Some(On::Text(unescape_unicode_to_string(value).into_owned()))
            }
            ast::InlineExpression::NumberLiteral { value } => Some(On::Number((*value).to_owned())),
            ast::InlineExpression::FunctionReference { id, .. } => {
                self.fault(
                    id.name,
                    Fault::FluentFunction {
                        name: id.name.to_owned(),
                    },
                );
                None
            }
            // A term's attribute (what else Fluent's parser takes as a selector) selects
            // on the text it writes, known now: a term's variables are its arguments,
            // which are literals.
            other => {
                let mut text = Builder::default();
                self.inline(other, scope, &mut text);
                match text.finish() {
                    Compiled::Text(pieces) => {
                        let text: String = pieces.iter().filter_map(|p| p.literal()).collect();
                        Some(On::Text(text))
                    }
                    Compiled::Parts(_) => None,
                }
            }
        };
        let mut compiled: Vec<(Key<String>, Compiled)> = Vec::with_capacity(variants.len());
        for variant in variants {
            let key = match variant.key {
                ast::VariantKey::Identifier { name } => Key::Name(name.to_owned()),
                ast::VariantKey::NumberLiteral { value } => Key::Number(value.to_owned()),
            };
            let mut value = Builder::default();
            self.pattern(&variant.value, scope, &mut value);
            compiled.push((key, value.finish()));
        }
        // fluent-syntax 0.12 takes a selection with no default variant (`{ $n -> * }`),
        // which Fluent's grammar refuses: a fault here.
        let Some(default) = variants.iter().position(|v| v.default) else {
            if let Some(at) = selector_at(selector) {
                self.fault(at, Fault::FluentSelectWithoutDefault);
            }
            return;
        };
        let on = match on {
            Some(On::Param(i)) => Some(Selector::Param(i)),
            Some(On::Number(n)) => Some(Selector::Number(n)),
            Some(On::Text(text)) => {
                // Known text: the variant is chosen now.
                let chosen = compiled
                    .iter()
                    .position(|(key, _)| matches!(key, Key::Name(name) if *name == text))
                    .unwrap_or(default);
                out.append(compiled.swap_remove(chosen).1);
                return;
            }
            None => None,
        };
        match on {
            Some(on) => out.select(CompiledSelect {
                on,
                variants: compiled,
                default,
            }),
            // No value (a fault, or an argument not given): the default.
            None => out.append(compiled.swap_remove(default).1),
        }
    }
}

/// Where a selector is written: its variable, literal, term or function.
fn selector_at<'s>(selector: &ast::InlineExpression<&'s str>) -> Option<&'s str> {
    match selector {
        ast::InlineExpression::VariableReference { id }
        | ast::InlineExpression::FunctionReference { id, .. }
        | ast::InlineExpression::TermReference { id, .. }
        | ast::InlineExpression::MessageReference { id, .. } => Some(id.name),
        ast::InlineExpression::StringLiteral { value }
        | ast::InlineExpression::NumberLiteral { value } => Some(value),
        ast::InlineExpression::Placeable { .. } => None,
    }
}

/// What a selection is made on: a parameter's value or a number literal at run time, a
/// text known now.
enum On {
    Param(usize),
    Number(String),
    Text(String),
}
