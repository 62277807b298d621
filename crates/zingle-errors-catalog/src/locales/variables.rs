//! A translation's variables are its code's parameters, and its message uses each.

use fluent_syntax::ast;

use super::offset;
use crate::faults::Faults;
use crate::{Entry, Fault, suggest};

/// A message's variables are its code's parameters, and its value uses each.
pub(super) fn check_message(
    code: &Entry,
    message: &ast::Message<&str>,
    source: &str,
    at: usize,
    faults: &mut Faults,
) {
    let params = code.message.params();
    let mut in_value = Vec::new();
    if let Some(value) = &message.value {
        pattern_variables(value, &mut in_value);
    }
    let mut in_attributes = Vec::new();
    for attribute in &message.attributes {
        pattern_variables(&attribute.value, &mut in_attributes);
    }
    for &variable in in_value.iter().chain(&in_attributes) {
        if !params.iter().any(|p| p == variable) {
            let fault = Fault::UnknownVariable {
                variable: variable.to_owned(),
                code: code.code,
                name: code.name.clone(),
                suggestion: suggest(variable, params.iter().map(String::as_str)).map(str::to_owned),
                expected: params.to_vec(),
            };
            // At the `$` before the name.
            faults.push(offset(source, variable).saturating_sub(1), fault);
        }
    }
    for param in params {
        if !in_value.iter().any(|v| v == param) {
            let fault = Fault::ParameterLeftOut {
                param: param.clone(),
                code: code.code,
                name: code.name.clone(),
            };
            faults.push(at, fault);
        }
    }
}

/// Every variable a pattern uses, wherever: in placeables, selectors, variants,
/// arguments of functions and terms.
fn pattern_variables<'s>(pattern: &ast::Pattern<&'s str>, out: &mut Vec<&'s str>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_variables(expression, out);
        }
    }
}

fn expression_variables<'s>(expression: &ast::Expression<&'s str>, out: &mut Vec<&'s str>) {
    match expression {
        ast::Expression::Inline(inline) => inline_variables(inline, out),
        ast::Expression::Select { selector, variants } => {
            inline_variables(selector, out);
            for variant in variants {
                pattern_variables(&variant.value, out);
            }
        }
    }
}

fn inline_variables<'s>(expression: &ast::InlineExpression<&'s str>, out: &mut Vec<&'s str>) {
    match expression {
        ast::InlineExpression::VariableReference { id } => out.push(id.name),
        ast::InlineExpression::FunctionReference { arguments, .. }
        | ast::InlineExpression::TermReference {
            arguments: Some(arguments),
            ..
        } => {
            for argument in &arguments.positional {
                inline_variables(argument, out);
            }
            for argument in &arguments.named {
                inline_variables(&argument.value, out);
            }
        }
        ast::InlineExpression::Placeable { expression } => expression_variables(expression, out),
        ast::InlineExpression::StringLiteral { .. }
        | ast::InlineExpression::NumberLiteral { .. }
        | ast::InlineExpression::MessageReference { .. }
        | ast::InlineExpression::TermReference {
            arguments: None, ..
        } => {}
    }
}
