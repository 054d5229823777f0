//! byline: who said what in the news.
#![deny(missing_docs)]
