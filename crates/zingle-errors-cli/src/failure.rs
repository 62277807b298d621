//! Why a command gives up: what was wrong, said on stderr, and the exit status.

use std::fmt;
use std::process::ExitCode;

/// Exit status of a failed check, a breaking change, or something asked for that is
/// not there (a code, a parameter, a readable file, valid JSON).
pub const FAILED: u8 = 1;
/// Exit status of bad usage: arguments that do not make a command (clap's own too).
pub const USAGE: u8 = 2;

/// A command that could not do what was asked.
#[derive(Debug)]
pub struct Failure {
    /// [`FAILED`] or [`USAGE`].
    pub status: u8,
    /// What was wrong, one fault a line, lowercase, as the macro writes them.
    pub message: String,
}

impl Failure {
    /// Something asked for is not there, or a check failed: exit status 1.
    pub fn failed(message: impl fmt::Display) -> Self {
        Self {
            status: FAILED,
            message: message.to_string(),
        }
    }

    /// Arguments that do not make a command: exit status 2.
    pub fn usage(message: impl fmt::Display) -> Self {
        Self {
            status: USAGE,
            message: message.to_string(),
        }
    }

    /// Every failure of `failures` (one at least) as one, each message on its own
    /// `error: ` line; the status is the gravest, usage before failed.
    pub fn all(failures: Vec<Self>) -> Self {
        let status = failures.iter().map(|f| f.status).max().unwrap_or(FAILED);
        let messages: Vec<String> = failures.into_iter().map(|f| f.message).collect();
        Self {
            status,
            message: messages.join("\nerror: "),
        }
    }

    /// Writes `error: ` and the message on stderr (its further lines as they are, so
    /// that each `PATH:LINE:COL: fault` begins a line) and gives the exit status.
    pub fn print(&self) -> ExitCode {
        crate::output::write_stderr(&format!("error: {}\n", self.message));
        ExitCode::from(self.status)
    }
}
