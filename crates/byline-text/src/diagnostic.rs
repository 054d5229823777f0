//! What analysis reports instead of failing.

use crate::Span;
use serde::{Deserialize, Serialize};

/// How serious a [`Diagnostic`] is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Worth knowing; the result is complete.
    Info,
    /// Something was repaired or guessed; the result may be degraded.
    Warning,
    /// Part of the input could not be analysed.
    Error,
}

/// A message about one document, optionally pointing at a span of it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Diagnostic {
    /// How serious it is.
    pub severity: Severity,
    /// A one-line, human-readable message.
    pub message: String,
    /// Where in the original text, when it is about one place.
    pub span: Option<Span>,
}

impl Diagnostic {
    /// A warning about the whole document.
    pub fn warning(message: impl Into<String>) -> Diagnostic {
        Diagnostic { severity: Severity::Warning, message: message.into(), span: None }
    }

    /// An informational note about the whole document.
    pub fn info(message: impl Into<String>) -> Diagnostic {
        Diagnostic { severity: Severity::Info, message: message.into(), span: None }
    }

    /// An error about the whole document.
    pub fn error(message: impl Into<String>) -> Diagnostic {
        Diagnostic { severity: Severity::Error, message: message.into(), span: None }
    }

    /// The same diagnostic, pointing at `span`.
    pub fn at(mut self, span: Span) -> Diagnostic {
        self.span = Some(span);
        self
    }
}
