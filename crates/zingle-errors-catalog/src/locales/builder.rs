//! A compiled pattern being built, run by run.

use zingle_errors_core::Piece;

use crate::compiled::{Compiled, CompiledPart, CompiledSelect};

/// A compiled pattern being built: the parts done, and the run of text and values
/// after them.
#[derive(Default)]
pub(super) struct Builder {
    parts: Vec<CompiledPart>,
    run: Vec<Piece<String>>,
}

impl Builder {
    /// Literal text, joined to the literal before it.
    pub(super) fn text(&mut self, text: &str) {
        if text.is_empty() {
            return;
        }
        match self.run.last_mut() {
            Some(Piece::Lit(last)) => last.push_str(text),
            _ => self.run.push(Piece::Lit(text.to_owned())),
        }
    }

    /// The parameter at `index`.
    pub(super) fn param(&mut self, index: usize) {
        self.run.push(Piece::Param(index));
    }

    /// A selection made at run time.
    pub(super) fn select(&mut self, select: CompiledSelect) {
        self.end_run();
        self.parts.push(CompiledPart::Select(select));
    }

    /// A pattern compiled on its own (a referenced message or term, a variant chosen
    /// at compile time), written here.
    pub(super) fn append(&mut self, compiled: Compiled) {
        match compiled {
            Compiled::Text(pieces) => self.pieces(pieces),
            Compiled::Parts(parts) => {
                for part in parts {
                    match part {
                        CompiledPart::Text(pieces) => self.pieces(pieces),
                        CompiledPart::Select(select) => self.select(select),
                    }
                }
            }
        }
    }

    fn pieces(&mut self, pieces: Vec<Piece<String>>) {
        for piece in pieces {
            match piece {
                Piece::Lit(text) => self.text(&text),
                Piece::Param(i) => self.param(i),
            }
        }
    }

    fn end_run(&mut self) {
        if !self.run.is_empty() {
            self.parts
                .push(CompiledPart::Text(std::mem::take(&mut self.run)));
        }
    }

    /// The pattern built.
    pub(super) fn finish(mut self) -> Compiled {
        if self.parts.is_empty() {
            return Compiled::Text(self.run);
        }
        self.end_run();
        Compiled::Parts(self.parts)
    }
}
