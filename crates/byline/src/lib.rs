//! Who said what in the news: the byline crates in one pipeline.
//!
//! # Brief overview
//!
//! [`Analyzer`] (built with [`AnalyzerBuilder`]) runs the per-document
//! stages (normalization, entities, quotes) on one [`Article`] at a time and
//! returns a [`DocAnalysis`]; [`Analyzer::report`] then runs the corpus-level
//! stages (deduplication, entity linking, quote linking) and assembles the
//! [`Report`] that `cargo xtask analyze` writes (see CONTRACT.md). The
//! per-document step is pure and `Sync`, so a driver may fan it out over
//! threads; the report is the same whatever order the analyses finished in.
//!
//! # Example
//!
//! ```
//! use byline::{Analyzer, Article};
//!
//! let articles = vec![Article::from_text("a", "\"We will win,\" Smith said in Ottawa.")];
//! let analyzer = Analyzer::for_corpus(&articles);
//! let analyses: Vec<_> = articles.iter().map(|a| analyzer.analyze(a)).collect();
//! let report = analyzer.report(&articles, &analyses, Vec::new());
//! assert_eq!(report.documents.len(), 1);
//! assert_eq!(report.summary.analysed, 1);
//! ```
#![deny(missing_docs)]

mod analyzer;
mod article;
mod html;
mod report;
mod text;

pub use analyzer::{Analyzer, AnalyzerBuilder, DocAnalysis};
pub use article::{repair_utf8, Article};
pub use html::render_html;
pub use report::{
    ClusterRecord, CueRecord, DiagnosticRecord, DocumentRecord, EntityRecord, MemberRecord, MentionRecord, QuoteRecord,
    Report, SpanRecord, SpeakerRecord, Summary,
};
pub use text::render_text;

pub use byline_dedup as dedup;
pub use byline_entities as entities;
pub use byline_normalize as normalize;
pub use byline_quotes as quotes;
pub use byline_text as text_span;

#[cfg(test)]
mod send_sync {
    fn assert_send_sync<T: Send + Sync>() {}

    #[test]
    fn public_types_are_send_and_sync() {
        assert_send_sync::<super::Analyzer>();
        assert_send_sync::<super::DocAnalysis>();
        assert_send_sync::<super::Article>();
        assert_send_sync::<super::Report>();
    }
}
